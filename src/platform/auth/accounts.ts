import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import { getJurisdictionRow } from '../../jurisdictions/store.ts';
import type { Platform } from '../context.ts';
import type { AccountTable } from '../db/schema.ts';
import { BulwarkError, invalid, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { requirePermission } from './access.ts';
import { defaultPurposes, type Actor, type Scope } from './actor.ts';
import type { Account, AccountCreate } from './model.ts';
import { passwordProblem } from './passwords.ts';
import { rolePolicies, type Role } from './roles.ts';
import { scopeCondition, scopeIncludesPath } from './scope.ts';

type AccountRow = Selectable<AccountTable>;

const SESSION_HOURS = 12;
const LOCK_AFTER_FAILURES = 5;
const MAX_LOCK_MINUTES = 60;

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    jurisdictionCode: row.jurisdiction_code,
    personId: row.person_id,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

/**
 * Creates an account. Staff are bound to a jurisdiction inside the creator's scope, a citizen to
 * their own person record; nobody can grant a scope wider than their own.
 */
export async function createAccount(platform: Platform, actor: Actor, input: AccountCreate): Promise<Account> {
  await requirePermission(platform, actor, 'accounts.manage', 'accounts.create');
  const db = platform.database.db;
  const problem = passwordProblem(input.password);
  if (problem) throw invalid([{ field: 'password', problem }]);
  const policy = rolePolicies[input.role];
  let jurisdictionCode: string | null = null;
  let personId: string | null = null;
  if (policy.boundTo === 'jurisdiction') {
    if (!input.jurisdictionCode) throw invalid([{ field: 'jurisdictionCode', problem: `is required for the role ${input.role}` }]);
    const jurisdiction = await getJurisdictionRow(db, input.jurisdictionCode);
    if (!jurisdiction || !scopeIncludesPath(actor.scope, jurisdiction.path)) {
      throw invalid([{ field: 'jurisdictionCode', problem: 'is not a jurisdiction within your scope' }]);
    }
    jurisdictionCode = jurisdiction.code;
  } else {
    if (!input.personId) throw invalid([{ field: 'personId', problem: 'is required for a citizen account' }]);
    const person = await db
      .selectFrom('people')
      .select(['id', 'jurisdiction_code'])
      .where('id', '=', input.personId)
      .where(scopeCondition(actor.scope, { jurisdiction: 'people.jurisdiction_code', person: 'people.id' }))
      .executeTakeFirst();
    if (!person) throw invalid([{ field: 'personId', problem: 'is not a person within your scope' }]);
    personId = person.id;
    jurisdictionCode = person.jurisdiction_code;
  }
  const now = platform.clock.now().toISOString();
  const row: AccountRow = {
    id: newId(),
    username: input.username.toLowerCase(),
    display_name: input.displayName,
    password_hash: await platform.passwords.hash(input.password),
    role: input.role,
    jurisdiction_code: jurisdictionCode,
    person_id: personId,
    disabled: 0,
    failed_logins: 0,
    locked_until: null,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx.insertInto('accounts').values(row).onConflict((conflict) => conflict.column('username').doNothing()).executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) {
      throw new BulwarkError('BULWARK_CONFLICT', 'the username is taken', [{ field: 'username', problem: 'is taken' }]);
    }
    await platform.audit.record(trx, {
      actor,
      purpose: actor.purpose,
      operation: 'accounts.create',
      outcome: 'allowed',
      personIds: personId ? [personId] : [],
      detail: { accountId: row.id, role: row.role, jurisdictionCode },
    });
  });
  return toAccount(row);
}

/** Accounts bound within the actor's scope. */
export async function listAccounts(platform: Platform, actor: Actor, limit: number, afterUsername?: string): Promise<Account[]> {
  await requirePermission(platform, actor, 'accounts.read', 'accounts.list');
  let query = platform.database.db
    .selectFrom('accounts')
    .selectAll()
    .where(scopeCondition(actor.scope, { jurisdiction: 'accounts.jurisdiction_code', person: null }))
    .orderBy('username')
    .limit(limit + 1);
  if (afterUsername) query = query.where('username', '>', afterUsername);
  return (await query.execute()).map(toAccount);
}

export interface IssuedCredential {
  token: string;
  expiresAt: string;
  account: Account;
}

/**
 * Checks a username and password. Failures are counted per account: after five in a row the account is
 * locked for a time that doubles with each further failure (up to an hour); unknown usernames take as
 * long as known ones. Every attempt is audited.
 */
export async function login(platform: Platform, username: string, password: string, sourceAddress: string | null): Promise<IssuedCredential> {
  const db = platform.database.db;
  const now = platform.clock.now();
  const row = await db.selectFrom('accounts').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  const attemptActor = (account?: AccountRow): Actor => ({
    accountId: account?.id ?? null,
    username: account?.username ?? 'unknown',
    role: (account?.role as Role | undefined) ?? 'citizen',
    jurisdictionCode: account?.jurisdiction_code ?? null,
    scope: { kind: 'person', personId: null },
    sourceAddress,
    purpose: 'data_management',
  });
  const fail = async (reason: string, code: 'BULWARK_LOGIN_FAILED' | 'BULWARK_LOGIN_THROTTLED') => {
    await platform.audit.record(db, { actor: attemptActor(row), purpose: 'data_management', operation: 'sessions.login', outcome: 'denied', detail: { reason } });
    return new BulwarkError(code);
  };
  if (!row) {
    await platform.passwords.decoy(password);
    throw await fail('unknown username', 'BULWARK_LOGIN_FAILED');
  }
  if (row.locked_until && row.locked_until > now.toISOString()) throw await fail('locked after repeated failures', 'BULWARK_LOGIN_THROTTLED');
  const valid = await platform.passwords.verify(password, row.password_hash);
  if (!valid || row.disabled === 1) {
    const failures = row.failed_logins + 1;
    const lockMinutes = failures >= LOCK_AFTER_FAILURES ? Math.min(MAX_LOCK_MINUTES, 2 ** (failures - LOCK_AFTER_FAILURES)) : 0;
    await db
      .updateTable('accounts')
      .set({ failed_logins: failures, locked_until: lockMinutes > 0 ? new Date(now.getTime() + lockMinutes * 60_000).toISOString() : null })
      .where('id', '=', row.id)
      .execute();
    throw await fail(row.disabled === 1 ? 'account disabled' : 'wrong password', 'BULWARK_LOGIN_FAILED');
  }
  await db.updateTable('accounts').set({ failed_logins: 0, locked_until: null }).where('id', '=', row.id).execute();
  const issued = await issueCredential(platform, row, 'session', null, SESSION_HOURS * 3600_000);
  await platform.audit.record(db, { actor: attemptActor(row), purpose: 'data_management', operation: 'sessions.login', outcome: 'allowed' });
  return issued;
}

/** A bearer token for a device or integration, acting as the account that creates it. */
export async function createToken(platform: Platform, actor: Actor, label: string, days: number): Promise<IssuedCredential> {
  if (!actor.accountId) throw new BulwarkError('BULWARK_FORBIDDEN', 'only an account can own a token');
  const row = await platform.database.db.selectFrom('accounts').selectAll().where('id', '=', actor.accountId).executeTakeFirstOrThrow();
  const issued = await issueCredential(platform, row, 'token', label, days * 24 * 3600_000);
  await platform.audit.record(platform.database.db, { actor, purpose: actor.purpose, operation: 'tokens.create', outcome: 'allowed', detail: { label, days } });
  return issued;
}

async function issueCredential(platform: Platform, row: AccountRow, kind: 'session' | 'token', label: string | null, lifetimeMs: number): Promise<IssuedCredential> {
  const token = `${kind === 'session' ? 'bws' : 'bwt'}_${randomBytes(32).toString('base64url')}`;
  const now = platform.clock.now();
  const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
  await platform.database.db
    .insertInto('credentials')
    .values({
      id: newId(),
      account_id: row.id,
      kind,
      token_hash: platform.protector.tokenHash(token),
      label,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { token, expiresAt, account: toAccount(row) };
}

/** The actor a session or token stands for, or undefined when it is unknown, expired, revoked or disabled. */
export async function authenticate(platform: Platform, token: string, sourceAddress: string | null): Promise<Actor | undefined> {
  const db = platform.database.db;
  const now = platform.clock.now().toISOString();
  const found = await db
    .selectFrom('credentials')
    .innerJoin('accounts', 'accounts.id', 'credentials.account_id')
    .select(['credentials.id as credentialId', 'credentials.expires_at', 'credentials.revoked_at', 'accounts.id', 'accounts.username', 'accounts.role', 'accounts.jurisdiction_code', 'accounts.person_id', 'accounts.disabled'])
    .where('credentials.token_hash', '=', platform.protector.tokenHash(token))
    .executeTakeFirst();
  if (!found || found.revoked_at !== null || found.expires_at <= now || found.disabled === 1) return undefined;
  const role = found.role as Role;
  let scope: Scope;
  if (rolePolicies[role].boundTo === 'person') scope = { kind: 'person', personId: found.person_id };
  else {
    const jurisdiction = found.jurisdiction_code ? await getJurisdictionRow(db, found.jurisdiction_code) : undefined;
    if (!jurisdiction) return undefined;
    scope = { kind: 'subtree', rootCode: jurisdiction.code, rootPath: jurisdiction.path };
  }
  return { accountId: found.id, username: found.username, role, jurisdictionCode: found.jurisdiction_code, scope, sourceAddress, purpose: defaultPurposes[role] };
}

/** Ends a session or revokes a token. */
export async function revokeCredential(platform: Platform, token: string): Promise<void> {
  await platform.database.db
    .updateTable('credentials')
    .set({ revoked_at: platform.clock.now().toISOString() })
    .where('token_hash', '=', platform.protector.tokenHash(token))
    .where('revoked_at', 'is', null)
    .execute();
}

export async function getAccount(platform: Platform, id: string): Promise<Account> {
  const row = await platform.database.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('account');
  return toAccount(row);
}
