/** Story: an expiring session warns before it ends (issue #23, item 6): the end is read from the token. */
import { describe, expect, it } from 'vitest';
import { tokenExpiresAt } from './session';

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('tokenExpiresAt', () => {
  it('reads the exp claim of a JWT as milliseconds', () => {
    expect(
      tokenExpiresAt(`${b64url({ alg: 'EdDSA' })}.${b64url({ sub: '1', exp: 1_900_000_000 })}.sig`),
    ).toBe(1_900_000_000_000);
  });
  it('is null for no token, a token without exp, or garbage', () => {
    expect(tokenExpiresAt(null)).toBeNull();
    expect(tokenExpiresAt(`a.${b64url({ sub: '1' })}.c`)).toBeNull();
    expect(tokenExpiresAt('not-a-token')).toBeNull();
    expect(tokenExpiresAt('a.%%%.c')).toBeNull();
  });
});
