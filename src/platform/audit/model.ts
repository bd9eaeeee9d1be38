import { z } from '../validation.ts';

/**
 * Purposes of use, a closed list. It names prevention and care only: no enforcement, employment or
 * credit purpose exists, so that secondary use cannot even be declared (SECURITY.md, threat model).
 */
export const purposes = [
  'prevention_control',
  'case_investigation',
  'contact_tracing',
  'testing',
  'health_monitoring',
  'medical_care',
  'citizen_self_service',
  'data_management',
  'audit_review',
] as const;
export const purposeSchema = z.enum(purposes);
export type Purpose = (typeof purposes)[number];

export const outcomes = ['allowed', 'denied', 'failed'] as const;
export type Outcome = (typeof outcomes)[number];

/** One audit record as written: who, why, what, with what result, and which persons it touched. */
export interface AuditEntry {
  at: string;
  actorAccountId: string | null;
  actorRole: string | null;
  actorJurisdiction: string | null;
  purpose: Purpose;
  operation: string;
  outcome: Outcome;
  sourceAddress: string | null;
  /** Non-personal facts about the operation: filters used, counts, reason given for a reveal. */
  detail: Record<string, unknown>;
  personIds: string[];
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  id: string;
  prevHash: string;
  hash: string;
}

export const auditRecordSchema = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    at: z.string(),
    actorAccountId: z.string().nullable(),
    actorRole: z.string().nullable(),
    actorJurisdiction: z.string().nullable(),
    purpose: z.string(),
    operation: z.string(),
    outcome: z.string(),
    sourceAddress: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    personIds: z.array(z.string()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditRecord' });
