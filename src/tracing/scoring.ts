/**
 * A candidate's score ranks the investigation's work: how intense the recorded exposure was, from 0 to 1.
 * It is not a probability of infection. Each channel of exposure gets an intensity, and channels combine
 * as independent chances do (1 - product of 1 - s), so that a second channel raises the score but never past 1.
 */

/** Intensity of exposure by setting: living together first; a class or team next (9th edition, 密切接触者: 共同居住、学习、工作). */
export const SETTING_INTENSITY = { household: 1, class: 0.8, team: 0.6, workplace: 0.3, sameDayVisit: 0.02 } as const;

/** Shared time at venues: 1 - e^(-t / threshold), so that the protocol's threshold scores 0.63 and more time scores higher. */
export function coPresenceIntensity(peakSeconds: number, closeSeconds: number): number {
  return 1 - Math.exp(-peakSeconds / closeSeconds);
}

/** Independent channels of exposure, combined. */
export function combineIntensities(intensities: readonly number[]): number {
  return 1 - intensities.reduce((remaining, intensity) => remaining * (1 - intensity), 1);
}

/** A secondary contact's score: their exposure to the close contact, weighed by that contact's own exposure to the case. */
export function secondaryScore(ownScore: number, viaScore: number): number {
  return ownScore * viaScore;
}

export const roundScore = (score: number) => Math.round(score * 1000) / 1000;
