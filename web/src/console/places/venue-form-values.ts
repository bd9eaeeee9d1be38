import type { operations } from '../../api/index.ts';
import type { VenueType } from '../../api/models.ts';

type PlaceCreate = operations['createPlace']['requestBody']['content']['application/json'];

/** The new-venue form as the inputs hold it. */
export interface VenueFormValues {
  name: string;
  venueType: VenueType | '';
  address: string;
  latitude: string;
  longitude: string;
}

export const EMPTY_VENUE: VenueFormValues = { name: '', venueType: '', address: '', latitude: '', longitude: '' };

/**
 * The body of POST /places for a venue in the selected jurisdiction. Empty fields are left out, so that
 * the server names what is missing; a coordinate that is not a number is sent as typed (NaN would
 * become null in JSON), so that the server's message about it appears beside the field.
 */
export function venueBody(values: VenueFormValues, jurisdictionCode: string): PlaceCreate {
  const body: Record<string, unknown> = { kind: 'venue', name: values.name.trim(), jurisdictionCode };
  if (values.venueType) body.venueType = values.venueType;
  if (values.address.trim()) body.address = values.address.trim();
  for (const axis of ['latitude', 'longitude'] as const) {
    const typed = values[axis].trim();
    if (typed) body[axis] = Number.isFinite(Number(typed)) ? Number(typed) : typed;
  }
  return body as PlaceCreate;
}
