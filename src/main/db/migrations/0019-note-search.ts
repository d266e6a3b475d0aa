import type { Migration } from '../migrate';

/** Private-use characters the search marks matches with (note-search/snippets.ts splits on them). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/**
 * The text of a text expression with the match markers taken out, so a note that happens to
 * contain them cannot confuse the snippet split.
 */
const clean = (expression: string) =>
  `replace(replace(${expression}, char(${MATCH_START.codePointAt(0)}), ''), char(${MATCH_END.codePointAt(0)}), '')`;

/**
 * Everything a reader may search for in a note's content (progressNoteDraftSchema): its sections'
 * text, then interventions, the client's response, next steps, where, who was there and — for a
 * collateral contact — with whom. One line each, so a phrase never runs across two fields.
 */
const noteBody = (content: string) =>
  clean(`concat_ws(char(10),
    (SELECT group_concat(json_extract(s.value, '$.text'), char(10)) FROM json_each(${content}, '$.sections') s),
    json_extract(${content}, '$.interventions'), json_extract(${content}, '$.clientResponse'),
    json_extract(${content}, '$.nextSteps'), json_extract(${content}, '$.location'),
    json_extract(${content}, '$.participants'), json_extract(${content}, '$.collateralWith'))`);

const addendumBody = (content: string) => clean(`coalesce(json_extract(${content}, '$.text'), '')`);

/**
 * An index row's key (its `entry`, and its rowid in the FTS5 table): the contact day in the high
 * bits, a sequence number in the low 32. Key order is the search's order — contact date, then
 * the order rows were indexed, no date lowest — so FTS5 can walk a word's matches newest first
 * straight from its doclists (`ORDER BY rowid DESC LIMIT n`) and stop after a page instead of
 * reading, joining and sorting every match; a date range becomes a rowid range. The day counts
 * from 1858-11-17 (julian day 2,400,000), so keys stay below 2^53 and read exactly in JavaScript;
 * an earlier date counts as day 1, no (or an unreadable) date as day 0.
 */
export const entryKeySql = (contactDate: string, seq: string) =>
  `((coalesce(max(1, CAST(julianday(${contactDate}) + 0.5 AS INTEGER) - 2400000), 0) << 32) + (${seq}))`;

/** The next sequence number, taken by the triggers (a one-row counter: no scan for a maximum). */
const NEXT_SEQ = '(SELECT next FROM note_search_seq WHERE id = 1)';
const TAKE_SEQ = 'UPDATE note_search_seq SET next = next + 1 WHERE id = 1;';

const IS_NOTE = (recordId: string) =>
  `(SELECT kind FROM signed_records WHERE id = ${recordId}) = 'progress_note'`;

/**
 * Full-text search in progress notes (issue 10), inside the encrypted database like everything
 * else: the index holds note text, so it must never live outside SQLCipher.
 *
 * - `note_search_entries`: one row per signed note version in force and per signed addendum,
 *   with what a search filters and shows (client, contact date, author, Part 2 as written). The
 *   FTS5 table below shares its integer key as rowid. A plain table beside the FTS one, because
 *   filtering and deleting by an FTS5 UNINDEXED column scans the whole index; these indexes let
 *   a one-client search walk that client's few hundred rows and a newer version drop the old row.
 *   Its key is `entryKeySql` (below): ordered by contact date, so search pages come from FTS5 in
 *   rowid order.
 * - `note_search_text`: FTS5 over the searchable text. It stores its own copy (not an external
 *   content table): `snippet()` needs the text, and the content lives in JSON in two tables.
 *   Tokenizer `porter unicode61 remove_diacritics 2`: unicode61 splits Spanish and English alike
 *   (ñ, ü, accented vowels are letters); remove_diacritics 2 folds every accent, so "sesion"
 *   finds "sesión" and the reverse (workers type fast and often without accents); porter finds
 *   "visits" for "visit" in English. There is no Spanish stemmer in FTS5; porter only strips
 *   English suffixes and does so to the query and the text alike, so Spanish words are still found
 *   as typed (at worst a few extra hits), which is why it is preferred to no stemming at all.
 *   Trigram was ruled out: it is three times the size and has no word boundaries for highlights.
 *
 * Kept in step by triggers on the signed-record primitive's tables (0008), whatever code signs:
 * a version or addendum of a `progress_note` becoming `signed`. Drafts are never indexed. A
 * newer signed version replaces the older one's row (its words no longer describe the note);
 * addenda stay, since they amend the note whatever version it is at. 0008's triggers are all
 * BEFORE triggers guarding those tables; these are AFTER triggers that write only these two
 * tables, so they never change what 0008 allows or refuses.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'note-search',
  up(db) {
    db.exec(`
      CREATE TABLE note_search_entries (
        entry INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('note', 'addendum')),
        -- The version or addendum indexed.
        source_id TEXT NOT NULL UNIQUE,
        record_id TEXT NOT NULL,
        client_id TEXT NOT NULL,
        contact_date TEXT,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        -- Marked Part 2 by its writer (a Part 2 client's notes are Part 2 anyway: read at search time).
        part2 INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX note_search_by_client ON note_search_entries(client_id, contact_date, entry);
      CREATE INDEX note_search_by_record ON note_search_entries(record_id, source);
      CREATE TABLE note_search_seq (id INTEGER PRIMARY KEY CHECK (id = 1), next INTEGER NOT NULL) STRICT;

      CREATE VIRTUAL TABLE note_search_text USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');

      CREATE TRIGGER note_search_version_signed AFTER UPDATE OF status ON record_versions
      WHEN OLD.status = 'draft' AND NEW.status = 'signed' AND ${IS_NOTE('NEW.record_id')}
      BEGIN
        DELETE FROM note_search_text WHERE rowid IN (
          SELECT entry FROM note_search_entries WHERE record_id = NEW.record_id AND source = 'note');
        DELETE FROM note_search_entries WHERE record_id = NEW.record_id AND source = 'note';
        INSERT INTO note_search_entries (entry, source, source_id, record_id, client_id, contact_date, author_id, author_name, part2)
          SELECT ${entryKeySql("json_extract(NEW.content, '$.contactDate')", NEXT_SEQ)},
                 'note', NEW.id, r.id, r.client_id, json_extract(NEW.content, '$.contactDate'),
                 r.created_by, r.created_by_name, coalesce(json_extract(NEW.content, '$.part2'), 0) = 1
          FROM signed_records r WHERE r.id = NEW.record_id;
        ${TAKE_SEQ}
        INSERT INTO note_search_text (rowid, body)
          SELECT entry, ${noteBody('NEW.content')} FROM note_search_entries WHERE source_id = NEW.id;
      END;

      CREATE TRIGGER note_search_addendum_signed AFTER UPDATE OF status ON record_addenda
      WHEN OLD.status = 'draft' AND NEW.status = 'signed' AND ${IS_NOTE('NEW.record_id')}
      BEGIN
        INSERT INTO note_search_entries (entry, source, source_id, record_id, client_id, contact_date, author_id, author_name, part2)
          SELECT ${entryKeySql("json_extract(v.content, '$.contactDate')", NEXT_SEQ)},
                 'addendum', NEW.id, r.id, r.client_id, json_extract(v.content, '$.contactDate'),
                 NEW.created_by, NEW.created_by_name, coalesce(json_extract(v.content, '$.part2'), 0) = 1
          FROM signed_records r JOIN record_versions v ON v.id = NEW.version_id WHERE r.id = NEW.record_id;
        ${TAKE_SEQ}
        INSERT INTO note_search_text (rowid, body)
          SELECT entry, ${addendumBody('NEW.content')} FROM note_search_entries WHERE source_id = NEW.id;
      END;

      -- Notes signed before this migration: the version in force of each, and every signed addendum,
      -- numbered in one sequence (notes, then addenda, each in id order).
      INSERT INTO note_search_entries (entry, source, source_id, record_id, client_id, contact_date, author_id, author_name, part2)
        SELECT ${entryKeySql('contact_date', 'row_number() OVER (ORDER BY rank, source_id)')},
               source, source_id, record_id, client_id, contact_date, author_id, author_name, part2
        FROM (
          SELECT 0 AS rank, 'note' AS source, v.id AS source_id, r.id AS record_id, r.client_id,
                 json_extract(v.content, '$.contactDate') AS contact_date, r.created_by AS author_id,
                 r.created_by_name AS author_name, coalesce(json_extract(v.content, '$.part2'), 0) = 1 AS part2
          FROM record_versions v JOIN signed_records r ON r.id = v.record_id
          WHERE r.kind = 'progress_note' AND v.status = 'signed'
            AND NOT EXISTS (SELECT 1 FROM record_versions later
                            WHERE later.record_id = v.record_id AND later.status = 'signed' AND later.version_no > v.version_no)
          UNION ALL
          SELECT 1, 'addendum', a.id, r.id, r.client_id, json_extract(v.content, '$.contactDate'),
                 a.created_by, a.created_by_name, coalesce(json_extract(v.content, '$.part2'), 0) = 1
          FROM record_addenda a JOIN signed_records r ON r.id = a.record_id JOIN record_versions v ON v.id = a.version_id
          WHERE r.kind = 'progress_note' AND a.status = 'signed'
        );
      INSERT INTO note_search_seq (id, next) VALUES (1, (SELECT count(*) FROM note_search_entries) + 1);
      INSERT INTO note_search_text (rowid, body)
        SELECT e.entry, ${noteBody('v.content')}
        FROM note_search_entries e JOIN record_versions v ON v.id = e.source_id WHERE e.source = 'note';
      INSERT INTO note_search_text (rowid, body)
        SELECT e.entry, ${addendumBody('a.content')}
        FROM note_search_entries e JOIN record_addenda a ON a.id = e.source_id WHERE e.source = 'addendum';
    `);
  },
};
