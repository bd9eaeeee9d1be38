import { describe, expect, test } from 'vitest';
import { stayEnd, timeStays, type ExitRules } from './stays.ts';

// A day ends at 86,400; the venue's dwell time is 30 minutes.
const rules: ExitRules = { dwellSeconds: () => 1800, endOfLocalDay: (at) => (Math.floor(at / 86_400) + 1) * 86_400 };

describe('the end of a stay (PROTOCOL.md, Tracing parameters)', () => {
  test.each([
    { case: 'a recorded exit is kept', stay: { enteredAt: 1000, exitedAt: 2000 }, next: null, end: 2000, source: 'recorded' },
    { case: 'without an exit, the dwell time', stay: { enteredAt: 1000, exitedAt: null }, next: null, end: 2800, source: 'dwell' },
    { case: 'the next check-in, when earlier than the dwell time', stay: { enteredAt: 1000, exitedAt: null }, next: 1600, end: 1600, source: 'next_checkin' },
    { case: 'a next check-in later than the dwell time changes nothing', stay: { enteredAt: 1000, exitedAt: null }, next: 5000, end: 2800, source: 'dwell' },
    { case: 'the end of the day, when earlier than the dwell time', stay: { enteredAt: 86_000, exitedAt: null }, next: null, end: 86_400, source: 'end_of_day' },
    { case: 'a next check-in in the same second is not a later one', stay: { enteredAt: 1000, exitedAt: null }, next: 1000, end: 2800, source: 'dwell' },
    { case: 'an exit before the entry is no exit', stay: { enteredAt: 1000, exitedAt: 900 }, next: null, end: 2800, source: 'dwell' },
  ])('$case', ({ stay, next, end, source }) => {
    expect(stayEnd({ person: 1, venue: 1, ...stay, nextEnteredAt: next }, rules)).toEqual({ end, endSource: source });
  });

  test('stays are timed in order of entry, each ending at its next check-in when that comes first', () => {
    const timed = timeStays(
      [
        { person: 1, venue: 2, enteredAt: 2000, exitedAt: null, nextEnteredAt: null },
        { person: 1, venue: 1, enteredAt: 1000, exitedAt: null, nextEnteredAt: 2000 },
      ],
      rules,
    );
    expect(timed.map((stay) => [stay.venue, stay.end, stay.endSource])).toEqual([
      [1, 2000, 'next_checkin'],
      [2, 3800, 'dwell'],
    ]);
  });
});
