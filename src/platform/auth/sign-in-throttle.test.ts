import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle';

describe('sign-in throttle (issue #22 item 8)', () => {
  const clock = () => {
    let t = 1_000_000;
    return {
      now: () => t,
      advance: (ms: number) => {
        t += ms;
      },
    };
  };

  it('lets five failures of a user through, then blocks with a delay that doubles', () => {
    const c = clock();
    const th = new SignInThrottle({ now: c.now });
    for (let i = 0; i < 5; i++) {
      expect(th.wait('kari', '10.0.0.1')).toBe(0);
      th.failed('kari', '10.0.0.1');
    }
    expect(th.wait('kari', '10.0.0.1')).toBe(0);
    th.failed('kari', '10.0.0.1'); // 6th: 1 s
    expect(th.wait('kari', '10.0.0.2')).toBe(1_000);
    c.advance(1_000);
    expect(th.wait('KARI', '10.0.0.2')).toBe(0);
    th.failed('kari', '10.0.0.1'); // 7th: 2 s
    expect(th.wait('kari', '10.0.0.9')).toBe(2_000);
    th.failed('kari', '10.0.0.1'); // 8th: 4 s
    expect(th.wait('kari', '10.0.0.9')).toBe(4_000);
    expect(th.wait('ola', '10.0.0.9')).toBe(0);
  });

  it('caps the delay and forgets a quiet user after an hour', () => {
    const c = clock();
    const th = new SignInThrottle({ now: c.now });
    for (let i = 0; i < 40; i++) th.failed('kari', `10.0.${i}.1`);
    expect(th.wait('kari', '10.9.9.9')).toBe(15 * 60_000);
    c.advance(60 * 60_000 + 1);
    expect(th.wait('kari', '10.9.9.9')).toBe(0);
  });

  it('blocks an address that tries many usernames, and a success clears only the user', () => {
    const c = clock();
    const th = new SignInThrottle({ now: c.now });
    for (let i = 0; i < 21; i++) th.failed(`user${i}`, '10.0.0.1');
    expect(th.wait('someone-else', '10.0.0.1')).toBe(1_000);
    expect(th.wait('someone-else', '10.0.0.2')).toBe(0);
    for (let i = 0; i < 6; i++) th.failed('kari', '10.0.0.3');
    th.succeeded('kari');
    expect(th.wait('kari', '10.0.0.4')).toBe(0);
  });
});
