/**
 * Story: the web app is typed by the server (issue #23, item 8). The checked-in
 * web/src/api/generated.ts must be what openapi-typescript makes of the OpenAPI document the
 * server builds now; a route added or changed without `npm run gen:api` fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED_API_FILE, generateApiTypes } from '../../src/http/api-types';
import { buildOpenApiDocument } from '../../src/http/openapi-document';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the web API types generated from the OpenAPI document', () => {
  it('are up to date (run `npm run gen:api` when this fails)', async () => {
    const checkedIn = fs.readFileSync(path.join(root, GENERATED_API_FILE), 'utf8');
    const fresh = await generateApiTypes();
    if (fresh !== checkedIn) {
      // Name the routes that differ, so the failure says what to regenerate for.
      const routes = (s: string) => new Set([...s.matchAll(/^ {2}"(\/api\/[^"]+)": \{/gm)].map((m) => m[1]));
      const a = routes(checkedIn);
      const b = routes(fresh);
      const added = [...b].filter((r) => !a.has(r));
      const removed = [...a].filter((r) => !b.has(r));
      expect.fail(
        `${GENERATED_API_FILE} is stale: run \`npm run gen:api\`` +
          (added.length ? `\n  new routes: ${added.join(', ')}` : '') +
          (removed.length ? `\n  routes gone: ${removed.join(', ')}` : '') +
          (added.length || removed.length ? '' : '\n  (a schema of an existing route changed)'),
      );
    }
  }, 60_000);

  it('comes from a document that lists routes in a fixed order, whatever order they are registered in', async () => {
    const doc = await buildOpenApiDocument();
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('/api/users/{id}/roles/{roleId}');
  }, 60_000);
});
