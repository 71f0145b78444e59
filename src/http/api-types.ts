/**
 * The web app's API types, generated from the server's OpenAPI document by openapi-typescript
 * (`npm run gen:api` writes web/src/api/generated.ts; test/unit/api-types.test.ts fails when
 * the file is stale).
 */
import openapiTS from 'openapi-typescript';
import { buildOpenApiDocument } from './openapi-document';

export const GENERATED_API_FILE = 'web/src/api/generated.ts';

const HEADER = `/**
 * GENERATED from the server's OpenAPI document by \`npm run gen:api\` — do not edit by hand.
 * The web app's types for every API route; a unit test fails when this file is stale.
 */
/* eslint-disable */
`;

export async function generateApiTypes(): Promise<string> {
  const doc = await buildOpenApiDocument();
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript takes its own OpenAPI3 type
  const body = await openapiTS(doc as any, {
    exportType: true,
    alphabetize: true,
    defaultNonNullable: false,
  });
  return HEADER + body.replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n\n/, '');
}
