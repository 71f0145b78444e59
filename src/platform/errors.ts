/** One error type for the whole application, with codes that map to HTTP statuses and exit codes. */

export interface FieldError {
  /** Where the problem is: a JSON path (`employments[0].from`) or `file:line: column`. */
  path: string;
  message: string;
}

export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests';

const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly errors: FieldError[],
  ) {
    super(errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n'));
  }
  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export const invalidInput = (errors: FieldError[]) => new AppError('invalid_input', errors);
export const notFound = (what: string) =>
  new AppError('not_found', [{ path: '', message: `${what} not found` }]);
export const forbidden = (message = 'you do not have access to this') =>
  new AppError('forbidden', [{ path: '', message }]);
export const unauthenticated = (message = 'a valid bearer token is required') =>
  new AppError('unauthenticated', [{ path: '', message }]);

export const tooManyRequests = (message: string) =>
  new AppError('too_many_requests', [{ path: '', message }]);

/** Formats a zod-style path (['employments', 0, 'from']) as `employments[0].from`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}
