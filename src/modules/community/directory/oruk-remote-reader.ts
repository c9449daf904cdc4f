import { AppError } from '../../../platform/errors.ts';
import {
  isObject,
  recordId,
  type ImportProblem,
  type OrukObject,
  type OrukReadItem,
  type OrukReadResult,
  type OrukReadStream,
  type OrukRecord,
} from './oruk-records.ts';
import type { OrukKind } from './oruk-validate.ts';

export interface RemoteReadOptions {
  progress?: (message: string) => void;
  /** Requests in flight at once when fetching full services: polite to the publisher, still quick. */
  concurrency?: number;
  timeoutMs?: number;
  perPage?: number;
}

/** True when the import argument is an ORUK API address rather than a file or folder. */
export function isOrukApiUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/** A request that failed: says which URL and why, in words an operator can act on. */
class FetchFailure extends Error {}

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
    if (e.name === 'TimeoutError')
      throw new FetchFailure(`GET ${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    throw new FetchFailure(`GET ${url} failed: ${e.cause?.code ?? e.cause?.message ?? e.message ?? String(error)}`);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok)
    throw new FetchFailure(
      `GET ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchFailure(
      `GET ${url} answered HTTP ${response.status} but not with JSON (content-type ${response.headers.get('content-type') ?? 'none'}; starts "${text.slice(0, 60)}")`,
    );
  }
}

/** One retry: a publisher's brief hiccup should not lose a page of the directory. */
async function fetchJsonRetrying(url: string, timeoutMs: number): Promise<unknown> {
  try {
    return await fetchJson(url, timeoutMs);
  } catch (error) {
    if (!(error instanceof FetchFailure)) throw error;
    return fetchJson(url, timeoutMs);
  }
}

/** Runs work over items with at most `limit` at once, in order of start. */
async function eachLimited<T>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The pages of a paged ORUK list, one at a time as they are fetched: each page's items, and its
 * problems (a page that fails twice is reported and the others are still read). Page 1 says how
 * many pages there are.
 */
async function* readPages(
  base: string,
  path: string,
  kind: OrukKind,
  options: Required<RemoteReadOptions>,
): AsyncGenerator<{ items: OrukObject[]; problems: ImportProblem[] }> {
  const pageUrl = (n: number) => `${base}${path}?page=${n}&per_page=${options.perPage}`;
  let totalPages = 1;
  for (let n = 1; n <= totalPages; n++) {
    if (n > 1) options.progress(`${path}: page ${n} of ${totalPages}`);
    const url = pageUrl(n);
    let body: unknown;
    try {
      body = await fetchJsonRetrying(url, options.timeoutMs);
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      yield {
        items: [],
        problems: [
          {
            kind: 'file',
            id: null,
            origin: url,
            path: '/',
            reason: `${error.message}; the ${kind} records of this page were not imported`,
          },
        ],
      };
      // Without page 1 the number of pages is unknown: nothing more to read.
      continue;
    }
    if (!isObject(body) || !Array.isArray(body.contents)) {
      yield {
        items: [],
        problems: [
          {
            kind: 'file',
            id: null,
            origin: url,
            path: '/contents',
            reason: 'expected an ORUK page ({ total_pages, contents: [...] })',
          },
        ],
      };
      continue;
    }
    const page: { items: OrukObject[]; problems: ImportProblem[] } = { items: [], problems: [] };
    body.contents.forEach((item, i) => {
      if (isObject(item) && typeof item.id === 'string') page.items.push(item);
      else
        page.problems.push({
          kind,
          id: null,
          origin: url,
          path: `/contents/${i}`,
          reason: 'expected an ORUK object with an id',
        });
    });
    if (n === 1)
      totalPages = typeof body.total_pages === 'number' && Number.isInteger(body.total_pages) ? body.total_pages : 1;
    yield page;
  }
}

/**
 * Streams a published ORUK 3.0 API as the same records the file readers give, so validation, the
 * upsert and the report are shared: the taxonomies and their terms, then every service in full
 * (`/services/{id}`, which nests its organization, locations and attributes), page by page of the
 * listing, so the import writes one page's services while the next is fetched and never holds the
 * whole directory. The API details at `/` must answer, or nothing is read (the promise rejects);
 * after that a failing page or record is reported and the rest continues.
 */
export async function streamOrukRemote(url: string, options: RemoteReadOptions = {}): Promise<OrukReadStream> {
  const settings: Required<RemoteReadOptions> = {
    progress: () => {},
    concurrency: 4,
    timeoutMs: 30_000,
    perPage: 100,
    ...options,
  };
  const base = url.replace(/\/+$/, '');
  let details: unknown;
  try {
    details = await fetchJsonRetrying(`${base}/`, settings.timeoutMs);
  } catch (error) {
    if (error instanceof FetchFailure) {
      // Only the console imports, so a plain error: the CLI prints its message as it is.
      throw new Error(
        `Cannot import from ${url}: ${error.message}. Check the address (the API's root, for example https://example.org/oruk) and that it is reachable.`,
      );
    }
    throw error;
  }
  if (!isObject(details) || typeof details.version !== 'string') {
    throw new AppError(
      'validation-failed',
      `${base}/ is not an ORUK API: its details lack a "version". Give the API's root address (the one serving /services).`,
    );
  }
  return { source: base, format: 'api', items: remoteItems(base, settings) };
}

async function* remoteItems(base: string, settings: Required<RemoteReadOptions>): AsyncGenerator<OrukReadItem> {
  for (const [path, kind] of [
    ['/taxonomies', 'taxonomy'],
    ['/taxonomy_terms', 'taxonomy_term'],
  ] as const) {
    for await (const page of readPages(base, path, kind, settings)) {
      for (const problem of page.problems) yield { problem };
      for (const data of page.items) yield { record: { kind, data, origin: `${base}${path}` } };
    }
  }
  const seen = new Set<string>();
  let done = 0;
  for await (const page of readPages(base, '/services', 'service', settings)) {
    for (const problem of page.problems) yield { problem };
    const ids = page.items.map((s) => recordId(s)).filter((id): id is string => id !== null && !seen.has(id));
    for (const id of ids) seen.add(id);
    const full: ({ record: OrukRecord } | { problem: ImportProblem } | null)[] = new Array(ids.length).fill(null);
    await eachLimited(ids, settings.concurrency, async (id, index) => {
      const serviceUrl = `${base}/services/${encodeURIComponent(id)}`;
      try {
        const body = await fetchJsonRetrying(serviceUrl, settings.timeoutMs);
        full[index] = isObject(body)
          ? { record: { kind: 'service', data: body, origin: serviceUrl } }
          : {
              problem: {
                kind: 'service',
                id,
                origin: serviceUrl,
                path: '/',
                reason: 'expected an ORUK service object',
              },
            };
      } catch (error) {
        if (!(error instanceof FetchFailure)) throw error;
        full[index] = {
          problem: {
            kind: 'service',
            id,
            origin: serviceUrl,
            path: '/',
            reason: `${error.message}; this service was not imported`,
          },
        };
      }
      done++;
      if (done % 100 === 0) settings.progress(`${done} services fetched…`);
    });
    // In the listing's order, whatever order the requests finished in, so runs are repeatable.
    for (const item of full) if (item) yield item;
  }
}

/**
 * Reads a published ORUK 3.0 API whole (see streamOrukRemote): every record and problem in one
 * result, parents first. For callers that want the records before importing them; the console
 * import streams instead.
 */
export async function readOrukRemote(url: string, options: RemoteReadOptions = {}): Promise<OrukReadResult> {
  const stream = await streamOrukRemote(url, options);
  const result: OrukReadResult = { source: stream.source, format: 'api', records: [], problems: [] };
  for await (const item of stream.items) {
    if (item.record) result.records.push(item.record);
    else result.problems.push(item.problem);
  }
  return result;
}
