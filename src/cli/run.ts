/** The entry point of `kassa` (compiled to dist/<fingerprint>/run.js; `npm run dev` runs it from source). */
import { runningFromBuild } from '../platform/worker-file';
import { main } from './main';

if (import.meta.url.endsWith('.js')) runningFromBuild(new URL('.', import.meta.url));

process.exitCode = await main(process.argv, {
  commandSummaries: new URL('./commands.json', import.meta.url),
});
