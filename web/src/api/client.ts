import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The typed API client: every path, parameter and body is checked against the server's OpenAPI document
 * (schema.d.ts). The session cookie is HttpOnly, so same-origin credentials are all it takes.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
