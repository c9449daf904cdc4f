import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isObject, type OrukObject, type OrukReadItem, type OrukRecord } from './oruk-records.ts';
import { ORUK_KINDS, type OrukKind } from './oruk-validate.ts';

const BY_FILE_NAME: [RegExp, OrukKind][] = [
  [/^service_at_location/, 'service_at_location'],
  [/^service/, 'service'],
  [/^organi[sz]ation/, 'organization'],
  [/^taxonomy_term/, 'taxonomy_term'],
  [/^taxonom/, 'taxonomy'],
  [/^location/, 'location'],
  [/^attribute/, 'attribute'],
];

/** Guesses a record's kind from its properties when the file name does not say. */
export function kindOfShape(data: OrukObject): OrukKind | null {
  if ('service' in data || ('location_id' in data && 'service_id' in data && !('name' in data)))
    return 'service_at_location';
  if ('status' in data || 'service_at_locations' in data || 'schedules' in data) return 'service';
  if ('location_type' in data || 'addresses' in data) return 'location';
  if ('taxonomy_terms' in data || ('version' in data && !('term' in data))) return 'taxonomy';
  if ('term' in data || 'taxonomy_id' in data || 'parent_id' in data || 'term_uri' in data) return 'taxonomy_term';
  if ('link_type' in data || 'link_id' in data || 'taxonomy_term_id' in data) return 'attribute';
  if ('organization_identifiers' in data || 'services' in data || 'website' in data || 'name' in data)
    return 'organization';
  return null;
}

function kindOfFile(file: string): OrukKind | null {
  const name = basename(file).toLowerCase();
  return BY_FILE_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/**
 * Splits records that carry other top-level records inside them (an organization's services,
 * a service_at_location's service) so that each is validated against its own schema and
 * written as its own record.
 */
function split(kind: OrukKind, data: OrukObject, origin: string): OrukRecord[] {
  if (kind === 'organization' && Array.isArray(data.services)) {
    const { services, ...organization } = data;
    const nested = services.map((s, i): OrukRecord => ({
      kind: 'service',
      data:
        isObject(s) && s.organization_id === undefined && typeof data.id === 'string'
          ? { ...s, organization_id: data.id }
          : (s as OrukObject),
      origin: `${origin}/services/${i}`,
    }));
    return [{ kind, data: organization, origin }, ...nested];
  }
  if (kind === 'service_at_location' && isObject(data.service)) {
    const { service, ...link } = data;
    const serviceId = typeof service.id === 'string' ? service.id : undefined;
    return [
      { kind: 'service', data: service, origin: `${origin}/service` },
      { kind, data: link.service_id === undefined && serviceId ? { ...link, service_id: serviceId } : link, origin },
    ];
  }
  return [{ kind, data, origin }];
}

/** The records one item of a file gives (or the problem that it gives none). */
function itemRecords(item: unknown, at: string, fileKind: OrukKind | null): OrukReadItem[] {
  if (!isObject(item))
    return [{ problem: { kind: 'file', id: null, origin: at, path: '/', reason: 'expected an ORUK object' } }];
  const kind = fileKind ?? kindOfShape(item);
  if (!kind) {
    return [
      {
        problem: {
          kind: 'file',
          id: typeof item.id === 'string' ? item.id : null,
          origin: at,
          path: '/',
          reason:
            'cannot tell which ORUK record this is; name the file after its type (service…, organization…, taxonomy…)',
        },
      },
    ];
  }
  return split(kind, item, at).map((record) => ({ record }));
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Bytes read from the file at a time. */
const READ_CHUNK = 64 * 1024;

/** What the list scanner found: each item's JSON text, then whether the file held a top-level "contents" list and closed it. */
type ScannedPart = { item: string } | { end: { listed: boolean; complete: boolean } };

/**
 * Finds the items of the top-level "contents" array of a JSON file as it streams in, and hands back
 * each item's text for JSON.parse: only the item being read is ever held. It follows strings, escapes
 * and nesting only, as far as it needs to cut the list into items; JSON.parse then checks each item.
 */
async function* scanContentsList(file: string): AsyncGenerator<ScannedPart> {
  let buf = '';
  let i = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  // Top level: the key just read, and whether the next string at depth 1 is a key.
  let key: string | null = null;
  let keyStart = -1;
  let expectKey = false;
  let afterColon = false;
  let listed = false;
  let inList = false;
  let listDone = false;
  let itemStart = -1;
  // Small chunks: a string of a megabyte or more goes to V8's large-object space and stays resident
  // until a full collection, so dead 1 MB chunks piled up between them; 64 KB ones die young.
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: READ_CHUNK })) {
    const keep = itemStart >= 0 ? itemStart : keyStart >= 0 ? keyStart : i;
    buf = buf.slice(keep) + (chunk as string);
    i -= keep;
    if (itemStart >= 0) itemStart -= keep;
    if (keyStart >= 0) keyStart -= keep;
    for (; i < buf.length; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Most of a file is inside strings: jump to the next quote rather than stepping through each character.
        // A quote after an odd run of backslashes is escaped; so is the first character after such a run at a chunk's end.
        const quote = buf.indexOf('"', i);
        const end = quote < 0 ? buf.length : quote;
        let backslashes = 0;
        while (end - backslashes - 1 >= i && buf.charCodeAt(end - backslashes - 1) === BACKSLASH) backslashes++;
        if (quote < 0) {
          escaped = backslashes % 2 === 1;
          i = buf.length - 1;
          continue;
        }
        i = quote;
        if (backslashes % 2 === 1) continue;
        inString = false;
        if (keyStart >= 0) {
          key = buf.slice(keyStart + 1, i);
          keyStart = -1;
        }
        continue;
      }
      const c = buf.charCodeAt(i);
      if (inList && depth === 2 && itemStart < 0 && !isSpace(c) && c !== COMMA && c !== CLOSE_ARRAY) itemStart = i;
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && expectKey) {
          keyStart = i;
          expectKey = false;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (depth === 1 && afterColon && key === 'contents' && c === OPEN_ARRAY && !listed) {
          listed = true;
          inList = true;
        }
        depth++;
        if (depth === 1) expectKey = c === OPEN_OBJECT;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        if (inList && depth === 2 && itemStart >= 0) {
          // An object or array item closes.
          yield { item: buf.slice(itemStart, i + 1) };
          itemStart = -1;
        } else if (inList && depth === 1) {
          // The list closes, straight after a plain value perhaps.
          if (itemStart >= 0) yield { item: buf.slice(itemStart, i).trim() };
          itemStart = -1;
          inList = false;
          listDone = true;
        }
      } else if (c === COMMA) {
        if (depth === 1) expectKey = true;
        else if (inList && depth === 2 && itemStart >= 0) {
          // A plain value (a string, number, true, false or null) as an item: JSON.parse reports it.
          yield { item: buf.slice(itemStart, i).trim() };
          itemStart = -1;
        }
      }
      if (depth === 1 && !isSpace(c)) afterColon = c === COLON;
    }
  }
  yield { end: { listed, complete: listed && listDone && depth === 0 && !inString } };
}

function jsonProblem(origin: string, reason: string): OrukReadItem {
  return { problem: { kind: 'file', id: null, origin, path: '/', reason } };
}

/**
 * Reads one ORUK JSON file: a paged list ({ total_items, contents: [...] }) is streamed item by
 * item, so a file of any size is never held whole; a file that is not a list (one record) is read
 * whole, as such files are small. An item that is not valid JSON is reported and the others are
 * read; a list cut short is imported up to the cut, which is reported.
 */
export async function* streamOrukJsonFile(file: string): AsyncGenerator<OrukReadItem> {
  const origin = basename(file);
  const fileKind = kindOfFile(file);
  let index = 0;
  for await (const part of scanContentsList(file)) {
    if ('item' in part) {
      const at = `${origin}/contents/${index++}`;
      let item: unknown;
      try {
        item = JSON.parse(part.item);
      } catch (error) {
        yield jsonProblem(at, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      yield* itemRecords(item, at, fileKind);
    } else if (part.end.listed) {
      if (!part.end.complete)
        yield jsonProblem(
          origin,
          `not valid JSON: the file ends inside or after its "contents" list, after ${index} items (cut short?)`,
        );
      return;
    }
  }
  // Not a list: one record (or not JSON at all), read whole.
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    yield jsonProblem(origin, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  yield* itemRecords(parsed, origin, fileKind);
}

/** The order a folder's files are read in: by the kind their name says (parents first), then by name. */
export function jsonFileRank(file: string): number {
  const kind = kindOfFile(file);
  return kind ? ORUK_KINDS.indexOf(kind) : ORUK_KINDS.length;
}
