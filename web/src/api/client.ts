/**
 * The one way the web UI talks to the Kassa API: JSON over fetch with the bearer token,
 * answers checked with zod, errors turned into ApiError with the server's messages.
 */
import type { z } from 'zod';

const TOKEN_KEY = 'kassa.token';

export interface ApiErrorItem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiErrorItem[],
  ) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
  }
}

// The token lives for the browser tab only (sessionStorage), never in the URL.
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

let onUnauthorized: () => void = () => undefined;

/** The auth context registers what happens when the server says the session is gone. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

async function send(method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = tokenStore.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.ok) return res;
  let errors: ApiErrorItem[] = [];
  try {
    const json = (await res.json()) as { errors?: ApiErrorItem[] };
    errors = Array.isArray(json.errors) ? json.errors : [];
  } catch {
    // not JSON: keep the status only
  }
  // A 401 on login means a wrong password; elsewhere the session has expired.
  if (res.status === 401 && url !== '/api/auth/login') {
    tokenStore.clear();
    onUnauthorized();
  }
  throw new ApiError(res.status, errors);
}

export async function getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>> {
  const res = await send('GET', url);
  return schema.parse(await res.json());
}

export async function postJson<S extends z.ZodType>(
  url: string,
  body: unknown,
  schema: S,
): Promise<z.output<S>> {
  const res = await send('POST', url, body);
  return schema.parse(await res.json());
}

/** Fetches a file with the bearer header and hands it to the browser as a download. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const res = await send('GET', url);
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A query string from defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
