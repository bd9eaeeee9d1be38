/**
 * The Chinese resident identity number, GB 11643-1999: 6 digits of region, 8 of birth date, 3 of
 * sequence (odd for men, even for women) and a check character computed with ISO 7064 MOD 11-2.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += Number(first17[index]) * WEIGHTS[index]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

export interface ResidentIdFacts {
  regionCode: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/** Checks a resident ID number; returns its facts, or the problem in words. */
export function parseResidentId(value: string): { facts: ResidentIdFacts } | { problem: string } {
  const number = value.trim().toUpperCase();
  if (/^\d{15}$/.test(number)) return { problem: 'is a first-generation 15-digit number; give the 18-character number' };
  if (!/^\d{17}[\dX]$/.test(number)) return { problem: 'must be 17 digits followed by a digit or X' };
  const year = Number(number.slice(6, 10));
  const month = Number(number.slice(10, 12));
  const day = Number(number.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: 'contains an impossible birth date' };
  }
  if (residentIdCheckCharacter(number) !== number[17]) return { problem: 'has a wrong check digit' };
  return {
    facts: {
      regionCode: number.slice(0, 6),
      birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
      sex: Number(number[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** Builds a valid resident ID number from its parts; for tests and the simulator. */
export function composeResidentId(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
