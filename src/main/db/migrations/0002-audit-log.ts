import type { Migration } from '../migrate';

/**
 * The audit trail: append-only (triggers refuse UPDATE and DELETE) and hash-chained (each row
 * stores the previous row's hash and a hash over its own content). `audit_head` remembers the
 * newest link, so removing entries from the end of the chain is detected too; its trigger only
 * lets it point at the real last row.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY NOT NULL,
        id TEXT NOT NULL UNIQUE,
        occurred_at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor_account_id TEXT,
        actor_name TEXT,
        subject TEXT,
        details TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_actor ON audit_log(actor_account_id, seq);
      CREATE INDEX audit_log_action ON audit_log(action, seq);
      CREATE INDEX audit_log_occurred ON audit_log(occurred_at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${'0'.repeat(64)}');

      CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
      BEGIN UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1; END;

      CREATE TRIGGER audit_head_follows_log BEFORE UPDATE ON audit_head
      WHEN NEW.seq IS NOT (SELECT max(seq) FROM audit_log)
        OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'audit_head must point at the newest audit entry'); END;
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
      BEGIN SELECT RAISE(ABORT, 'the audit head cannot be removed'); END;
    `);
  },
};
