import type { ColumnDef, ColumnSizingState } from '@tanstack/react-table';
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';

/** A column's content, measured in pixels with its cell padding. */
interface Natural {
  /** The widest cell on one line. */
  cell: number;
  /** The header wrapped at every space (its longest word), and on one line. */
  headerMin: number;
  headerMax: number;
}

type Sized = Pick<ColumnDef<unknown>, 'id' | 'size' | 'minSize' | 'maxSize'>;

/**
 * Columns sized to their content, for @tanstack/react-table's column sizing state. Each column
 * is as wide as its widest cell among the rows in the page (between its minSize and maxSize;
 * past maxSize the content wraps) and at least its header's longest word. Room left in the
 * scroller goes first to headers that would otherwise wrap; the table then shares out the rest.
 *
 * Measured widths only grow while the same columns are shown in the same density and language
 * (`resetKey`), so scrolling never makes the table jump back and forth; `contentKey` says when
 * new rows have arrived to be measured. Measuring takes two synchronous layouts with
 * `.caseload-measuring` (see caseload.css), before the browser paints, so nothing flickers.
 */
export function useContentWidths(
  table: RefObject<HTMLTableElement | null>,
  scroller: RefObject<HTMLElement | null>,
  columns: readonly Sized[],
  resetKey: string,
  contentKey: string,
): ColumnSizingState {
  const [measured, setMeasured] = useState<{ key: string; natural: Map<string, Natural> }>({
    key: resetKey,
    natural: new Map(),
  });
  const [room, setRoom] = useState(0);
  const natural = measured.key === resetKey ? measured.natural : NOTHING_MEASURED;

  useLayoutEffect(() => {
    const element = table.current;
    if (!element) return;
    const next = new Map(natural);
    let grew = false;
    for (const [id, width] of measure(element)) {
      const before = next.get(id);
      const wider = before
        ? {
            cell: Math.max(before.cell, width.cell),
            headerMin: Math.max(before.headerMin, width.headerMin),
            headerMax: Math.max(before.headerMax, width.headerMax),
          }
        : width;
      if (!before || wider.cell > before.cell || wider.headerMax > before.headerMax) grew = true;
      next.set(id, wider);
    }
    // Measuring the DOM before paint and rendering again with the result is what a layout effect
    // is for (React's own tooltip example does it); it settles at once, as widths only grow.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (grew || measured.key !== resetKey) setMeasured({ key: resetKey, natural: next });
    // Measured again only when the rows or the reset key change (not on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey, contentKey]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // The observer also reports the first size, as soon as it starts observing.
    const observer = new ResizeObserver(() => setRoom(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  return useMemo(() => fitWidths(columns, natural, room), [columns, natural, room]);
}

const NOTHING_MEASURED = new Map<string, Natural>();

/** Each column's width from its content; spare room widens headers that would wrap, in order. */
export function fitWidths(
  columns: readonly Sized[],
  natural: ReadonlyMap<string, Natural>,
  room: number,
): ColumnSizingState {
  const sizes: ColumnSizingState = {};
  const wanted: { id: string; more: number }[] = [];
  let used = 0;
  for (const { id, size, minSize = 0, maxSize = Infinity } of columns) {
    if (id === undefined) continue;
    const width = natural.get(id);
    const clamp = (value: number) => Math.min(maxSize, Math.max(minSize, Math.ceil(value)));
    const base = width ? clamp(Math.max(width.cell, width.headerMin)) : clamp(size ?? minSize);
    sizes[id] = base;
    used += base;
    if (width) wanted.push({ id, more: clamp(Math.max(width.cell, width.headerMax)) - base });
  }
  let spare = room - used;
  for (const { id, more } of wanted) {
    const given = Math.max(0, Math.min(spare, more));
    sizes[id] = (sizes[id] ?? 0) + given;
    spare -= given;
  }
  return sizes;
}

/** Every column's content widths, by the cells' `data-column` (headers and the rows in the page). */
function measure(table: HTMLTableElement): Map<string, Natural> {
  const widths = new Map<string, Natural>();
  const padding = new Map<string, number>();
  const read = (cells: NodeListOf<HTMLElement>, field: keyof Natural) => {
    for (const box of cells) {
      const cell = box.parentElement as HTMLElement;
      const id = cell.dataset.column as string;
      if (!padding.has(id)) {
        const style = getComputedStyle(cell);
        padding.set(id, parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 1);
      }
      const width = box.getBoundingClientRect().width + (padding.get(id) ?? 0);
      const entry = widths.get(id) ?? { cell: 0, headerMin: 0, headerMax: 0 };
      entry[field] = Math.max(entry[field], width);
      widths.set(id, entry);
    }
  };
  table.classList.add('caseload-measuring');
  try {
    read(table.querySelectorAll<HTMLElement>('tbody [data-column] > .cell-box'), 'cell');
    read(table.querySelectorAll<HTMLElement>('thead [data-column] > .cell-box'), 'headerMin');
    table.classList.add('caseload-measuring-headers');
    read(table.querySelectorAll<HTMLElement>('thead [data-column] > .cell-box'), 'headerMax');
  } finally {
    table.classList.remove('caseload-measuring', 'caseload-measuring-headers');
  }
  return widths;
}
