import type { DocumentType } from './model.ts';
import { parseResidentId, type ResidentIdFacts } from './resident-id.ts';

/** A document number in its one stored form, with what the document itself says. */
export interface CheckedDocument {
  normalized: string;
  facts: ResidentIdFacts | null;
}

/** Validates and normalizes a document number; returns the problem in words when it is not valid. */
export function checkDocument(type: DocumentType, number: string): CheckedDocument | { problem: string } {
  const compact = number.replace(/\s+/g, '').toUpperCase();
  if (type === 'resident_id') {
    const parsed = parseResidentId(compact);
    return 'problem' in parsed ? parsed : { normalized: compact, facts: parsed.facts };
  }
  if (type === 'other') return compact.length > 0 ? { normalized: compact, facts: null } : { problem: 'must not be empty' };
  if (!/^[A-Z0-9]{5,20}$/.test(compact)) return { problem: 'must be 5 to 20 letters or digits' };
  return { normalized: compact, facts: null };
}

/** One stored form of a phone number: digits, with + kept for international numbers; China's +86 dropped. */
export function normalizePhone(phone: string): string {
  const compact = phone.replace(/[\s()-]/g, '');
  return compact.startsWith('+86') ? compact.slice(3) : compact;
}

/** Masks all but the first three and last four characters (GB/T 35273 practice for display). */
export function maskIdentifier(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  if (value.length <= 8) return value[0] + '*'.repeat(value.length - 2) + value[value.length - 1];
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Shows only the first part of an address (compound or village), hiding building, unit and door. */
export function maskAddress(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts[0]} ***`;
}

/** Whether a value sent back by a client is a mask, not a new value. */
export function isMaskedValue(value: string): boolean {
  return value.includes('*');
}
