/**
 * Bearer tokens. The built-in identity provider signs short-lived ES256 JWTs with a key kept in the
 * database and publishes the public half as JWKS. When KASSA_OIDC_ISSUER is set, tokens from that
 * issuer are accepted too; their `sub` is matched to a user's external_subject for roles.
 */
import { randomUUID } from 'node:crypto';
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Database } from '../db';
import { unauthenticated } from '../errors';
import { principalCacheOf } from './principal-cache';
import type { Principal } from './roles';
import { loadPrincipal, tokenVersionOf } from './users';

export const LOCAL_ISSUER = 'kassa';
const AUDIENCE = 'kassa-api';
const ALG = 'ES256';
const TOKEN_TTL = '8h';
/** Verified tokens remembered (their signature is checked once); the oldest makes room. */
const MAX_VERIFIED = 10_000;

export interface TokenService {
  issue(principal: Principal): Promise<string>;
  verify(token: string): Promise<Principal>;
  jwks(): Promise<{ keys: JWK[] }>;
}

export interface ExternalIssuer {
  issuer: string;
  audience: string;
}

export function createTokenService(db: Database, external?: ExternalIssuer): TokenService {
  let current:
    | Promise<{
        kid: string;
        privateKey: CryptoKey | Uint8Array;
        publicKey: CryptoKey | Uint8Array;
        publicJwk: JWK;
      }>
    | undefined;
  let remote: { issuer: string; keys: JWTVerifyGetKey } | undefined;
  // Checking an ES256 signature costs more CPU than the rest of a small read: a token already
  // verified is remembered until it expires. Who it belongs to is still checked on every request.
  const verified = new Map<string, { userId: number; version: number; expiresAt: number }>();
  const principals = principalCacheOf(db);

  async function verifyLocal(token: string): Promise<{ userId: number; version: number }> {
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known;
    if (known) verified.delete(token);
    const { publicKey } = await key();
    const { payload } = await jwtVerify(token, publicKey, {
      algorithms: [ALG],
      issuer: LOCAL_ISSUER,
      audience: AUDIENCE,
    });
    const claims = {
      userId: Number(payload.sub),
      version: typeof payload.ver === 'number' ? payload.ver : 0,
      expiresAt: (payload.exp ?? 0) * 1000,
    };
    if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value as string);
    verified.set(token, claims);
    return claims;
  }

  async function loadOrCreateKey() {
    let row = await db.kysely
      .selectFrom('signing_key')
      .selectAll()
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (!row) {
      const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
      const kid = randomUUID();
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
      const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
      await db.kysely
        .insertInto('signing_key')
        .values({ kid, private_jwk: JSON.stringify(privateJwk), public_jwk: JSON.stringify(publicJwk) })
        .onConflict((oc) => oc.doNothing())
        .execute();
      row = await db.kysely
        .selectFrom('signing_key')
        .selectAll()
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
    }
    const publicJwk = row.public_jwk as JWK;
    return {
      kid: row.kid,
      privateKey: await importJWK(row.private_jwk as JWK, ALG),
      publicKey: await importJWK(publicJwk, ALG),
      publicJwk,
    };
  }

  const key = () => {
    current ??= loadOrCreateKey();
    return current;
  };

  async function verifyExternal(token: string, issuer: string): Promise<Principal> {
    if (!remote || remote.issuer !== issuer) {
      const discovery = (await (
        await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
      ).json()) as {
        jwks_uri: string;
      };
      remote = { issuer, keys: createRemoteJWKSet(new URL(discovery.jwks_uri)) };
    }
    const { payload } = await jwtVerify(token, remote.keys, {
      issuer,
      audience: external?.audience,
      algorithms: ['RS256', 'PS256', 'ES256'],
    });
    const user = await db.kysely
      .selectFrom('app_user')
      .select('id')
      .where('external_subject', '=', String(payload.sub))
      .executeTakeFirst();
    const principal = user && (await loadPrincipal(db, user.id));
    if (!principal) throw unauthenticated('no Kassa user is linked to this identity');
    return principal;
  }

  return {
    async issue(principal) {
      const { kid, privateKey } = await key();
      // `ver`: the user's token version; a password change, deactivation or revoked role bumps it.
      const ver = await tokenVersionOf(db, principal.userId);
      return new SignJWT({ name: principal.displayName, ver })
        .setProtectedHeader({ alg: ALG, kid })
        .setSubject(String(principal.userId))
        .setIssuer(LOCAL_ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(TOKEN_TTL)
        .sign(privateKey);
    },
    async verify(token) {
      try {
        const [, body] = token.split('.');
        const iss = body
          ? (JSON.parse(Buffer.from(body, 'base64url').toString()) as { iss?: string }).iss
          : undefined;
        if (external && iss === external.issuer) return await verifyExternal(token, external.issuer);
        const { userId, version } = await verifyLocal(token);
        // The user and roles as they are now (principal-cache.ts: any change of them is heard at
        // once); a token from before a password change, deactivation or revoked role is refused.
        const principal = await principals.principal(userId, version);
        if (!principal)
          throw unauthenticated('the token has ended (user inactive, password or roles changed)');
        return principal;
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'unauthenticated') throw error;
        throw unauthenticated('the bearer token is invalid or expired');
      }
    },
    async jwks() {
      return { keys: [(await key()).publicJwk] };
    },
  };
}
