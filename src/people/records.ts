import type { Insertable } from 'kysely';
import type { FieldProtector } from '../platform/crypto.ts';
import type { PersonTable } from '../platform/db/schema.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { checkDocument, maskIdentifier, normalizePhone } from './identifiers.ts';
import type { DocumentType, PriorityGroup, Sex } from './model.ts';

/** A person as given by a form or a file, before protection. */
export interface PersonInput {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
  phone?: string | undefined;
  birthDate?: string | undefined;
  sex?: Sex | undefined;
  priorityGroups?: PriorityGroup[] | undefined;
}

export interface Placement {
  jurisdictionCode: string;
  countyCode: string | null;
  householdId: string | null;
  affiliationId: string | null;
  /** The class or team within the affiliation; none when absent. */
  affiliationGroup?: string | null | undefined;
}

/** The keyed hash under which a document is unique. */
export function documentKey(protector: FieldProtector, type: DocumentType, normalized: string): { type: string; hash: string } {
  return { type, hash: protector.hash(`${type}:${normalized}`) };
}

/** The columns of a person that carry no placement: identity protected, facts checked. */
export type ProtectedPerson = Omit<Insertable<PersonTable>, 'id' | 'jurisdiction_code' | 'county_code' | 'household_id' | 'affiliation_id' | 'affiliation_group' | 'created_at' | 'updated_at' | 'version'>;

export interface FieldNames {
  documentNumber: string;
  birthDate: string;
  sex: string;
}

const FORM_FIELDS: FieldNames = { documentNumber: 'documentNumber', birthDate: 'birthDate', sex: 'sex' };

/**
 * Checks a person's document (and that birth date and sex agree with a resident ID), encrypts the
 * identifiers and hashes them for lookup. Returns the problems instead when invalid. No I/O: imports run
 * it beside the database work.
 */
export function protectPerson(
  protector: FieldProtector,
  input: PersonInput,
  fieldNames: FieldNames = FORM_FIELDS,
): { columns: ProtectedPerson; key: { type: string; hash: string } } | { issues: FieldIssue[] } {
  const checked = checkDocument(input.documentType, input.documentNumber);
  if ('problem' in checked) return { issues: [{ field: fieldNames.documentNumber, problem: checked.problem }] };
  const issues: FieldIssue[] = [];
  const facts = checked.facts;
  if (facts && input.birthDate && input.birthDate !== facts.birthDate) {
    issues.push({ field: fieldNames.birthDate, problem: `does not match the resident ID, which gives ${facts.birthDate}` });
  }
  if (facts && input.sex && input.sex !== 'unknown' && input.sex !== facts.sex) {
    issues.push({ field: fieldNames.sex, problem: `does not match the resident ID, which gives ${facts.sex}` });
  }
  if (issues.length > 0) return { issues };
  const key = documentKey(protector, input.documentType, checked.normalized);
  return {
    key,
    columns: {
      name: input.name,
      document_type: input.documentType,
      document_number_cipher: protector.encrypt(checked.normalized),
      document_number_hash: key.hash,
      document_number_masked: maskIdentifier(checked.normalized),
      ...protectPhone(protector, input.phone ?? null),
      birth_date: input.birthDate ?? facts?.birthDate ?? null,
      sex: input.sex && input.sex !== 'unknown' ? input.sex : (facts?.sex ?? input.sex ?? 'unknown'),
      priority_groups: JSON.stringify([...new Set(input.priorityGroups ?? [])].sort()),
    },
  };
}

/** The stored row of a new person: protected columns placed in a jurisdiction, household and affiliation. */
export function placePerson(columns: ProtectedPerson, placement: Placement, now: string): Insertable<PersonTable> & { id: string } {
  return {
    ...columns,
    id: newId(),
    jurisdiction_code: placement.jurisdictionCode,
    county_code: placement.countyCode,
    household_id: placement.householdId,
    affiliation_id: placement.affiliationId,
    affiliation_group: placement.affiliationGroup ?? null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

/** Builds the stored row of a new person in one step (forms); see protectPerson and placePerson. */
export function buildPersonRow(
  protector: FieldProtector,
  input: PersonInput,
  placement: Placement,
  now: string,
  fieldNames: FieldNames = FORM_FIELDS,
): { row: Insertable<PersonTable> & { id: string }; key: { type: string; hash: string } } | { issues: FieldIssue[] } {
  const protectedPerson = protectPerson(protector, input, fieldNames);
  if ('issues' in protectedPerson) return protectedPerson;
  return { row: placePerson(protectedPerson.columns, placement, now), key: protectedPerson.key };
}

/** The stored columns of a phone number: encrypted, hashed for lookup, and masked for display. */
export function protectPhone(protector: FieldProtector, phone: string | null) {
  const normalized = phone ? normalizePhone(phone) : null;
  return {
    phone_cipher: normalized ? protector.encrypt(normalized) : null,
    phone_hash: normalized ? phoneHash(protector, normalized) : null,
    phone_masked: normalized ? maskIdentifier(normalized) : null,
  };
}

export function phoneHash(protector: FieldProtector, phone: string): string {
  return protector.hash(`phone:${normalizePhone(phone)}`);
}
