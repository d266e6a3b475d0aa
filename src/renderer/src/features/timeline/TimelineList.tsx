import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TimelineItem } from '../../../../shared/contracts/timeline';
import { formatWhen, itemHref, itemSentence } from './itemText';

const ROW_ESTIMATE = 76;
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

/**
 * The timeline as a virtualized list: only the rows in view (and a margin) are in the page, so
 * two thousand items scroll like twenty. One Tab reaches the list (roving focus: the current row
 * is the tab stop), arrows, Page Up/Down, Home and End move, Enter opens the item's record. Each
 * row's accessible name is its whole sentence: date, what happened, who.
 */
export function TimelineList(props: {
  clientId: string;
  items: readonly TimelineItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { items, hasMore, loadingMore, onNeedMore } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  // The library returns fresh functions each render by design; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
    getItemKey: (index) => items[index]?.id ?? index,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastShown = virtualItems.at(-1)?.index ?? 0;
  // One row is always the list's tab stop: the active one while it is rendered, else (scrolled
  // away with the wheel, or a filter left fewer items) the first row on screen.
  const activeIndex = Math.max(0, Math.min(active, items.length - 1));
  const tabStop = virtualItems.some((virtual) => virtual.index === activeIndex)
    ? activeIndex
    : (virtualItems[0]?.index ?? 0);

  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= items.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, loadingMore, lastShown, items.length, onNeedMore]);

  // A new filter gives a new list: start at its top.
  const firstId = items[0]?.id;
  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [firstId]);

  // After a keyboard move, focus the row once the virtualizer has rendered it.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] a`);
    if (row) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
      pendingFocus.current = null;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_ESTIMATE) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div ref={scrollRef} className="timeline-scroll">
      <ol
        className="timeline-list"
        aria-label={t('timeline.listLabel')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualItems.map((virtual) => {
          const item = items[virtual.index] as TimelineItem;
          const sentence = itemSentence(t, i18n.language, item);
          const when = formatWhen(i18n.language, item.at);
          const author = item.authorName
            ? t('timeline.by', { name: item.authorName })
            : t('timeline.by', { name: t('timeline.unknownAuthor') });
          const marks = [
            item.part2 ? t('timeline.part2') : null,
            item.enteredInError ? t('timeline.enteredInError') : null,
          ]
            .filter(Boolean)
            .join('. ');
          const href = itemHref(props.clientId, item);
          return (
            <li
              key={virtual.key}
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              className={`timeline-row${item.enteredInError ? ' timeline-row-error' : ''}`}
              style={{ transform: `translateY(${virtual.start}px)` }}
              aria-setsize={hasMore ? -1 : items.length}
              aria-posinset={virtual.index + 1}
            >
              <a
                href={`#${href}`}
                className="timeline-link"
                tabIndex={virtual.index === tabStop ? 0 : -1}
                aria-label={`${t('timeline.itemLabel', { date: when, sentence, author })}${marks ? ` ${marks}.` : ''}${item.excerpt ? ` ${item.excerpt}` : ''}`}
                onFocus={() => setActive(virtual.index)}
                onKeyDown={(event) => onKeyDown(event, virtual.index)}
                onClick={(event) => {
                  event.preventDefault();
                  void navigate(href);
                }}
              >
                <span className={`timeline-kind timeline-kind-${item.kind}`}>
                  {t(`timeline.kind.${item.kind}`)}
                </span>
                <span className="timeline-body">
                  <span className="timeline-line">
                    <time className="timeline-when" dateTime={item.at}>
                      {when}
                    </time>
                    <span className="timeline-sentence">{sentence}</span>
                    {item.part2 ? <span className="badge timeline-part2">{t('timeline.part2')}</span> : null}
                    {item.enteredInError ? (
                      <span className="badge timeline-error-mark">{t('timeline.enteredInError')}</span>
                    ) : null}
                  </span>
                  <span className="timeline-meta">
                    <span className="timeline-author">{author}</span>
                    {item.excerpt ? <span className="timeline-excerpt">{item.excerpt}</span> : null}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
