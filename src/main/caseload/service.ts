import type { z } from 'zod';
import type {
  caseloadQuerySchema,
  SavedView,
  savedViewDefinitionSchema,
} from '../../shared/contracts/caseload';
import { DEFAULT_PROGRAMS } from '../../shared/domain/clients';
import type { Workstation } from '../core/workstation';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { readSetting } from '../settings/repository';
import { listCaseload, quickSearch } from './repository';
import { policyOf } from '../access/policy';
import { auditClientRead } from '../access/read-audit';

/**
 * A page of the caseload. The audit entry names the filter and the ids shown, not the rows'
 * content; filters on clinical fields are named by kind only, so the audit trail (an
 * administrator's screen) cannot say which of the listed clients matched a risk or a flag.
 */
export function list(ws: Workstation, query: z.output<typeof caseloadQuerySchema>) {
  const db = ws.database();
  const policy = policyOf(ws);
  const page = listCaseload(db, query, policy);
  auditClientRead(db, policy, 'clients.listed', {
    details: { filter: describeFilter(query), offset: query.offset, total: page.total },
    ids: page.rows.map((row) => row.id),
  });
  return page;
}

/** Quick search as you type; each search is audited with the text typed and the ids found. */
export function search(ws: Workstation, input: { query: string; limit: number }) {
  const db = ws.database();
  const policy = policyOf(ws);
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
  if (filter.flags.includes('householdUnaware')) parts.push('householdUnaware');
  const clinical =
    Number(Boolean(filter.program)) +
    filter.riskLevels.length +
    filter.flags.filter((flag) => flag !== 'householdUnaware').length;
  if (clinical > 0) parts.push('clinicalFilter');
  parts.push(`sort=${query.sort.column === 'riskLevel' ? 'clinical' : query.sort.column}`);
  return parts.join(' ');
}

interface ViewRow {
  id: string;
  name: string;
  definition: string;
  updated_at: string;
}
const toView = (row: ViewRow): SavedView => ({
  id: row.id,
  name: row.name,
  definition: JSON.parse(row.definition) as SavedView['definition'],
  updatedAt: row.updated_at,
});

/** Saved views belong to the person who made them. */
export function views(ws: Workstation): SavedView[] {
  const { account } = ws.requireSession();
  return (
    ws
      .database()
      .prepare('SELECT * FROM saved_views WHERE account_id = ? ORDER BY name')
      .all(account.id) as ViewRow[]
  ).map(toView);
}

export function saveView(
  ws: Workstation,
  input: { id?: string; name: string; definition: z.output<typeof savedViewDefinitionSchema> },
): SavedView {
  const { account } = ws.requireSession();
  const db = ws.database();
  const at = ws.now().toISOString();
  const clash = db
    .prepare('SELECT id FROM saved_views WHERE account_id = ? AND name = ? AND id IS NOT ?')
    .get(account.id, input.name, input.id ?? null);
  if (clash)
    throw new DomainError('conflict', 'You already have a view with this name.', {
      name: 'validation.view_name_taken',
    });
  if (input.id) {
    const result = db
      .prepare(
        'UPDATE saved_views SET name = ?, definition = ?, updated_at = ? WHERE id = ? AND account_id = ?',
      )
      .run(input.name, JSON.stringify(input.definition), at, input.id, account.id);
    if (result.changes === 0) throw notFound('That view');
    return toView(db.prepare('SELECT * FROM saved_views WHERE id = ?').get(input.id) as ViewRow);
  }
  const id = newId();
  db.prepare(
    'INSERT INTO saved_views (id, account_id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, account.id, input.name, JSON.stringify(input.definition), at, at);
  return toView(db.prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow);
}

export function deleteView(ws: Workstation, id: string): null {
  const { account } = ws.requireSession();
  const result = ws
    .database()
    .prepare('DELETE FROM saved_views WHERE id = ? AND account_id = ?')
    .run(id, account.id);
  if (result.changes === 0) throw notFound('That view');
  return null;
}

export function staff(ws: Workstation) {
  return ws
    .database()
    .prepare(
      `SELECT id, full_name AS fullName, role FROM accounts WHERE status = 'active' AND role IN ('case_manager','supervisor') ORDER BY full_name`,
    )
    .all() as { id: string; fullName: string; role: string }[];
}

/** The clinic's programs: its configured list plus any name already used on a client. */
export function programs(ws: Workstation): string[] {
  const db = ws.database();
  const configured = readSetting<string[]>(db, 'programs') ?? DEFAULT_PROGRAMS;
  const used = db.prepare('SELECT DISTINCT program FROM client_enrollments').pluck().all() as string[];
  return [...new Set([...configured, ...used])].sort((a, b) => a.localeCompare(b));
}
