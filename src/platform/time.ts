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
