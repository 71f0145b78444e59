// `node --import ./test/support/record-modules.mjs …` writes every ES module the process loads to
// the file named by KASSA_RECORD_MODULES, one URL a line (for tests of what a command loads).
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
const out = ${JSON.stringify(process.env.KASSA_RECORD_MODULES ?? '/dev/null')};
export async function load(url, context, next) {
  fs.appendFileSync(out, url + '\\n');
  return next(url, context);
}`)}`,
);
