import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadColumn, CaseloadRow } from '../../../../../shared/contracts/caseload';
import { caseloadColumns, type CaseloadItem } from './columns';
import { ROW_ESTIMATE, type Density } from './density';
import type { CaseloadDefinition } from './state';
import { isSortable } from './state';
import { useCaseloadPages } from './useCaseloadPages';
import { useContentWidths } from './useContentWidths';
import './caseload.css';

interface Props {
  definition: CaseloadDefinition;
  available: readonly CaseloadColumn[];
  markOffCaseload: boolean;
  density: Density;
  /** What to say when no row is listed (no clients yet, or none matching the filters). */
  empty: ReactNode;
  onSortChange(sort: CaseloadDefinition['sort']): void;
  onOpen(row: CaseloadRow): void;
  onTotal(total: number | null): void;
}

/**
 * The caseload as an ARIA grid: @tanstack/react-table for columns, order, visibility and sort
 * state; @tanstack/react-virtual so only the rows in view are in the page, loaded page by page.
 * Arrow keys, Page Up/Down, Home and End move the row focus; Enter opens the client.
 */
export function CaseloadTable({
  definition,
  available,
  markOffCaseload,
  density,
  empty,
  onSortChange,
  onOpen,
  onTotal,
}: Props) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [range, setRange] = useState({ first: 0, last: 40 });
  const pages = useCaseloadPages(definition, range.first, range.last);
  const count = pages.total ?? 0;

  // The library returns fresh functions each render by design; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE[density],
    overscan: 12,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const first = items[0]?.index ?? 0;
      const last = items[items.length - 1]?.index ?? 0;
      setRange((old) => (old.first === first && old.last === last ? old : { first, last }));
    },
  });
  const virtualItems = virtualizer.getVirtualItems();

  const { total } = pages;
  useEffect(() => onTotal(total), [total, onTotal]);

  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // A new filter or sort starts at the top.
  const { filter, sort, columns: shown } = definition;
  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filter, sort]);

  // After a keyboard move, focus the row once the virtualizer has rendered it.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    if (element) {
      if (document.activeElement !== element) element.focus({ preventScroll: true });
      // Rows are measured once their page has loaded and can differ from the estimate the
      // scroll used, and the columns widen to new content (rows then change height): keep the
      // row in view until the person scrolls the list themselves.
      element.scrollIntoView({ block: 'nearest' });
    }
  });

  const data: CaseloadItem[] = virtualItems.map((item) => ({
    index: item.index,
    row: pages.rowAt(item.index),
  }));
  const columnDefs = useMemo(
    () => caseloadColumns(available, t, markOffCaseload, density),
    [available, t, markOffCaseload, density],
  );
  // The rows in the page, once loaded: when they change, the columns are measured again.
  const loadedRows = data.map((item) => item.row?.id ?? '').join();
  const shownDefs = useMemo(
    () => columnDefs.filter((column) => shown.includes(column.id as CaseloadColumn)),
    [columnDefs, shown],
  );
  const columnSizing = useContentWidths(
    tableRef,
    scrollRef,
    shownDefs,
    [shown.join(), density, i18n.language].join('|'),
    loadedRows,
  );
  const sorting: SortingState = [{ id: sort.column, desc: sort.direction === 'desc' }];
  const table = useReactTable({
    data,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (item) => String(item.index),
    manualSorting: true,
    // The rows are a moving window over main's pages: nothing may reset state when they change.
    autoResetAll: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: {
      sorting,
      columnOrder: [...shown, ...available.filter((column) => !shown.includes(column))],
      columnVisibility: Object.fromEntries(available.map((column) => [column, shown.includes(column)])),
      columnSizing,
    },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && isSortable(first.id)) {
        onSortChange({ column: first.id, direction: first.desc ? 'desc' : 'asc' });
      }
    },
  });
  const visibleColumns = table.getVisibleLeafColumns();

  // The person scrolls or points: the row moved to by keyboard no longer holds the view.
  const letGo = () => {
    pendingFocus.current = null;
  };

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const pageRows = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_ESTIMATE[density]) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    if (event.key === 'Enter') {
      const row = pages.rowAt(active);
      if (row) {
        event.preventDefault();
        onOpen(row);
      }
    }
  };

  const visibleIndexes = virtualItems.map((item) => item.index);
  const tabbable = visibleIndexes.includes(active) ? active : (visibleIndexes[0] ?? -1);
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]?.end ?? 0);
  const minWidth = visibleColumns.reduce((sum, column) => sum + column.getSize(), 0);

  return (
    <div
      className="caseload-scroll"
      ref={scrollRef}
      onWheel={letGo}
      onPointerDown={letGo}
      onTouchStart={letGo}
    >
      <table
        ref={tableRef}
        role="grid"
        className={`caseload-table caseload-${density}`}
        aria-label={t('clients.caseload.tableLabel')}
        aria-rowcount={count + 1}
        aria-colcount={visibleColumns.length}
        aria-busy={pages.isLoading || undefined}
        style={{ minWidth }}
      >
        <colgroup>
          {visibleColumns.map((column) => (
            <col key={column.id} style={{ width: column.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sortable = isSortable(header.column.id);
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sortable ? ariaSort : undefined}
                    data-column={header.column.id}
                    className={header.column.id === 'name' ? 'cell-pinned' : undefined}
                  >
                    <div className="cell-box">
                      {sortable ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => table.setSorting([{ id: header.column.id, desc: sorted === 'asc' }])}
                        >
                          {label}
                          <span aria-hidden="true" className="sort-arrow">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        label
                      )}
                    </div>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer-row" style={{ height: paddingTop }}>
              <td colSpan={visibleColumns.length} />
            </tr>
          ) : null}
          {table.getRowModel().rows.map((row) => {
            const { index, row: client } = row.original;
            return (
              <tr
                key={index}
                data-index={index}
                ref={virtualizer.measureElement}
                aria-rowindex={index + 2}
                data-loading={client ? undefined : true}
                tabIndex={index === tabbable ? 0 : -1}
                className={client && markOffCaseload && !client.onCaseload ? 'row-off-caseload' : undefined}
                onFocus={() => setActive(index)}
                onClick={() => (client ? onOpen(client) : undefined)}
              >
                {client ? (
                  row.getVisibleCells().map((cell) =>
                    cell.column.id === 'name' ? (
                      <th
                        key={cell.id}
                        scope="row"
                        className="cell-name-header cell-pinned"
                        data-column="name"
                      >
                        <div className="cell-box">
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </div>
                      </th>
                    ) : (
                      <td key={cell.id} data-column={cell.column.id}>
                        <div className="cell-box">
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </div>
                      </td>
                    ),
                  )
                ) : (
                  <td colSpan={visibleColumns.length} className="cell-loading">
                    {t('app.loading')}
                  </td>
                )}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row" style={{ height: paddingBottom }}>
              <td colSpan={visibleColumns.length} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {pages.total === 0 ? <div className="caseload-empty">{empty}</div> : null}
    </div>
  );
}
