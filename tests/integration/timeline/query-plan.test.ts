import { describe, expect, it } from 'vitest';
import { pageSql } from '../../../src/main/timeline/repository';
import { TIMELINE_KINDS } from '../../../src/shared/contracts/timeline';
import { timelineClinic } from './fixture';

/**
 * Why the timeline needs no index of its own (repository.ts): every branch of the UNION ALL
 * starts from an index led by the client, and every join after it is a lookup by key. A
 * table read whole ("SCAN <table>" without an index) would make a page cost the clinic's size.
 */
const TABLES = [
  'signed_records',
  'record_versions',
  'record_signatures',
  'record_addenda',
  'record_status_events',
  'progress_note_returns',
  'assessments',
  'measure_results',
  'measure_result_events',
  'measure_alerts',
  'measure_alert_acks',
  'client_risk_levels',
  'client_history',
  'discharges',
  'client_reenrollments',
  'client_documents',
  'client_document_issues',
  'attachments',
  'progress_notes',
];

/**
 * The test clinic is tiny, and its statistics (ANALYZE ran when it was created) rightly make a
 * table scan the cheapest plan. The plan that matters is the one at a clinic's size: statistics
 * as ANALYZE writes them for 500,000 rows per table (about five per client or record, one per
 * key), then reloaded (`ANALYZE sqlite_schema`).
 */
function statisticsAtScale(db: Awaited<ReturnType<typeof timelineClinic>>['db']) {
  const rows = 500_000;
  db.prepare(`DELETE FROM sqlite_stat1 WHERE tbl IN (SELECT value FROM json_each(?))`).run(
    JSON.stringify(TABLES),
  );
  const insert = db.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
  for (const table of TABLES) {
    insert.run(table, null, String(rows));
    const indexes = db.prepare(`SELECT name, "unique" FROM pragma_index_list(?)`).all(table) as {
      name: string;
      unique: number;
    }[];
    for (const index of indexes) {
      const columns = db
        .prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
        .pluck()
        .all(index.name) as string[];
      const first = columns[0] === 'instrument_id' ? rows / 10 : columns.length === 1 && index.unique ? 1 : 5;
      insert.run(table, index.name, [rows, first, ...columns.slice(1).map(() => 1)].join(' '));
    }
  }
  db.exec('ANALYZE sqlite_schema');
}

describe('the timeline query plan', () => {
  it('reads each source through an index by client, never a whole table', async () => {
    const clinic = await timelineClinic();
    statisticsAtScale(clinic.db);
    const plan = clinic.db.prepare(`EXPLAIN QUERY PLAN ${pageSql([...TIMELINE_KINDS])}`).all({
      ids: JSON.stringify([clinic.clientId]),
      part2Instruments: '["audit-c"]',
      clientPart2: 0,
      withhold: 1,
      authorId: null,
      fromAt: null,
      toAt: null,
      afterAt: '2026-03-01T00:00:00.000Z',
      afterId: 'm:x',
      limit: 101,
    }) as { detail: string }[];
    const lines = plan.map((row) => row.detail);
    // Every table is aliased in the SQL, so a table read whole is "SCAN <alias>" (maybe USING an
    // index read whole); only json_each (the client ids) and the union's own rows `t` may be scanned.
    const wholeTable = lines.filter((line) => /^SCAN /.test(line) && !/^SCAN (json_each|t)\b/.test(line));
    expect(wholeTable, lines.join('\n')).toEqual([]);
    for (const index of [
      'signed_records_by_client',
      'measure_results_trend',
      'measure_alerts_by_client',
      'client_risk_levels_by_client',
      'client_history_by_client',
      'record_status_events_by_record',
      'progress_note_returns_by_record',
      'discharges_by_client',
      'client_reenrollments_by_client',
      'client_documents_by_client',
      'client_document_issues_by_document',
      'attachments_by_client',
    ])
      expect(lines.join('\n'), index).toContain(index);
  });
});
