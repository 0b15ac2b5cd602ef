import { keepPreviousData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type QueryValue } from './client';

/** One answer of a list endpoint (the contract's `page(...)`): some items and where the next page starts. */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

interface InfiniteListOptions<T> {
  queryKey: QueryKey;
  /** The list endpoint, e.g. `/api/users`. */
  path: string;
  schema: z.ZodType<ListPage<T>>;
  /** The filters, as query parameters; empty ones are left out of the URL. */
  query: Record<string, QueryValue>;
}

/**
 * Every list endpoint pages the same way (`limit` and `cursor` in, `{ items, nextCursor }` out), so
 * each list hook only names its endpoint, cache key and filters. The previous results stay on
 * screen while new filters load.
 */
export function useInfiniteList<T>({ queryKey, path, schema, query }: InfiniteListOptions<T>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      api(path, { schema, signal, query: { ...query, limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
