/** The clock, passed in so that engines and tests control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and simulations. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(at: Date): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (at) => {
      current = at.getTime();
    },
  };
}

/** An instant as stored and exchanged: ISO 8601 in UTC with milliseconds, so that text order is time order. */
export function toInstant(date: Date): string {
  return date.toISOString();
}

const localDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) an instant falls on in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  let format = localDateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    localDateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** A date (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00.000Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of a time zone at an instant, in milliseconds (east positive). */
function zoneOffset(instant: number, timeZone: string): number {
  // A format costs far more to make than to use: one per zone.
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    wallClockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((item) => item.type === type)!.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant a local date begins in a time zone (its first moment, also on days that start with a DST change). */
export function localDayStart(date: string, timeZone: string): Date {
  const midnightAsUtc = Date.parse(`${date}T00:00:00.000Z`);
  const guess = midnightAsUtc - zoneOffset(midnightAsUtc, timeZone);
  // The offset at the guess is the one in force at local midnight, unless a change lies between the two.
  const corrected = midnightAsUtc - zoneOffset(guess, timeZone);
  return new Date(localDate(new Date(corrected), timeZone) === date ? corrected : guess);
}
