import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, lanternKey, type AppErrorException } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import type { ClientTabProps } from '../../lib/featureSlots';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { NO_FILTER, TimelineFilters, type TimelineFilterValue } from './TimelineFilters';
import { TimelineList } from './TimelineList';

const PAGE_SIZE = 100;

/** The client's file on one timeline, newest first, loaded page by page as the list scrolls. */
export function TimelineTab({ file }: ClientTabProps) {
  const { t } = useTranslation();
  const clientId = file.client.id;
  const [filter, setFilter] = useState<TimelineFilterValue>(NO_FILTER);
  const list = useInfiniteQuery({
    queryKey: [...lanternKey('timeline:list'), clientId, filter],
    queryFn: ({ pageParam }) =>
      call('timeline:list', {
        clientId,
        limit: PAGE_SIZE,
        ...(filter.kinds.length ? { kinds: filter.kinds } : {}),
        ...(filter.authorId ? { authorId: filter.authorId } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const authors = list.data?.pages[0]?.authors ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const onNeedMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const filtered = filter.kinds.length > 0 || Boolean(filter.authorId || filter.from || filter.to);
  const error = list.error as AppErrorException | null;

  return (
    <div className="stack timeline-tab">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('timeline.heading')}</h2>
      </div>
      <TimelineFilters value={filter} onChange={setFilter} authors={authors} />
      {list.isPending ? <LoadingMessage /> : null}
      {error ? (
        <ErrorAlert>
          {t('timeline.loadFailed')} {errorMessage(t, error.error)}
        </ErrorAlert>
      ) : null}
      {list.data && items.length === 0 ? (
        <p className="empty">{filtered ? t('timeline.empty') : t('timeline.emptyAll')}</p>
      ) : null}
      {items.length > 0 ? (
        <TimelineList
          clientId={clientId}
          items={items}
          hasMore={Boolean(hasNextPage)}
          loadingMore={isFetchingNextPage}
          onNeedMore={onNeedMore}
        />
      ) : null}
      <StatusMessage tone="info">
        {list.data
          ? `${t('timeline.count', { count: items.length })}${isFetchingNextPage ? ` ${t('timeline.loadingMore')}` : !hasNextPage && items.length ? ` ${t('timeline.end')}` : ''}`
          : null}
      </StatusMessage>
    </div>
  );
}
