/**
 * Seeds the demo once for all browser test files: `kassa start` on a fresh data folder until it
 * answers, then a clean stop (so the embedded database is closed), and the folder becomes the
 * template each file's server copies (support.ts). Seeding is most of a demo start.
 */
import fs from 'node:fs';
import { startServer } from './support';

export default async function setup() {
  if (process.env.KASSA_BROWSER_URL) return;
  const server = await startServer();
  const template = `${server.dataDir}-template`;
  await server.stop({ keepData: true });
  fs.renameSync(server.dataDir, template);
  process.env.KASSA_BROWSER_TEMPLATE = template;
  return () => fs.rmSync(template, { recursive: true, force: true });
}
