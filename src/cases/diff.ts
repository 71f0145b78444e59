/** What changed between two calculation versions: every leaf of request and result, by path. */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, at: string, out: Map<string, unknown>) {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(at, '[]');
    for (const [i, v] of value.entries()) flatten(v, `${at}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, at ? `${at}.${k}` : k, out);
  } else out.set(at, value);
}

/** Changes from `before` to `after`; the trace is left out (it follows from the rest). */
export function diffCalculations(
  before: { request: unknown; result: unknown },
  after: { request: unknown; result: unknown },
): Change[] {
  const strip = (r: unknown) => {
    if (r === null || typeof r !== 'object') return r;
    const { trace: _t, ...rest } = r as Record<string, unknown>;
    return rest;
  };
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten({ request: strip(before.request), result: strip(before.result) }, '', a);
  flatten({ request: strip(after.request), result: strip(after.result) }, '', b);
  const changes: Change[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.has(path) ? a.get(path) : null;
    const y = b.has(path) ? b.get(path) : null;
    if (x !== y) changes.push({ path, before: x, after: y });
  }
  return changes;
}
