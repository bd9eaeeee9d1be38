import type { ProtocolDocumentInput } from '../model.ts';

/**
 * Parameters that no official text fixes but that the engines need: Bulwark's defaults, shared by the
 * shipped documents and named as such in each source, so that a jurisdiction knows to review them.
 */

const DWELL = 'Bulwark default: typical stay by venue type, as in the simulator inputs (src/sim/inputs/venues.json); no official figure';
const dwell = (value: number) => ({ value, source: DWELL });

/** Imputed stay when a check-in has no exit (PROTOCOL.md, Tracing parameters). */
export const dwellMinutes = {
  byVenueType: {
    mall: dwell(90),
    supermarket: dwell(25),
    market: dwell(30),
    restaurant: dwell(50),
    hotel: dwell(600),
    scenic_spot: dwell(120),
    sports_venue: dwell(90),
    culture_venue: dwell(90),
    hospital: dwell(120),
    fever_clinic: dwell(90),
    pharmacy: dwell(8),
    sampling_site: dwell(10),
    transport_hub: dwell(30),
    school: dwell(480),
    workplace: dwell(480),
  },
  default: { value: 60, source: 'Bulwark default for venue types without a figure of their own; no official figure' },
} satisfies ProtocolDocumentInput['tracing']['dwellMinutes'];

const COMPANION = 'Chengdu practice, Nov 2021: 时空伴随者 share an 800 m x 800 m cell for over 10 minutes, with over 30 h there within 14 days (PROTOCOL.md, Tracing parameters)';

/** 时空伴随: an older local practice, optional and off by default (PROTOCOL.md, Tracing parameters). */
export const spaceTimeCompanionOff = {
  enabled: { value: false, source: 'PROTOCOL.md, Tracing parameters: optional and off by default; no national protocol requires it' },
  cellMetres: { value: 800, source: COMPANION },
  minutes: { value: 10, source: COMPANION },
  cumulativeHours: { value: 30, source: COMPANION },
  days: { value: 14, source: COMPANION },
} satisfies ProtocolDocumentInput['tracing']['spaceTimeCompanion'];

/** Check-in retention (PROTOCOL.md, Tracing parameters). */
export const retentionDays = { value: 28, source: 'PROTOCOL.md, Tracing parameters: 28 days by default (Singapore kept 25, New Zealand 31 to 60)' };

const PLAUSIBLE = 'Bulwark default (decision 0008): outside this range a reading is a device or entry error, not a measurement';

/** Readings outside this range are refused rather than counted as fever or as normal. */
export const plausibleTemperatureCelsius = { min: { value: 34, source: PLAUSIBLE }, max: { value: 43, source: PLAUSIBLE } };

/** A venue device offline over a weekend can still upload what it recorded. */
export const offlineBackdateHours = { value: 72, source: 'Bulwark default (decision 0008): covers a venue device offline over a weekend; older records need a manual entry' };
