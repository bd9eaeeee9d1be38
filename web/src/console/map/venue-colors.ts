import type { VenueType } from '../../api/models.ts';

/**
 * One colour per venue type, grouped by what matters in a response: health services in reds, schools
 * and care homes in purples and blues, trade in greens and oranges, transport and borders in browns.
 */
export const VENUE_COLORS: Record<VenueType, string> = {
  hospital: '#c0392b',
  fever_clinic: '#e74c3c',
  sampling_site: '#d81b60',
  pharmacy: '#f06292',
  quarantine_site: '#8e244d',
  school: '#5e35b1',
  kindergarten: '#9575cd',
  university: '#3949ab',
  elderly_home: '#1e88e5',
  prison: '#37474f',
  mall: '#2e7d32',
  supermarket: '#43a047',
  market: '#7cb342',
  restaurant: '#f57c00',
  hotel: '#ffa000',
  scenic_spot: '#00897b',
  sports_venue: '#00acc1',
  culture_venue: '#26a69a',
  workplace: '#6d4c41',
  cold_chain_warehouse: '#0277bd',
  port: '#8d6e63',
  transport_hub: '#a1887f',
  other: '#757575',
};

/** Compounds are context, not the subject: drawn small and grey. */
export const COMPOUND_COLOR = '#9aa3ad';
