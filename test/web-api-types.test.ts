import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../web/scripts/api-types.ts';

// The console's client is typed from the API document; if the two drift, the console no longer compiles
// against what the server serves.
test('the console’s API types match the document the server serves (regenerate with npm run api:types)', async () => {
  expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await renderApiTypes());
});
