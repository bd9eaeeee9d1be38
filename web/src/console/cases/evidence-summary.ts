import type { ExposureEvidence } from '../../api/models.ts';
import type { I18n } from '../../i18n/index.ts';

type Translate = I18n['t'];

/** One line per piece of evidence, e.g. "东关超市 30 min (recorded/dwell)": where, how long, and how each stay's end is known. */
export function summarizeEvidence(evidence: readonly ExposureEvidence[], t: Translate, formatDateTime: (iso: string) => string): string[] {
  return evidence.map((item) => {
    switch (item.kind) {
      case 'venue':
        return t('evidence.venue', { venue: item.venueName ?? item.venueId.slice(0, 8), minutes: item.minutes, index: t(`evidenceExit.${item.indexExit}`), contact: t(`evidenceExit.${item.contactExit}`) });
      case 'household':
        return t('evidence.household');
      case 'affiliation':
        return t('evidence.affiliation', { name: item.affiliationName ?? item.affiliationId.slice(0, 8), group: item.group ?? '' }).trim();
      case 'same_day_visit':
        return t('evidence.sameDay', { venue: item.venueName ?? item.venueId.slice(0, 8), time: formatDateTime(item.enteredAt) });
    }
  });
}
