import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: ApiError };

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ title: 'Sorry, there is a problem with the service', status: 0, detail: 'Try again later.' });
}

/** Loads data for a page and reloads it whenever `key` changes (for example the URL's query). */
export function useApiData<T>(key: string, load: () => Promise<T>) {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (isCurrent: () => boolean) => {
    try {
      const data = await loadRef.current();
      if (isCurrent()) setState({ status: 'ready', data });
    } catch (error) {
      if (isCurrent()) setState({ status: 'failed', error: toApiError(error) });
    }
  }, []);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void run(() => current);
    return () => {
      current = false;
    };
  }, [key, run]);

  const reload = useCallback(() => run(() => true), [run]);
  const setData = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, setData };
}
