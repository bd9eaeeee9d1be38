/** A reading in degrees Celsius with one decimal, as thermometers show it (38.1 °C), or a dash. */
export function formatTemperature(celsius: number | null): string {
  return celsius === null ? '—' : `${celsius.toFixed(1)} °C`;
}
