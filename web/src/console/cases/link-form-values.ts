import type { LinkConfidence, TransmissionLinkCreate, TransmissionSetting } from '../../api/models.ts';

/** Which way the infection went, seen from the case whose page this is. */
export type LinkDirection = 'infected' | 'infectedBy';

/** The case select's choice "enter the id", which no case id (a UUID) can equal. */
export const BY_ID = 'by-id';

/** The link form as the inputs hold it. */
export interface LinkFormValues {
  /** A case id from the list, BY_ID when the id is typed instead, or empty while none is chosen. */
  chosenCaseId: string;
  typedCaseId: string;
  direction: LinkDirection;
  setting: TransmissionSetting | '';
  confidence: LinkConfidence | '';
  note: string;
}

export const EMPTY_LINK: LinkFormValues = { chosenCaseId: '', typedCaseId: '', direction: 'infectedBy', setting: '', confidence: '', note: '' };

/** The server names the two ends of a link by their roles: which role each case has depends on the direction. */
export function rolesOf(direction: LinkDirection): { thisCase: 'infectorCaseId' | 'infecteeCaseId'; otherCase: 'infectorCaseId' | 'infecteeCaseId' } {
  return direction === 'infected' ? { thisCase: 'infectorCaseId', otherCase: 'infecteeCaseId' } : { thisCase: 'infecteeCaseId', otherCase: 'infectorCaseId' };
}

/**
 * The body of POST /transmission-links. A setting or confidence not chosen is left out, so that the server
 * names what is missing beside its field.
 */
export function linkBody(caseId: string, values: LinkFormValues): TransmissionLinkCreate {
  const otherCaseId = values.chosenCaseId === BY_ID ? values.typedCaseId.trim() : values.chosenCaseId;
  const roles = rolesOf(values.direction);
  const body: Record<string, unknown> = { [roles.thisCase]: caseId, [roles.otherCase]: otherCaseId };
  if (values.setting) body.setting = values.setting;
  if (values.confidence) body.confidence = values.confidence;
  if (values.note.trim()) body.note = values.note.trim();
  return body as TransmissionLinkCreate;
}
