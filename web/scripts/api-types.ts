import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../src/app.ts';
import { createPlatform } from '../../src/platform/context.ts';
import { openDatabase } from '../../src/platform/db/database.ts';

/** Where the console's API types live; generated, never edited by hand. */
export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const HEADER = '// Generated from the served OpenAPI document by `npm run api:types`; do not edit.\n';

/** The console's API types, rendered from the same document the server serves at /api/v1/openapi.json. */
export async function renderApiTypes(): Promise<string> {
  // Routes are registered without touching storage, so an empty in-memory database is enough.
  const database = openDatabase('sqlite::memory:');
  const app = await buildApp(createPlatform({ database, secretKey: randomBytes(32) }), { logLevel: 'silent' });
  try {
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
  } finally {
    await app.close();
    await database.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(API_TYPES_FILE, await renderApiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
