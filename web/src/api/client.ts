/**
 * The one way the web UI talks to the Kassa API: JSON over fetch with the bearer token, typed by
 * the server's OpenAPI document (generated.ts, `npm run gen:api`), errors turned into ApiError
 * with the server's messages.
 */
import type { paths } from './generated';

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

// ---- types from the OpenAPI document ------------------------------------------------------------

export type Paths = paths;
type Method = 'get' | 'post' | 'patch' | 'delete';
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, unknown> ? P : never;
}[keyof paths];
type Op<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never;
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON of the success answer (200 or 201) of a route; null for 204 No Content. */
export type Answer<P extends keyof paths, M extends Method = 'get'> =
  Op<P, M> extends {
    responses: infer R;
  }
    ? R extends { 200: infer A }
      ? Json<A>
      : R extends { 201: infer A }
        ? Json<A>
        : R extends { 204: unknown }
          ? null
          : never
    : never;

/** The JSON body a route takes. */
export type Body<P extends keyof paths, M extends Method> =
  Op<P, M> extends {
    requestBody?: { content: { 'application/json': infer B } };
  }
    ? B
    : never;

type Params<P extends keyof paths, M extends Method> =
  Op<P, M> extends { parameters: { path: infer X } } ? X : undefined;
type Query<P extends keyof paths, M extends Method> =
  Op<P, M> extends { parameters: { query?: infer X } } ? X : undefined;

/** Ids and counts travel as decimal digits (the document says string); a number is written as one. */
type PathValues<X> = X extends object ? { [K in keyof X]: X[K] | number } : X;

export interface CallOptions<P extends keyof paths, M extends Method> {
  path?: PathValues<Params<P, M>>;
  query?: PathValues<Query<P, M>>;
}

// ---- the session token ------------------------------------------------------------------------

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
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, []); // no answer at all: the network or the server is down
  }
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

/** The address of a route with its {parameters} filled in and its query string. */
export function urlOf(
  template: string,
  params?: Record<string, string | number> | undefined,
  q?: Record<string, string | number | boolean | undefined | null> | undefined,
): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined) throw new Error(`${template}: missing ${name}`);
    return encodeURIComponent(String(v));
  });
  return filled + query(q ?? {});
}

async function call<P extends keyof paths, M extends Method>(
  method: M,
  path: P,
  opts: CallOptions<P, M> | undefined,
  body?: unknown,
): Promise<Answer<P, M>> {
  const url = urlOf(
    path as string,
    opts?.path as Record<string, string | number> | undefined,
    opts?.query as Record<string, string | number | undefined> | undefined,
  );
  const res = await send(method.toUpperCase(), url, body);
  if (res.status === 204) return null as Answer<P, M>; // no content (a queue action done)
  return (await res.json()) as Answer<P, M>;
}

/** Typed calls: the path is a route of the OpenAPI document, the answer its success JSON. */
export const api = {
  get: <P extends PathsWith<'get'>>(path: P, opts?: CallOptions<P, 'get'>) => call('get', path, opts),
  post: <P extends PathsWith<'post'>>(path: P, body: Body<P, 'post'>, opts?: CallOptions<P, 'post'>) =>
    call('post', path, opts, body),
  patch: <P extends PathsWith<'patch'>>(path: P, body: Body<P, 'patch'>, opts?: CallOptions<P, 'patch'>) =>
    call('patch', path, opts, body),
  delete: <P extends PathsWith<'delete'>>(
    path: P,
    body: Body<P, 'delete'>,
    opts?: CallOptions<P, 'delete'>,
  ) => call('delete', path, opts, body),
};

/**
 * A GET of a route that may not exist in this installation (a capability not yet deployed):
 * null for 404, the answer otherwise. Typed by the caller, since the route is not in the document.
 */
export async function getOptional<T>(url: string): Promise<T | null> {
  try {
    const res = await send('GET', url);
    return (await res.json()) as T;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
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
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
