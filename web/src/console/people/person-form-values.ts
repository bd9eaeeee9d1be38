import type { DocumentType, Person, PersonCreate, PersonUpdate, PriorityGroup, Sex } from '../../api/models.ts';

/** What the person forms edit, as strings the way inputs hold them. */
export interface PersonFormValues {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
  phone: string;
  birthDate: string;
  sex: Sex;
  priorityGroups: PriorityGroup[];
}

export const EMPTY_PERSON: PersonFormValues = {
  name: '',
  documentType: 'resident_id',
  documentNumber: '',
  phone: '',
  birthDate: '',
  sex: 'unknown',
  priorityGroups: [],
};

/** The form's starting values for an existing person (masked values stay masked). */
export function valuesOf(person: Person): PersonFormValues {
  return {
    name: person.name,
    documentType: person.documentType,
    documentNumber: person.documentNumber,
    phone: person.phone ?? '',
    birthDate: person.birthDate ?? '',
    sex: person.sex,
    priorityGroups: person.priorityGroups,
  };
}

/** The body of POST /people: empty optional fields are left out rather than sent empty. */
export function createBody(values: PersonFormValues, jurisdictionCode: string): PersonCreate {
  return {
    name: values.name.trim(),
    documentType: values.documentType,
    documentNumber: values.documentNumber.trim(),
    jurisdictionCode,
    sex: values.sex,
    priorityGroups: values.priorityGroups,
    ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
    ...(values.birthDate ? { birthDate: values.birthDate } : {}),
  };
}

/**
 * The body of PATCH /people/{id}: only what changed, with the version read, so that a change made
 * meanwhile by someone else is refused rather than overwritten. A cleared phone or birth date is null.
 */
export function updateBody(before: Person, values: PersonFormValues): PersonUpdate {
  const body: PersonUpdate = { version: before.version };
  if (values.name.trim() !== before.name) body.name = values.name.trim();
  if (values.phone.trim() !== (before.phone ?? '')) body.phone = values.phone.trim() || null;
  if (values.birthDate !== (before.birthDate ?? '')) body.birthDate = values.birthDate || null;
  if (values.sex !== before.sex) body.sex = values.sex;
  if ([...values.priorityGroups].sort().join() !== [...before.priorityGroups].sort().join()) body.priorityGroups = values.priorityGroups;
  return body;
}
