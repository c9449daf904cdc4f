/** Unique values so no journey depends on another's data, even on a shared database. */
import { randomInt } from 'node:crypto';

/** A unique e-mail address on the reserved example.org domain. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomInt(1e6).toString(36)}@example.org`;
}

/** An ODS-style code: "Y" and five digits (Y codes are not issued to real GP practices in this form). */
export function uniqueOdsCode(): string {
  return `Y${randomInt(100_000).toString().padStart(5, '0')}`;
}

/** A short unique suffix for names. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36).slice(-4)}${randomInt(1e4).toString(36)}`;
}
