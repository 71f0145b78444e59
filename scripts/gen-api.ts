// Writes web/src/api/generated.ts from the server's OpenAPI document (no server, no database).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_API_FILE, generateApiTypes } from '../src/http/api-types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, GENERATED_API_FILE);
fs.writeFileSync(out, await generateApiTypes());
process.stdout.write(`wrote ${GENERATED_API_FILE}\n`);
