/** A configuration that cannot run (a module of its own, so the `kassa` entry loads no schema library). */
export class ConfigError extends Error {}
