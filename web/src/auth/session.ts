/**
 * When the signed-in session ends: the `exp` claim of the bearer token (seconds since the
 * epoch). The UI only reads it to warn in time; the server decides.
 */
export function tokenExpiresAt(token: string | null): number | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : null;
  } catch {
    return null;
  }
}

/** How long before the end the user is warned. */
export const WARN_BEFORE_MS = 5 * 60_000;
