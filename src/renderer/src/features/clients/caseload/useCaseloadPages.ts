import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CaseloadRow } from '../../../../../shared/contracts/caseload';
import { call, lanternKey, type AppErrorException } from '../../../lib/client';
import type { CaseloadDefinition } from './state';

export const PAGE_SIZE = 100;

export interface CaseloadPages {
  /** Clients matching the filters, once the first page has arrived. */
  total: number | null;
  rowAt(index: number): CaseloadRow | undefined;
  isLoading: boolean;
  error: AppErrorException | null;
  refetch(): void;
}

/**
 * The caseload one page (`caseload:list` offset/limit) at a time: the first page, for the total,
 * and the pages under the rows in view. Scrolling far loads only where the person lands.
 */
export function useCaseloadPages(
  definition: CaseloadDefinition,
  firstIndex: number,
  lastIndex: number,
): CaseloadPages {
  const { filter, sort } = definition;
  const pages = useMemo(() => {
    const wanted = new Set<number>([0]);
    const from = Math.max(0, Math.floor(firstIndex / PAGE_SIZE));
    const to = Math.max(from, Math.floor(lastIndex / PAGE_SIZE));
    for (let page = from; page <= to; page += 1) wanted.add(page);
    return [...wanted].sort((a, b) => a - b);
  }, [firstIndex, lastIndex]);

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: [...lanternKey('caseload:list'), filter, sort, page],
      queryFn: () => call('caseload:list', { filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    })),
  });

  const byPage = new Map<number, CaseloadRow[]>();
  results.forEach((result, position) => {
    const page = pages[position];
    if (page !== undefined && result.data) byPage.set(page, result.data.rows);
  });
  const first = results[0];
  const failed = results.find((result) => result.isError);
  return {
    total: first?.data?.total ?? null,
    rowAt: (index) => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    isLoading: Boolean(first?.isPending),
    error: (failed?.error as AppErrorException | null | undefined) ?? null,
    refetch: () => {
      for (const result of results) void result.refetch();
    },
  };
}
