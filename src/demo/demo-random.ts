/**
 * Seeded pseudo-randomness for the demo, so that it is the same every time it is created:
 * Mulberry32, small and good enough for picking minutes, phone numbers and house numbers.
 */
import { lakesidePostcode } from './lakeside-postcodes.ts';

export interface DemoRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * An NHS number in the 999 range kept for test data: "999", six random digits and the
 * modulus 11 check digit (numbers whose check would be 10 are not valid, so are skipped).
 */
export function testNhsNumber(random: DemoRandom): string {
  for (;;) {
    const digits = [9, 9, 9, ...Array.from({ length: 6 }, () => random.int(0, 9))];
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits.join('')}${check === 11 ? 0 : check}`;
  }
}

const STREETS = [
  'Mill Lane',
  'Canal Street',
  'Victoria Road',
  'Hillside Avenue',
  'Park View',
  'Chapel Row',
  'Station Road',
  'Orchard Close',
  'Weavers Court',
  'Beech Grove',
  'Church Walk',
  'Foundry Street',
  'Meadow Way',
  'Albert Terrace',
  'Kingfisher Drive',
];
// Letters a postcode's inward code never uses.
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/**
 * An address in Lakeside, a town that does not exist. "LK" is not a UK postcode area, so the
 * postcodes have the right shape but belong to nobody; each is one of the demo's postcode directory
 * (samples/postcodes), so reports can place the person in a small area.
 */
export function lakesideAddress(random: DemoRandom): { addressLine1: string; town: string; postcode: string } {
  const letter = () => INWARD_LETTERS[random.int(0, INWARD_LETTERS.length - 1)]!;
  return {
    addressLine1: `${random.int(1, 140)} ${random.pick(STREETS)}`,
    town: 'Lakeside',
    postcode: lakesidePostcode(random.int(1, 9), random.int(1, 9), letter(), letter()),
  };
}

/** A mobile number from Ofcom's range for drama (07700 900000–900999), never a real line. */
export function dramaPhoneNumber(random: DemoRandom, used: Set<string>): string {
  for (;;) {
    const phone = `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}
