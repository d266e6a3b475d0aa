import type { z } from 'zod';
import type { NoteSearchHit, noteSearchInputSchema } from '../../shared/contracts/progress-notes';
import { auditClientRead } from '../access/read-audit';
import { clientIdsJson, findClientRow, keptClientId } from '../clients/repository';
import { DomainError, forbidden, notFound } from '../errors';
import type { RequestContext } from '../request/context';
import { MAX_TERMS, ftsQuery, searchTerms } from './query';
import type { NoteSearchRow } from './repository';
import { searchNoteIndex } from './repository';
import { snippetParts } from './snippets';

type SearchInput = z.output<typeof noteSearchInputSchema>;

/**
 * Full-text search in signed progress notes and their addenda, under the access policy:
 * - one client's notes need `clinical` `search` on that client (the policy's own refusal);
 * - across clients, only the clients whose clinical record this viewer may search (a case
 *   manager: own caseload, team, live break-the-glass grants; a supervisor: all). Roles that
 *   never see clinical content (front desk, administrator, reporting) are refused;
 * - Part 2 notes (the writer marked them, or the client is flagged) only where `part2` `search`
 *   is allowed; elsewhere they are left out as if they did not exist.
 *
 * Audited as `notes.searched` like the caseload's search, with the clients shown — but never
 * the words searched for: unlike a name typed in the caseload, a note search holds clinical
 * words ("relapse", "overdose", a medication) that, beside the client ids shown, would tell the
 * audit trail's readers (administrators, who may not see clinical content) what is in those
 * clients' notes. The entry says how many words, which filters, and which clients and notes.
 */
export function searchNotes(
  ctx: RequestContext,
  input: SearchInput,
): { hits: NoteSearchHit[]; more: boolean } {
  const { db, policy } = ctx;
  const match = ftsQuery(input.query);
  if (match === null)
    throw new DomainError(
      'invalid_input',
      'Type a word to search for: letters or digits.',
      { query: 'validation.search_no_words' },
      { messageKey: 'errors.invalid_input' },
    );
  if (input.from && input.to && input.from > input.to)
    throw new DomainError(
      'invalid_input',
      'The start of the date range is after its end.',
      { to: 'validation.date_range' },
      { messageKey: 'errors.invalid_input' },
    );
  const clientId = input.clientId === undefined ? null : keptClientId(db, input.clientId);
  if (clientId !== null) {
    if (!findClientRow(db, clientId)) throw notFound('client');
    policy.require(clientId, 'clinical', 'search');
  }
  const clinical = policy.listScope('clinical', 'search');
  if (clinical.kind === 'none')
    throw forbidden('errors.note_search_forbidden', 'Your role does not allow searching progress notes.');
  const part2 =
    clientId === null
      ? policy.listScope('part2', 'search')
      : ({ kind: policy.may(clientId, 'part2', 'search') ? 'all' : 'none' } as const);
  const rows = searchNoteIndex(db, {
    match,
    clientIdsJson: clientId === null ? null : clientIdsJson(db, clientId),
    from: input.from ?? null,
    to: input.to ?? null,
    authorId: input.authorId ?? null,
    clinical: clientId === null ? clinical : { kind: 'all' },
    part2,
    limit: input.limit,
    offset: input.offset,
  });
  const hits = rows.slice(0, input.limit).map(toHit);
  auditClientRead(db, policy, 'notes.searched', {
    ...(clientId !== null ? { subject: clientId } : {}),
    details: {
      words: Math.min(searchTerms(input.query).length, MAX_TERMS),
      filter: describeFilter(input),
      offset: input.offset,
      notes: [...new Set(hits.map((hit) => hit.noteId))].join(' '),
    },
    ids: [...new Set(hits.map((hit) => hit.clientId))],
  });
  return { hits, more: rows.length > input.limit };
}

function toHit(row: NoteSearchRow): NoteSearchHit {
  return {
    noteId: row.record_id,
    clientId: row.client_id,
    clientName: `${row.legal_first_name} ${row.legal_last_name}`,
    contactDate: row.contact_date,
    authorName: row.author_name,
    in: row.source,
    snippet: snippetParts(row.marked),
    part2: row.part2 === 1,
    enteredInError: row.in_error === 1,
  };
}

/** Which filters narrowed the search (ids and dates: no content). */
function describeFilter(input: SearchInput): string {
  const parts: string[] = [];
  if (input.clientId) parts.push('client');
  if (input.from) parts.push(`from=${input.from}`);
  if (input.to) parts.push(`to=${input.to}`);
  if (input.authorId) parts.push(`author=${input.authorId}`);
  return parts.join(' ');
}
