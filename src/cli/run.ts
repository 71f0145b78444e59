/** The entry point of `kassa` (compiled to dist/<fingerprint>/run.js; `npm run dev` runs it from source). */
import { main } from './main';

process.exitCode = await main(process.argv, {
  commandSummaries: new URL('./commands.json', import.meta.url),
});
