import type { z } from 'zod';
import type { caseloadQuerySchema, SavedView } from '../../shared/contracts/caseload';
import { savedViewDefinitionSchema } from '../../shared/contracts/caseload';
import { CLIENT_FLAG_KINDS, DEFAULT_PROGRAMS } from '../../shared/domain/clients';
import { activeCaseWorkers } from '../accounts/repository';
import { auditClientRead } from '../access/read-audit';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import type { ViewRow } from './repository';
import {
  deleteViewRow,
  insertViewRow,
  listCaseload,
  listViewRows,
  quickSearch,
  updateViewRow,
  usedPrograms,
  viewNameTaken,
  viewRow,
} from './repository';

/**
 * A page of the caseload. The audit entry names the filter and the ids shown, not the rows'
 * content; filters on clinical fields are named by kind only, so the audit trail (an
 * administrator's screen) cannot say which of the listed clients matched a risk or a flag.
 */
export function list(ctx: RequestContext, query: z.output<typeof caseloadQuerySchema>) {
  const { db, policy } = ctx;
  const page = listCaseload(db, query, policy);
  auditClientRead(db, policy, 'clients.listed', {
    details: { filter: describeFilter(query), offset: query.offset, total: page.total },
    ids: page.rows.map((row) => row.id),
  });
  return page;
}

/** Quick search as you type; each search is audited with the text typed and the ids found. */
export function search(ctx: RequestContext, input: { query: string; limit: number }) {
  const { db, policy } = ctx;
  const rows = quickSearch(db, input.query, input.limit, policy);
  auditClientRead(db, policy, 'clients.searched', {
    details: { query: input.query },
    ids: rows.map((row) => row.id),
  });
  return rows;
}

/** A short, stable description of a caseload query for the audit trail. */
function describeFilter(query: z.output<typeof caseloadQuerySchema>): string {
  const { filter } = query;
  const parts: string[] = [];
  if (filter.mine) parts.push('mine');
  if (filter.team) parts.push('team');
  if (filter.caseManagerId) parts.push(`caseManager=${filter.caseManagerId}`);
  if (filter.statuses.length) parts.push(`status=${filter.statuses.join('|')}`);
  if (filter.noContactSince) parts.push(`noContactSince=${filter.noContactSince}`);
  // Contact flags ("household not aware") are named; clinical and Part 2 ones only counted.
  const namedFlags = filter.flags.filter((flag) => CLIENT_FLAG_KINDS[flag] === 'contact');
  parts.push(...namedFlags);
  const clinical =
    Number(Boolean(filter.program)) +
    filter.riskLevels.length +
    filter.flags.length -
    namedFlags.length +
    (filter.attention ?? []).length;
  if (clinical > 0) parts.push('clinicalFilter');
  parts.push(`sort=${query.sort.column === 'riskLevel' ? 'clinical' : query.sort.column}`);
  return parts.join(' ');
}

/**
 * A view saved before a filter or column existed is read through today's schema, so it gains the
 * new defaults (no attention filter). Stored views were checked when saved and the schema only
 * grows; should one still not fit, it is shown as stored rather than lost.
 */
function toView(row: ViewRow): SavedView {
  const stored: unknown = JSON.parse(row.definition);
  const parsed = savedViewDefinitionSchema.safeParse(stored);
  return {
    id: row.id,
    name: row.name,
    definition: parsed.success ? parsed.data : (stored as SavedView['definition']),
    updatedAt: row.updated_at,
  };
}

/** Saved views belong to the person who made them. */
export function views(ctx: RequestContext): SavedView[] {
  return listViewRows(ctx.db, ctx.actor.id).map(toView);
}

export function saveView(
  ctx: RequestContext,
  input: { id?: string; name: string; definition: z.output<typeof savedViewDefinitionSchema> },
): SavedView {
  const { db, actor } = ctx;
  if (viewNameTaken(db, actor.id, input.name, input.id ?? null))
    throw new DomainError(
      'conflict',
      'You already have a view with this name.',
      { name: 'validation.view_name_taken' },
      { messageKey: 'errors.view_name_taken' },
    );
  const view = {
    id: input.id ?? newId(),
    accountId: actor.id,
    name: input.name,
    definition: JSON.stringify(input.definition),
    at: ctx.now.toISOString(),
  };
  if (input.id) {
    if (!updateViewRow(db, view)) throw notFound('view');
  } else {
    insertViewRow(db, view);
  }
  return toView(viewRow(db, view.id));
}

export function deleteView(ctx: RequestContext, id: string): null {
  if (!deleteViewRow(ctx.db, id, ctx.actor.id)) throw notFound('view');
  return null;
}

export const staff = (ctx: RequestContext) => activeCaseWorkers(ctx.db);

/**
 * The clinic's programs: the standard list plus any name already used on a client. (No setting
 * overrides the standard list: nothing ever wrote one, so it is not read either.)
 */
export function programs(ctx: RequestContext): string[] {
  return [...new Set([...DEFAULT_PROGRAMS, ...usedPrograms(ctx.db)])].sort((a, b) => a.localeCompare(b));
}
