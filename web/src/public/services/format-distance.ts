/** A distance for people: metres below one kilometre, else kilometres with one decimal. */
export function formatDistance(meters: number, language: 'zh' | 'en'): string {
  if (meters < 1000) return language === 'zh' ? `${Math.round(meters)} 米` : `${Math.round(meters)} m`;
  const kilometres = (meters / 1000).toFixed(meters < 100_000 ? 1 : 0);
  return language === 'zh' ? `${kilometres} 公里` : `${kilometres} km`;
}
