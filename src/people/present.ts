import { getAddressParts } from '../places/store.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { seesInClear, type MaskableField } from '../platform/auth/roles.ts';
import type { Platform } from '../platform/context.ts';
import { maskAddress } from './identifiers.ts';
import type { Person, PriorityGroup } from './model.ts';
import type { PersonRow } from './store.ts';

const INFANT_YEARS = 3;
const ELDERLY_YEARS = 60;

/** Age in whole years on a given day (dates as YYYY-MM-DD). */
export function ageInYears(birthDate: string, onDate: string): number {
  const [birthYear, birthRest] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, rest] = [Number(onDate.slice(0, 4)), onDate.slice(5)];
  return year - birthYear - (rest < birthRest ? 1 : 0);
}

/** The priority groups an age implies: 60 and over, and infants under 3. */
export function derivedPriorityGroups(age: number): PriorityGroup[] {
  return [...(age >= ELDERLY_YEARS ? (['aged_60_plus'] as const) : []), ...(age < INFANT_YEARS ? (['infant'] as const) : [])];
}

/** Stored priority flags plus those the birth date implies (60 and over; infants under 3). */
export function effectivePriorityGroups(stored: PriorityGroup[], birthDate: string | null, today: string): PriorityGroup[] {
  const groups = new Set(stored);
  if (birthDate) for (const group of derivedPriorityGroups(ageInYears(birthDate, today))) groups.add(group);
  return [...groups].sort();
}

/**
 * The birth dates that imply a group on a day, as bounds a query can compare dates with: aged 60 plus are
 * born on or before today 60 years ago, infants after today 3 years ago. Other groups are stored only.
 */
export function derivedGroupBirthBounds(group: PriorityGroup, today: string): { bornOnOrBefore?: string; bornAfter?: string } {
  const yearsAgo = (years: number) => `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
  if (group === 'aged_60_plus') return { bornOnOrBefore: yearsAgo(ELDERLY_YEARS) };
  if (group === 'infant') return { bornAfter: yearsAgo(INFANT_YEARS) };
  return {};
}

/**
 * Turns stored rows into what the actor may see: identifiers decrypted only where the role needs them
 * in clear or a reveal was granted, masked otherwise.
 */
export async function presentPeople(platform: Platform, actor: Actor, rows: PersonRow[], revealed: MaskableField[] = []): Promise<Person[]> {
  const householdIds = [...new Set(rows.map((row) => row.household_id).filter((id): id is string => id !== null))];
  const addresses = householdIds.length > 0 ? await getAddressParts(platform.database.db, householdIds) : new Map<string, string[]>();
  const inClear = (field: MaskableField) => seesInClear(actor.role, field) || revealed.includes(field);
  const today = platform.clock.now().toISOString().slice(0, 10);
  return rows.map((row) => {
    const masked: MaskableField[] = [];
    const show = (field: MaskableField, clear: () => string, maskedValue: string) => {
      if (inClear(field)) return clear();
      masked.push(field);
      return maskedValue;
    };
    const parts = row.household_id ? addresses.get(row.household_id) : undefined;
    return {
      id: row.id,
      jurisdictionCode: row.jurisdiction_code,
      name: row.name,
      documentType: row.document_type as Person['documentType'],
      documentNumber: show('documentNumber', () => platform.protector.decrypt(row.document_number_cipher), row.document_number_masked),
      phone: row.phone_cipher ? show('phone', () => platform.protector.decrypt(row.phone_cipher!), row.phone_masked ?? '') : null,
      birthDate: row.birth_date,
      sex: row.sex as Person['sex'],
      householdId: row.household_id,
      address: parts ? show('address', () => parts.join(' '), maskAddress(parts)) : null,
      affiliationId: row.affiliation_id,
      affiliationGroup: row.affiliation_group,
      priorityGroups: effectivePriorityGroups(JSON.parse(row.priority_groups) as PriorityGroup[], row.birth_date, today),
      masked,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}
