/** The migration import: `importDirectory` and its types, for the CLI, the demo loader and tests. */
export { type BulkOptions, DEFAULT_BULK } from './bulk';
export {
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  importDirectory,
} from './import-directory';
export {
  formatImportError,
  IMPORT_FILES,
  type ImportCounts,
  type ImportError,
  type ImportFile,
} from './spec';
