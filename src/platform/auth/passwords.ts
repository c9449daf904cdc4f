import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { randomInt } from 'node:crypto';
import type { FieldError } from '../errors.ts';

export interface HashingCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** Hashes a password with argon2id at the configured cost. */
export function hashPassword(password: string, cost: HashingCost): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
}

/** Checks a password against its argon2 hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

let denyList: Set<string> | undefined;
function commonPasswords(): Set<string> {
  denyList ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return denyList;
}

/**
 * NCSC-style rules: long enough, not a common password (a shipped list of ~49,000), not a common
 * password with digits or symbols stuck on the end, and not built from the person's own name or email.
 * No composition rules. Returns the problems, empty when the password is acceptable.
 */
export function passwordProblems(
  password: string,
  person: { email?: string; name?: string } = {},
  field = 'password',
): FieldError[] {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [
      {
        field,
        message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
        fix: 'Use three random words together, for example "river-candle-orbit".',
      },
    ];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [
      {
        field,
        message: `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`,
        fix: 'Choose a shorter password.',
      },
    ];
  }
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^a-z]+$/, '');
  const common = commonPasswords();
  if (common.has(lower) || (stem.length >= 4 && stem !== lower && common.has(stem))) {
    return [
      {
        field,
        message: 'This password is too common and easy to guess',
        fix: 'Choose a password that is not a common word or pattern; three random words work well.',
      },
    ];
  }
  const personal = [person.email?.split('@')[0], ...(person.name?.split(/\s+/) ?? [])]
    .map((part) => part?.toLowerCase() ?? '')
    .filter((part) => part.length >= 4);
  if (personal.some((part) => lower.includes(part))) {
    return [
      {
        field,
        message: 'Password must not contain your name or email address',
        fix: 'Choose a password that has nothing to do with your name or email.',
      },
    ];
  }
  return [];
}

const WORDS = [
  'amber',
  'anchor',
  'basil',
  'beacon',
  'bramble',
  'canal',
  'cedar',
  'comet',
  'copper',
  'delta',
  'ember',
  'fable',
  'fern',
  'flint',
  'garnet',
  'harbour',
  'hazel',
  'heron',
  'indigo',
  'juniper',
  'kestrel',
  'lantern',
  'larch',
  'meadow',
  'nectar',
  'orchid',
  'otter',
  'pebble',
  'quartz',
  'raven',
  'saffron',
  'spruce',
  'thistle',
  'tundra',
  'velvet',
  'willow',
  'yarrow',
  'zephyr',
];

/** A one-time password made of random words and digits; the person must change it at first sign-in. */
export function oneTimePassword(): string {
  const pick = () => WORDS[randomInt(WORDS.length)]!;
  return `${pick()}-${pick()}-${pick()}-${randomInt(1000, 10000)}`;
}
