import { createHash } from 'node:crypto';
import type { OrukRecord } from './oruk-records.ts';

/** Bumped when the import writes a record's rows differently, so records hashed by an older import are written again. */
const HASH_VERSION = 'oruk-import-1';

/** A key JavaScript treats as an array index: objects list these first, in numeric order, before their other keys. */
function isIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}

/** Sorted keys in the order an object built by inserting them sorted would list them. */
function orderedKeys(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  let sorted = true;
  let indexes = false;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i - 1]! > keys[i]!) sorted = false;
    if (!indexes && isIndexKey(keys[i]!)) indexes = true;
  }
  if (!sorted) keys.sort();
  if (!indexes) return keys;
  return [...keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndexKey(k))];
}

/** Each key as JSON with its colon: records repeat the same few keys, so each is written out once. */
const memberPrefixes = new Map<string, string>();
const MEMBER_PREFIXES_HELD = 10_000;

function memberPrefix(key: string): string {
  let prefix = memberPrefixes.get(key);
  if (prefix === undefined) {
    prefix = JSON.stringify(key) + ':';
    if (memberPrefixes.size < MEMBER_PREFIXES_HELD) memberPrefixes.set(key, prefix);
  }
  return prefix;
}

/**
 * The value's JSON with every object's keys in order, so it does not depend on how the publisher
 * ordered them: the text JSON.stringify gives for a copy with sorted keys, written straight out
 * instead of building the copy (an object member that is undefined is left out, an array's is null).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return out + ']';
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of orderedKeys(object)) {
    const member = object[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    out +=
      (first ? '' : ',') +
      memberPrefix(key) +
      (typeof member === 'string' ? JSON.stringify(member) : canonicalJson(member));
    first = false;
  }
  return out + '}';
}

/** sha256 of a record's canonical JSON (keys sorted): the same record, however its keys are ordered, hashes the same. */
export function orukContentHash(record: OrukRecord): string {
  return createHash('sha256').update(HASH_VERSION).update(canonicalJson(record.data)).digest('base64url');
}
