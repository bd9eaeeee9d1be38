import type { Platform } from '../context.ts';
import { API_PREFIX, SESSION_COOKIE, actorOf } from '../http/server.ts';
import { problemResponses, type Api } from '../http/types.ts';
import { pageQuerySchema, decodeCursor, toPage } from '../pagination.ts';
import { z } from '../validation.ts';
import { createAccount, createToken, getAccount, listAccounts, login, revokeCredential } from './accounts.ts';
import { accountCreateSchema, accountSchema, loginSchema, tokenCreateSchema } from './model.ts';
import { rolePolicies } from './roles.ts';

const credentialSchema = z.object({ token: z.string(), expiresAt: z.string(), account: accountSchema }).meta({ id: 'Credential' });

export function registerAuthRoutes(app: Api, platform: Platform, loginsPerMinute = 20): void {
  app.post(
    `${API_PREFIX}/sessions`,
    {
      config: { public: true, rateLimit: { max: loginsPerMinute, timeWindow: '1 minute' } },
      schema: { operationId: 'login', tags: ['auth'], summary: 'Log in; sets the session cookie and returns the token', security: [], body: loginSchema, response: { 201: credentialSchema, ...problemResponses } },
    },
    async (request, reply) => {
      const issued = await login(platform, request.body.username, request.body.password, request.ip);
      reply.setCookie(SESSION_COOKIE, issued.token, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https', expires: new Date(issued.expiresAt) });
      return reply.code(201).send(issued);
    },
  );

  app.delete(
    `${API_PREFIX}/sessions/current`,
    { schema: { operationId: 'logout', tags: ['auth'], summary: 'End the current session', response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      const token = request.headers.authorization?.replace(/^Bearer /, '') ?? request.cookies[SESSION_COOKIE];
      if (token) await revokeCredential(platform, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${API_PREFIX}/me`,
    {
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The account of the session, its permissions and the fields it sees masked',
        response: { 200: z.object({ account: accountSchema, permissions: z.array(z.string()), clearFields: z.array(z.string()) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const policy = rolePolicies[actor.role];
      return { account: await getAccount(platform, actor.accountId!), permissions: [...policy.permissions], clearFields: [...policy.clearFields] };
    },
  );

  app.post(
    `${API_PREFIX}/tokens`,
    { schema: { operationId: 'createToken', tags: ['auth'], summary: 'A bearer token for a device or integration, acting as this account', body: tokenCreateSchema, response: { 201: credentialSchema, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createToken(platform, actorOf(request), request.body.label, request.body.days)),
  );

  app.get(
    `${API_PREFIX}/accounts`,
    { schema: { operationId: 'listAccounts', tags: ['auth'], summary: 'Accounts within your jurisdiction', querystring: pageQuerySchema, response: { 200: z.object({ items: z.array(accountSchema), nextCursor: z.string().nullable() }), ...problemResponses } } },
    async (request) => {
      const rows = await listAccounts(platform, actorOf(request), request.query.limit, decodeCursor(request.query.cursor));
      return toPage(rows, request.query.limit, (account) => account.username);
    },
  );

  app.post(
    `${API_PREFIX}/accounts`,
    { schema: { operationId: 'createAccount', tags: ['auth'], summary: 'Create an account bound to a jurisdiction (staff) or a person (citizen)', body: accountCreateSchema, response: { 201: accountSchema, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createAccount(platform, actorOf(request), request.body)),
  );
}
