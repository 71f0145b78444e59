/** A second entry point of the build: it writes commands.json from this, for a quick `kassa --help`. */
export { commandSummaries } from './main';
