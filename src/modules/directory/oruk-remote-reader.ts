import { AppError } from '../../platform/errors.ts';
import { isObject, recordId, type ImportProblem, type OrukObject, type OrukReadResult, type OrukRecord } from './oruk-records.ts';
import { ORUK_KINDS, type OrukKind } from './oruk-validate.ts';

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
    if (e.name === 'TimeoutError') throw new FetchFailure(`GET ${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    throw new FetchFailure(`GET ${url} failed: ${e.cause?.code ?? e.cause?.message ?? e.message ?? String(error)}`);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw new FetchFailure(`GET ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchFailure(`GET ${url} answered HTTP ${response.status} but not with JSON (content-type ${response.headers.get('content-type') ?? 'none'}; starts "${text.slice(0, 60)}")`);
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
async function eachLimited<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface PagedItems { items: OrukObject[]; problems: ImportProblem[] }

/**
 * Every item of a paged ORUK list: page 1 says how many pages there are; a page that fails twice
 * is reported and the others are still read.
 */
async function readPaged(base: string, path: string, kind: OrukKind, options: Required<RemoteReadOptions>): Promise<PagedItems> {
  const out: PagedItems = { items: [], problems: [] };
  const pageUrl = (n: number) => `${base}${path}?page=${n}&per_page=${options.perPage}`;
  const readPage = async (n: number): Promise<number | null> => {
    const url = pageUrl(n);
    let body: unknown;
    try {
      body = await fetchJsonRetrying(url, options.timeoutMs);
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      out.problems.push({ kind: 'file', id: null, origin: url, path: '/', reason: `${error.message}; the ${kind} records of this page were not imported` });
      return null;
    }
    if (!isObject(body) || !Array.isArray(body.contents)) {
      out.problems.push({ kind: 'file', id: null, origin: url, path: '/contents', reason: 'expected an ORUK page ({ total_pages, contents: [...] })' });
      return null;
    }
    body.contents.forEach((item, i) => {
      if (isObject(item) && typeof item.id === 'string') out.items.push(item);
      else out.problems.push({ kind, id: null, origin: url, path: `/contents/${i}`, reason: 'expected an ORUK object with an id' });
    });
    return typeof body.total_pages === 'number' && Number.isInteger(body.total_pages) ? body.total_pages : 1;
  };
  const totalPages = await readPage(1);
  if (totalPages === null) return out;
  for (let n = 2; n <= totalPages; n++) {
    options.progress(`${path}: page ${n} of ${totalPages}`);
    await readPage(n);
  }
  return out;
}

/**
 * Reads a published ORUK 3.0 API into the same records the file readers give, so validation, the
 * upsert and the report are shared: every service in full (`/services/{id}`, which nests its
 * organization, locations and attributes) plus the taxonomies and their terms. The API details at
 * `/` must answer, or nothing is read; after that a failing page or record is reported and the
 * rest continues.
 */
export async function readOrukRemote(url: string, options: RemoteReadOptions = {}): Promise<OrukReadResult> {
  const settings: Required<RemoteReadOptions> = { progress: () => {}, concurrency: 4, timeoutMs: 30_000, perPage: 100, ...options };
  const base = url.replace(/\/+$/, '');
  let details: unknown;
  try {
    details = await fetchJsonRetrying(`${base}/`, settings.timeoutMs);
  } catch (error) {
    if (error instanceof FetchFailure) {
      // Only the console imports, so a plain error: the CLI prints its message as it is.
      throw new Error(`Cannot import from ${url}: ${error.message}. Check the address (the API's root, for example https://example.org/oruk) and that it is reachable.`);
    }
    throw error;
  }
  if (!isObject(details) || typeof details.version !== 'string') {
    throw new AppError('validation-failed', `${base}/ is not an ORUK API: its details lack a "version". Give the API's root address (the one serving /services).`);
  }
  const result: OrukReadResult = { source: base, format: 'api', records: [], problems: [] };
  const add = (kind: OrukKind, data: OrukObject, origin: string) => result.records.push({ kind, data, origin } satisfies OrukRecord);

  const taxonomies = await readPaged(base, '/taxonomies', 'taxonomy', settings);
  const terms = await readPaged(base, '/taxonomy_terms', 'taxonomy_term', settings);
  for (const t of taxonomies.items) add('taxonomy', t, `${base}/taxonomies`);
  for (const t of terms.items) add('taxonomy_term', t, `${base}/taxonomy_terms`);
  const services = await readPaged(base, '/services', 'service', settings);
  result.problems.push(...taxonomies.problems, ...terms.problems, ...services.problems);

  const ids = [...new Set(services.items.map((s) => recordId(s)).filter((id): id is string => id !== null))];
  settings.progress(`${ids.length} services listed; fetching each in full…`);
  const full: (OrukObject | null)[] = new Array(ids.length).fill(null);
  let done = 0;
  await eachLimited(ids, settings.concurrency, async (id, index) => {
    const serviceUrl = `${base}/services/${encodeURIComponent(id)}`;
    try {
      const body = await fetchJsonRetrying(serviceUrl, settings.timeoutMs);
      if (isObject(body)) full[index] = body;
      else result.problems.push({ kind: 'service', id, origin: serviceUrl, path: '/', reason: 'expected an ORUK service object' });
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      result.problems.push({ kind: 'service', id, origin: serviceUrl, path: '/', reason: `${error.message}; this service was not imported` });
    }
    done++;
    if (done % 100 === 0) settings.progress(`${done} of ${ids.length} services fetched…`);
  });
  // In the listing's order, whatever order the requests finished in, so runs are repeatable.
  full.forEach((service, i) => {
    if (service) add('service', service, `${base}/services/${encodeURIComponent(ids[i]!)}`);
  });
  result.records.sort((a, b) => ORUK_KINDS.indexOf(a.kind) - ORUK_KINDS.indexOf(b.kind));
  return result;
}
