import { useEffect, useState } from 'react';
import type { FetchJson } from './types';

export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/** GETs `path` (none when null) and keeps the last answer; a newer path wins over a slower older one. */
export function useApi<T>(fetchJson: FetchJson, path: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ data: undefined, error: undefined, loading: path !== null });
  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    fetchJson(path).then(
      (data) => current && setState({ data: data as T, error: undefined, loading: false }),
      (error: unknown) =>
        current &&
        setState({ data: undefined, error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [fetchJson, path]);
  return state;
}
