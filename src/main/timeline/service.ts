import type { z } from 'zod';
import type { TimelineItem, timelineInputSchema } from '../../shared/contracts/timeline';
import { TIMELINE_KINDS } from '../../shared/contracts/timeline';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson, findClientRow, keptClientId } from '../clients/repository';
import { DomainError, notFound } from '../errors';
import type { ShippedInstruments } from '../measures/catalogue';
import { catalogue, findInstrumentVersion } from '../measures/catalogue';
import type { RequestContext } from '../request/context';
import { decodeCursor, encodeCursor } from './cursor';
import { toItem } from './items';
import {
  anyPart2Flag,
  readTimelineAuthors,
  readTimelinePage,
  readVersionContents,
  type TimelineQuery,
} from './repository';

type TimelineInput = z.output<typeof timelineInputSchema>;

/** A calendar day's start in the workstation's local clock, as an ISO-8601 UTC instant. */
const localMidnight = (date: string, addDays = 0): string => {
  const day = new Date(`${date}T00:00:00`);
  day.setDate(day.getDate() + addDays);
  return day.toISOString();
};

function dateRange(input: TimelineInput): { fromAt: string | null; toAt: string | null } {
  if (input.from && input.to && input.from > input.to)
    throw new DomainError(
      'invalid_input',
      'The end of the date range is before its start.',
      { to: 'validation.date_range' },
      { messageKey: 'errors.timeline_date_range' },
    );
  return {
    fromAt: input.from ? localMidnight(input.from) : null,
    toAt: input.to ? localMidnight(input.to, 1) : null,
  };
}

/** Resolves each instrument (id, version) once per request. */
function instruments(ctx: RequestContext, shipped: ShippedInstruments) {
  const cache = new Map<string, InstrumentDefinition | null>();
  return (id: string, version: string | null): InstrumentDefinition | null => {
    const key = `${id}@${version ?? ''}`;
    if (!cache.has(key)) {
      const found = version
        ? findInstrumentVersion(ctx.db, shipped, id, version)
        : (catalogue(ctx.db, shipped).find((entry) => entry.definition.id === id)?.definition ?? null);
      cache.set(key, found);
    }
    return cache.get(key) ?? null;
  };
}

/**
 * One page of a client's timeline (a kept client's includes its merged duplicates'), with the
 * authors for the filter. Needs `clinical` read; Part 2 items (a Part 2 instrument's results and
 * alerts, a Part 2 note or any note of a Part 2 client) are left out unless `part2` read is
 * allowed too — in SQL, so pages stay full and cursors stay exact. Each page read is audited,
 * with counts only.
 */
export function clientTimeline(ctx: RequestContext, shipped: ShippedInstruments, input: TimelineInput) {
  if (!findClientRow(ctx.db, input.clientId)) throw notFound('client');
  const kept = keptClientId(ctx.db, input.clientId);
  ctx.policy.require(kept, 'clinical', 'read');
  const after = input.cursor ? decodeCursor(kept, input.cursor) : null;
  const ids = clientIdsJson(ctx.db, kept);
  const base = {
    ids,
    kinds: input.kinds?.length ? [...new Set(input.kinds)] : [...TIMELINE_KINDS],
    part2Instruments: JSON.stringify(
      catalogue(ctx.db, shipped)
        .filter((entry) => entry.definition.part2)
        .map((entry) => entry.definition.id),
    ),
    clientPart2: anyPart2Flag(ctx.db, ids),
    withholdPart2: !ctx.policy.may(kept, 'part2', 'read'),
  };
  const query: TimelineQuery = {
    ...base,
    ...dateRange(input),
    authorId: input.authorId ?? null,
    after,
    limit: input.limit + 1,
  };
  const rows = readTimelinePage(ctx.db, query);
  const page = rows.slice(0, input.limit);
  const contents = readVersionContents(
    ctx.db,
    page.filter((row) => row.kind === 'note' && row.version_id).map((row) => row.version_id as string),
  );
  const instrument = instruments(ctx, shipped);
  const items: TimelineItem[] = page.map((row) =>
    toItem(row, { instrument, noteContent: (versionId) => contents.get(versionId) }),
  );
  const last = items.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor(kept, last) : null;
  const authors = readTimelineAuthors(ctx.db, { ...base, kinds: [...TIMELINE_KINDS] });
  auditClientRead(ctx.db, ctx.policy, 'client.timeline_viewed', {
    subject: kept,
    details: { count: items.length, page: after ? 'later' : 'first' },
  });
  return { items, nextCursor, authors };
}
