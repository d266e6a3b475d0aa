import type { TimelineKind } from '../../shared/contracts/timeline';
import type { Db } from '../db/open';

/**
 * The SQL of the client's timeline: one UNION ALL over every feature's own tables, each branch a
 * small SELECT that starts from an index led by `client_id` (so its cost is the client's rows,
 * never the table's), the outer query ordering by (at, id) and cutting one keyset page.
 *
 * Why no new index is needed (migration 0020 is not written), branch by branch — the plans are
 * checked in tests/integration/timeline/query-plan.test.ts:
 * - signatures (assessment, care_plan, progress_note): signed_records_by_client(client_id, kind, id)
 *   → record_versions' UNIQUE (record_id, version_no) → record_signatures_one_per_role_version;
 * - addenda: signed_records_by_client → record_addenda_by_record → record_signatures_one_per_role_addendum;
 * - note returns: signed_records_by_client → progress_note_returns_by_record → record_versions' key;
 * - measures: measure_results_trend(client_id, …); alerts: measure_alerts_by_client(client_id, …),
 *   acknowledgements by their primary key alert_id;
 * - risk: client_risk_levels_by_client(client_id, set_at); history: client_history_by_client(client_id, at);
 * - discharges: discharges_by_client(client_id, …); re-enrollments: client_reenrollments_by_client;
 * - documents: client_documents_by_client(client_id, created_at), the first issue by
 *   client_document_issues_by_document(document_id, at);
 * - "entered in error": record_status_events_by_record(record_id, …) and measure_result_events'
 *   UNIQUE (result_id, status), one probe per row.
 * The sort then handles only this client's items (thousands at most), in memory.
 *
 * A note's `at` is its contact's date and start time, written in the workstation's local clock:
 * SQLite's 'utc' modifier turns that into the same ISO-8601 UTC form as every other column.
 */

/** Every branch yields these columns, in this order. */
export interface TimelineRow {
  id: string;
  kind: TimelineKind;
  event: string;
  at: string;
  author_id: string | null;
  author_name: string | null;
  part2: number;
  in_error: number;
  /** The record the item opens (signed record, measure result, assessment, history entity). */
  ref_id: string | null;
  /** The signed record's kind, for an addendum (which screen opens it). */
  record_kind: string | null;
  /** Raw values for the sentence; what each means depends on `event` (see items.ts). */
  a: string | null;
  b: string | number | null;
  c: string | null;
  /**
   * A note's (or a note addendum's) signed version, whose content is read for the page only;
   * a measure's instrument version. For notes, `part2` here is only set when withholding.
   */
  version_id: string | null;
  /** Short free text of the source row (a risk change's reason, an acknowledgement's note). */
  text: string | null;
}

const FAMILY = 'SELECT value FROM json_each(@ids)';
const RECORD_IN_ERROR = `EXISTS (SELECT 1 FROM record_status_events e
  WHERE e.record_id = r.id AND e.status = 'entered_in_error')`;
const RESULT_IN_ERROR = `EXISTS (SELECT 1 FROM measure_result_events e
  WHERE e.result_id = m.id AND e.status = 'entered_in_error')`;
const PART2_INSTRUMENT = (column: string) => `${column} IN (SELECT value FROM json_each(@part2Instruments))`;
const NOTE_PART2 = `(@clientPart2 = 1 OR json_extract(v.content, '$.part2') = 1)`;
/** The contact's instant; a note without a start time is placed at noon of its day. */
const CONTACT_AT = `strftime('%Y-%m-%dT%H:%M:%fZ',
  json_extract(v.content, '$.contactDate') || ' ' || coalesce(json_extract(v.content, '$.startTime'), '12:00'), 'utc')`;

/**
 * An attachment is Part 2 when it is clinical (not an ID or insurance card) and linked to a
 * Part 2 note or in a Part 2 client's file (src/main/attachments/access.ts says why).
 */
const ATTACHMENT_PART2 = `(x.kind NOT IN ('id_card', 'insurance_card') AND (@clientPart2 = 1
  OR EXISTS (SELECT 1 FROM progress_notes n WHERE n.record_id = x.linked_record_id AND n.part2 = 1)))`;

const SIGNATURES = `FROM signed_records r
  JOIN record_versions v ON v.record_id = r.id
  JOIN record_signatures s ON s.version_id = v.id`;

/** A supervisor's returns of a note, with the version returned. */
const RETURNS = `FROM signed_records r
  JOIN progress_note_returns ret ON ret.record_id = r.id
  JOIN record_versions v ON v.id = ret.version_id`;

const BRANCHES: Record<TimelineKind, string> = {
  assessment: `SELECT 's:' || s.id AS id, 'assessment' AS kind, 'assessment_signed' AS event, s.signed_at AS at,
      s.account_id AS author_id, s.account_name AS author_name, 0 AS part2, ${RECORD_IN_ERROR} AS in_error,
      r.id AS ref_id, r.kind AS record_kind, a.type AS a, v.version_no AS b, a.risk_level AS c,
      NULL AS version_id, NULL AS text
    ${SIGNATURES} LEFT JOIN assessments a ON a.record_id = r.id
    WHERE r.client_id IN (${FAMILY}) AND r.kind = 'assessment'`,
  care_plan: `SELECT 's:' || s.id, 'care_plan',
      CASE s.role WHEN 'worker' THEN 'plan_signed' WHEN 'supervisor' THEN 'plan_approved' ELSE 'plan_agreed' END,
      s.signed_at, s.account_id, s.account_name, 0, ${RECORD_IN_ERROR},
      r.id, r.kind, s.signer_name, v.version_no, NULL, NULL, NULL
    ${SIGNATURES}
    WHERE r.client_id IN (${FAMILY}) AND r.kind = 'care_plan'`,
  // Only what the order needs is read from the content here (its contact date and time); the
  // page's own rows get the rest (type, format, Part 2 mark, first words) from readVersionContents.
  // The writer's first signature stands at the contact's time; a version signed again after a
  // supervisor's return stands when it was signed, after the return, so the story reads in order
  // (signed v1, returned, signed v2). A return shows its version, never its comment (clinical text).
  note: `SELECT 's:' || s.id, 'note', CASE s.role WHEN 'worker' THEN 'note_signed' ELSE 'note_cosigned' END,
      CASE WHEN s.role = 'worker' AND v.version_no = 1 THEN coalesce(${CONTACT_AT}, s.signed_at) ELSE s.signed_at END,
      s.account_id, s.account_name, CASE WHEN @withhold = 1 THEN ${NOTE_PART2} ELSE 0 END, ${RECORD_IN_ERROR},
      r.id, r.kind, NULL, v.version_no, NULL, v.id, NULL
    ${SIGNATURES}
    WHERE r.client_id IN (${FAMILY}) AND r.kind = 'progress_note'
    UNION ALL
    SELECT 'nr:' || ret.id, 'note', 'note_returned', ret.returned_at, ret.returned_by, ret.returned_by_name,
      CASE WHEN @withhold = 1 THEN ${NOTE_PART2} ELSE 0 END, ${RECORD_IN_ERROR},
      r.id, r.kind, NULL, v.version_no, NULL, v.id, NULL
    ${RETURNS}
    WHERE r.client_id IN (${FAMILY}) AND r.kind = 'progress_note'`,
  addendum: `SELECT 'a:' || d.id, 'addendum', 'addendum_signed', s.signed_at, s.account_id, s.account_name,
      CASE WHEN @withhold = 1 AND r.kind = 'progress_note' THEN ${NOTE_PART2} ELSE 0 END, ${RECORD_IN_ERROR},
      r.id, r.kind, NULL, NULL, NULL, CASE WHEN r.kind = 'progress_note' THEN v.id END, NULL
    FROM signed_records r
      JOIN record_addenda d ON d.record_id = r.id
      JOIN record_signatures s ON s.addendum_id = d.id
      JOIN record_versions v ON v.id = d.version_id
    WHERE r.client_id IN (${FAMILY}) AND r.kind IN ('assessment', 'care_plan', 'progress_note')`,
  measure: `SELECT 'm:' || m.id, 'measure', 'measure_given', m.administered_at, m.entered_by, m.entered_by_name,
      ${PART2_INSTRUMENT('m.instrument_id')}, ${RESULT_IN_ERROR},
      m.id, NULL, m.instrument_id, m.total, m.band_id, m.instrument_version, NULL
    FROM measure_results m
    WHERE m.client_id IN (${FAMILY})`,
  alert: `SELECT 'al:' || al.id, 'alert', 'alert_raised', al.raised_at, m.entered_by, m.entered_by_name,
      ${PART2_INSTRUMENT('al.instrument_id')}, ${RESULT_IN_ERROR},
      m.id, NULL, al.instrument_id, NULL, al.item_id, NULL, NULL
    FROM measure_alerts al JOIN measure_results m ON m.id = al.result_id
    WHERE al.client_id IN (${FAMILY})
    UNION ALL
    SELECT 'ak:' || al.id, 'alert', 'alert_acknowledged', k.acknowledged_at, k.acknowledged_by,
      k.acknowledged_by_name, ${PART2_INSTRUMENT('al.instrument_id')}, 0,
      al.result_id, NULL, al.instrument_id, NULL, al.item_id, NULL, k.note
    FROM measure_alerts al JOIN measure_alert_acks k ON k.alert_id = al.id
    WHERE al.client_id IN (${FAMILY})`,
  risk: `SELECT 'r:' || l.id, 'risk', 'risk_changed', l.set_at, l.set_by, l.set_by_name, 0, 0,
      l.assessment_id, NULL, l.level, NULL, l.source, NULL, l.reason
    FROM client_risk_levels l
    WHERE l.client_id IN (${FAMILY})`,
  // A signed discharge (program, date, reason from its row, never its text) and each
  // re-enrollment, which opens the discharge it followed. Part 2 like a note: the discharge's own
  // mark, or a Part 2 client.
  discharge: `SELECT 'dc:' || d.record_id, 'discharge', 'client_discharged', d.signed_at, d.author_id, d.author_name,
      CASE WHEN @withhold = 1 THEN (d.part2 = 1 OR @clientPart2 = 1) ELSE 0 END,
      EXISTS (SELECT 1 FROM record_status_events e WHERE e.record_id = d.record_id AND e.status = 'entered_in_error'),
      d.record_id, 'discharge', d.program, d.discharge_date, d.reason, NULL, NULL
    FROM discharges d
    WHERE d.client_id IN (${FAMILY}) AND d.state = 'signed'
    UNION ALL
    SELECT 're:' || re.id, 'discharge', 'client_reenrolled', re.at, re.by_account, re.by_name,
      CASE WHEN @withhold = 1 THEN @clientPart2 ELSE 0 END, 0,
      re.previous_discharge_id, NULL, re.program, re.start_date, NULL, NULL, NULL
    FROM client_reenrollments re
    WHERE re.client_id IN (${FAMILY})`,
  // A document made from the file (issue 11): one item when it was first given out — saved,
  // printed or kept (c) — titled as it was (a); later issues are on the Documents tab.
  document: `SELECT 'd:' || d.id, 'document', 'document_issued', d.created_at, d.created_by, d.created_by_name,
      d.part2, 0, d.id, NULL, d.title, coalesce(d.definition_id, d.source),
      (SELECT i.how FROM client_document_issues i WHERE i.document_id = d.id ORDER BY i.at, i.id LIMIT 1),
      NULL, NULL
    FROM client_documents d
    WHERE d.client_id IN (${FAMILY})`,
  // One item per change (the rows of one save share entity, entity id and instant).
  care_team: historyBranch('care_team', 'contact', 'care_team_changed'),
  diagnosis: historyBranch('diagnosis', 'diagnosis', 'diagnosis_changed'),
  // Added, and (for a removed one) removed with its reason: the title and kind, never the bytes.
  attachment: `SELECT 'at:' || x.id, 'attachment', 'attachment_added', x.added_at, x.added_by, x.added_by_name,
      ${ATTACHMENT_PART2}, 0, x.id, NULL, x.title, NULL, x.kind, NULL, NULL
    FROM attachments x
    WHERE x.client_id IN (${FAMILY})
    UNION ALL
    SELECT 'ar:' || x.id, 'attachment', 'attachment_removed', x.removed_at, x.removed_by, x.removed_by_name,
      ${ATTACHMENT_PART2}, 0, x.id, NULL, x.title, NULL, x.kind, NULL, x.removed_reason
    FROM attachments x
    WHERE x.client_id IN (${FAMILY}) AND x.removed_at IS NOT NULL`,
};

function historyBranch(kind: TimelineKind, entity: string, event: string): string {
  return `SELECT 'h:' || min(h.id), '${kind}', '${event}', h.at, h.actor_id, max(h.actor_name), 0, 0,
      h.entity_id, NULL, max(h.entity_label),
      CASE WHEN max(h.field IN ('removed', 'entered_in_error')) = 1 THEN 'removed'
           WHEN max(h.old_value IS NOT NULL) = 1 THEN 'updated' ELSE 'added' END,
      NULL, NULL, NULL
    FROM client_history h
    WHERE h.client_id IN (${FAMILY}) AND h.entity = '${entity}'
    GROUP BY h.entity_id, h.at, h.actor_id`;
}

export interface TimelineQuery {
  /** The kept client and its merged duplicates (`clientIdsJson`). */
  ids: string;
  kinds: readonly TimelineKind[];
  /** Instrument ids whose results are Part 2 (JSON array). */
  part2Instruments: string;
  /** The client (or a merged duplicate) is flagged Part 2: every note is. */
  clientPart2: boolean;
  /** Leave Part 2 items out (the viewer may not read them). */
  withholdPart2: boolean;
  authorId: string | null;
  /** Instants, inclusive from, exclusive to. */
  fromAt: string | null;
  toAt: string | null;
  after: { at: string; id: string } | null;
  limit: number;
}

const COLUMNS =
  'id, kind, event, at, author_id, author_name, part2, in_error, ref_id, record_kind, a, b, c, version_id, text';
/** The branches as one named table `t`: the column list names them whichever branch comes first. */
const union = (kinds: readonly TimelineKind[]) =>
  `WITH t(${COLUMNS}) AS (${kinds.map((kind) => BRANCHES[kind]).join('\nUNION ALL\n')})`;

const params = (query: TimelineQuery) => ({
  ids: query.ids,
  part2Instruments: query.part2Instruments,
  clientPart2: query.clientPart2 ? 1 : 0,
  withhold: query.withholdPart2 ? 1 : 0,
});

/** The SQL of one page (exported for the query-plan test). */
export function pageSql(kinds: readonly TimelineKind[]): string {
  return `${union(kinds)} SELECT * FROM t
    WHERE (@withhold = 0 OR t.part2 = 0)
      AND (@authorId IS NULL OR t.author_id = @authorId)
      AND (@fromAt IS NULL OR t.at >= @fromAt) AND (@toAt IS NULL OR t.at < @toAt)
      AND (@afterAt IS NULL OR t.at < @afterAt OR (t.at = @afterAt AND t.id < @afterId))
    ORDER BY t.at DESC, t.id DESC
    LIMIT @limit`;
}

/** One page, newest first: `limit` rows after the cursor (the caller asks one more than it shows). */
export function readTimelinePage(db: Db, query: TimelineQuery): TimelineRow[] {
  if (query.kinds.length === 0) return [];
  return db.prepare(pageSql(query.kinds)).all({
    ...params(query),
    authorId: query.authorId,
    fromAt: query.fromAt,
    toAt: query.toAt,
    afterAt: query.after?.at ?? null,
    afterId: query.after?.id ?? null,
    limit: query.limit,
  }) as TimelineRow[];
}

/**
 * Everyone who appears in the client's timeline (what the viewer may see of it), by name: the
 * same sources as the page, reading only who wrote each row (no content unless withholding).
 */
const AUTHORS_SQL = `SELECT author_id AS id, max(author_name) AS name FROM (
    SELECT s.account_id AS author_id, s.account_name AS author_name ${SIGNATURES}
    WHERE r.client_id IN (${FAMILY}) AND r.kind IN ('assessment', 'care_plan', 'progress_note')
      AND (@withhold = 0 OR r.kind <> 'progress_note' OR NOT ${NOTE_PART2})
    UNION ALL
    SELECT s.account_id, s.account_name FROM signed_records r
      JOIN record_addenda d ON d.record_id = r.id
      JOIN record_signatures s ON s.addendum_id = d.id
      JOIN record_versions v ON v.id = d.version_id
    WHERE r.client_id IN (${FAMILY}) AND r.kind IN ('assessment', 'care_plan', 'progress_note')
      AND (@withhold = 0 OR r.kind <> 'progress_note' OR NOT ${NOTE_PART2})
    UNION ALL
    SELECT ret.returned_by, ret.returned_by_name ${RETURNS}
    WHERE r.client_id IN (${FAMILY}) AND r.kind = 'progress_note' AND (@withhold = 0 OR NOT ${NOTE_PART2})
    UNION ALL
    SELECT m.entered_by, m.entered_by_name FROM measure_results m
    WHERE m.client_id IN (${FAMILY}) AND (@withhold = 0 OR NOT ${PART2_INSTRUMENT('m.instrument_id')})
    UNION ALL
    SELECT k.acknowledged_by, k.acknowledged_by_name FROM measure_alerts al JOIN measure_alert_acks k ON k.alert_id = al.id
    WHERE al.client_id IN (${FAMILY}) AND (@withhold = 0 OR NOT ${PART2_INSTRUMENT('al.instrument_id')})
    UNION ALL
    SELECT l.set_by, l.set_by_name FROM client_risk_levels l WHERE l.client_id IN (${FAMILY})
    UNION ALL
    SELECT d.author_id, d.author_name FROM discharges d
    WHERE d.client_id IN (${FAMILY}) AND d.state = 'signed'
      AND (@withhold = 0 OR (d.part2 = 0 AND @clientPart2 = 0))
    UNION ALL
    SELECT re.by_account, re.by_name FROM client_reenrollments re
    WHERE re.client_id IN (${FAMILY}) AND (@withhold = 0 OR @clientPart2 = 0)    UNION ALL
    SELECT h.actor_id, h.actor_name FROM client_history h
    WHERE h.client_id IN (${FAMILY}) AND h.entity IN ('contact', 'diagnosis')
    UNION ALL
    SELECT d.created_by, d.created_by_name FROM client_documents d
    WHERE d.client_id IN (${FAMILY}) AND (@withhold = 0 OR d.part2 = 0)
    UNION ALL
    SELECT x.added_by, x.added_by_name FROM attachments x
    WHERE x.client_id IN (${FAMILY}) AND (@withhold = 0 OR NOT ${ATTACHMENT_PART2})
    UNION ALL
    SELECT x.removed_by, x.removed_by_name FROM attachments x
    WHERE x.client_id IN (${FAMILY}) AND x.removed_at IS NOT NULL AND (@withhold = 0 OR NOT ${ATTACHMENT_PART2})
  ) WHERE author_id IS NOT NULL
  GROUP BY author_id ORDER BY name, id`;

export function readTimelineAuthors(
  db: Db,
  query: Pick<TimelineQuery, 'ids' | 'part2Instruments' | 'clientPart2' | 'withholdPart2'>,
): { id: string; name: string }[] {
  return db.prepare(AUTHORS_SQL).all(params(query as TimelineQuery)) as { id: string; name: string }[];
}

/** The signed content of these note versions (only the page's), by version id. */
export function readVersionContents(db: Db, versionIds: readonly string[]): Map<string, string> {
  if (versionIds.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT id, content FROM record_versions WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(versionIds)) as { id: string; content: string }[];
  return new Map(rows.map((row) => [row.id, row.content]));
}

/** Whether the client or any record merged into it is flagged Part 2. */
export const anyPart2Flag = (db: Db, ids: string): boolean =>
  db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM clients WHERE id IN (SELECT value FROM json_each(?)) AND flag_part2_protected = 1)`,
    )
    .pluck()
    .get(ids) === 1;
