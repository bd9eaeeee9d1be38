import type { VenueType } from '../places/model.ts';
import type { SyntheticCounty } from './synthesize.ts';
import { OCCUPATION } from './venues.ts';
import { appendTo, Random, WeightedChoice } from './random.ts';

/** One stay of a person at a venue on one day, in minutes after midnight (local time). */
export interface Visits {
  count: number;
  person: Int32Array;
  venue: Int32Array;
  start: Int16Array;
  end: Int16Array;
  /** 1 when the stay is the person's work or study at their own venue. */
  routine: Uint8Array;
}

/** Venue types people visit on errands, weighted by visits a day per venue. */
const ERRAND_TYPES: VenueType[] = ['mall', 'supermarket', 'market', 'hotel', 'restaurant', 'scenic_spot', 'sports_venue', 'culture_venue', 'elderly_home', 'hospital', 'pharmacy', 'transport_hub', 'other'];
/** Types whose everyday mixing is modelled by colleagues and classes, not by co-presence. */
export const ROUTINE_SETTING_TYPES: ReadonlySet<VenueType> = new Set(['workplace', 'school', 'kindergarten', 'university']);

/** Errands a day by age group: the mean of a Poisson count (weekday, weekend). */
function errandRate(age: number, weekend: boolean): number {
  if (age < 6) return 0;
  if (age < 18) return weekend ? 0.8 : 0.25;
  if (age < 60) return weekend ? 1.0 : 0.5;
  return 0.7;
}

export interface DailyLife {
  /** The stays of one day for everyone who goes out; `staysHome(person)` keeps a person in. The arrays are reused the next day. */
  visitsOf(day: number, weekend: boolean, staysHome: (person: number) => boolean, venueClosed: (venue: number) => boolean, random: Random): Visits;
}

/** Builds the schedule generator for a county: routine days at work or school, errands near home. */
export function createDailyLife(county: SyntheticCounty): DailyLife {
  const { people, activities, frame } = county;
  const venueInput = county.inputs.venues.types;
  const errandTypes = new WeightedChoice(
    ERRAND_TYPES,
    ERRAND_TYPES.map((type) => venueInput[type].visitsPerDay * activities.venues.filter((venue) => venue.type === type).length),
  );
  const byTypeAndTownship = new Map<string, number[]>();
  const byType = new Map<VenueType, number[]>();
  activities.venues.forEach((venue, index) => {
    const key = `${venue.type}:${frame.communities[venue.community]!.townshipCode}`;
    appendTo(byTypeAndTownship, key, index);
    appendTo(byType, venue.type, index);
  });
  const townshipOf = (person: number) => frame.communities[people.householdCommunity[people.household[person]!]!]!.townshipCode;

  // One set of arrays serves every day: a day's visits are read before the next day is simulated.
  const capacity = Math.ceil(people.count * 1.6) + 1024;
  const visits: Visits = {
    count: 0,
    person: new Int32Array(capacity),
    venue: new Int32Array(capacity),
    start: new Int16Array(capacity),
    end: new Int16Array(capacity),
    routine: new Uint8Array(capacity),
  };
  return {
    visitsOf(_day, weekend, staysHome, venueClosed, random) {
      visits.count = 0;
      const add = (person: number, venue: number, start: number, minutes: number, routine: boolean) => {
        if (venueClosed(venue) || visits.count >= capacity) return;
        const index = visits.count++;
        visits.person[index] = person;
        visits.venue[index] = venue;
        visits.start[index] = start;
        visits.end[index] = Math.min(23 * 60 + 59, start + Math.max(5, Math.round(minutes)));
        visits.routine[index] = routine ? 1 : 0;
      };
      for (let person = 0; person < people.count; person++) {
        if (staysHome(person)) continue;
        const occupation = activities.occupation[person]!;
        const venue = activities.affiliation[person]!;
        let busyUntil = 8 * 60;
        if (!weekend && venue >= 0 && occupation !== OCCUPATION.none) {
          const start = occupation === OCCUPATION.worker ? 8 * 60 + random.integer(0, 60) : 7 * 60 + 40 + random.integer(0, 30);
          const minutes = occupation === OCCUPATION.worker ? random.normal(540, 40) : 16 * 60 + 30 - start;
          add(person, venue, start, minutes, true);
          busyUntil = start + Math.round(minutes);
        }
        const errands = random.poisson(errandRate(people.age[person]!, weekend));
        for (let errand = 0; errand < errands; errand++) {
          const type = errandTypes.draw(random);
          const local = random.chance(0.8) ? byTypeAndTownship.get(`${type}:${townshipOf(person)}`) : undefined;
          const target = random.pick(local ?? byType.get(type)!);
          const latest = 21 * 60;
          if (busyUntil >= latest) break;
          const start = random.integer(busyUntil, latest);
          const minutes = random.lognormal(venueInput[type].dwellMinutes, venueInput[type].dwellMinutes * 0.5);
          add(person, target, start, minutes, false);
          busyUntil = Math.min(latest, start + Math.round(minutes) + 15);
        }
      }
      return visits;
    },
  };
}
