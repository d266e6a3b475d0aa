import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkHash } from '../../../src/main/audit/chain';
import { readAnchors } from '../../../src/main/audit/anchors';
import { verifyAuditAgainstAnchors } from '../../../src/main/audit/anchor-check';
import { verifyAudit } from '../../../src/main/audit/service';
import { openEncrypted } from '../../../src/main/db/open';
import { Keyring } from '../../../src/main/security/keyring';
import { ADMIN, setUpClinic } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

interface Row {
  seq: number;
  id: string;
  occurred_at: string;
  action: string;
  actor_account_id: string | null;
  actor_name: string | null;
  subject: string | null;
  details: string;
}

/**
 * What someone holding the key can do in SQL: drop the append-only guards, change one entry and
 * rehash the whole chain after it, so the chain checks out on its own again.
 */
async function rewriteHistory(dataDir: string, seq: number): Promise<void> {
  const keyring = await Keyring.load(join(dataDir, 'lantern.keyring'));
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  const db = openEncrypted(join(dataDir, 'lantern.db'), databaseKey);
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.prepare(`UPDATE audit_log SET details = '{"quietly":"changed"}' WHERE seq = ?`).run(seq);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
    const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
    let prevHash = '0'.repeat(64);
    db.transaction(() => {
      for (const row of rows) {
        const hash = linkHash({
          seq: row.seq,
          id: row.id,
          occurredAt: row.occurred_at,
          action: row.action,
          actorAccountId: row.actor_account_id,
          actorName: row.actor_name,
          subject: row.subject,
          details: row.details,
          prevHash,
        });
        update.run(prevHash, hash, row.seq);
        prevHash = hash;
      }
      db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(rows.at(-1)?.seq, prevHash);
    })();
    expect(verifyAudit(db).intact).toBe(true); // the chain alone no longer shows anything
  } finally {
    db.close();
  }
}

describe('the audit trail anchored outside the database', () => {
  it('a history altered and rehashed whole in SQL fails Verify against the anchor file and a backup', async () => {
    const backups = tempDir('lantern-backups-');
    const clinic = await setUpClinic({ defaultBackupFolder: backups });
    const backup = await clinic.call('backup:run', {});
    const manifest = JSON.parse(readFileSync(join(backups, backup.name, 'backup.json'), 'utf8'));
    expect(manifest.auditHead.seq).toBeGreaterThan(0);
    await clinic.call('auth:signOut', {}); // anchors the head in the anchor file
    const anchors = readAnchors(join(clinic.dataDir, 'audit-anchors.jsonl'));
    expect(anchors.at(-1)?.reason).toBe('sign_out');

    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const before = await clinic.call('audit:verify', {});
    expect(before).toMatchObject({ intact: true, anchors: { problems: [] } });
    expect(before.anchors.checked).toBeGreaterThanOrEqual(2);
    expect(before.head?.seq).toBeGreaterThan(manifest.auditHead.seq);
    await clinic.call('auth:signOut', {});

    await rewriteHistory(clinic.dataDir, 2);

    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const after = await clinic.call('audit:verify', {});
    expect(after.intact).toBe(false);
    expect(after.firstProblem).toBeNull(); // the chain itself holds together…
    const sources = after.anchors.problems.map((problem) => `${problem.source}:${problem.problem}`);
    expect(sources).toContain('anchor_file:rewritten'); // …but not with what was written down
    expect(sources).toContain('backup:rewritten');
    expect(after.anchors.problems.find((problem) => problem.source === 'backup')?.name).toBe(backup.name);
    expect(readdirSync(backups)).toContain(backup.name);
  }, 60_000);

  it('entries cut off the end and the head reset are caught: missing, then rewritten once new entries fill the gap', async () => {
    const clinic = await setUpClinic();
    await clinic.call('auth:signOut', {});
    const file = join(clinic.dataDir, 'audit-anchors.jsonl');
    const anchored = readAnchors(file).at(-1) as { seq: number; hash: string; at: string };
    const keyring = await Keyring.load(join(clinic.dataDir, 'lantern.keyring'));
    const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
    const db = openEncrypted(join(clinic.dataDir, 'lantern.db'), databaseKey);
    db.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_head_follows_log;');
    db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(anchored.seq - 1);
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(last.seq, last.hash);
    const source = { source: 'anchor_file' as const, name: 'audit-anchors.jsonl', recordedAt: anchored.at };
    const direct = verifyAuditAgainstAnchors(db, [{ ...source, seq: anchored.seq, hash: anchored.hash }]);
    expect(verifyAudit(db).intact).toBe(true);
    expect(direct.intact).toBe(false);
    expect(direct.anchors.problems).toEqual([
      expect.objectContaining({ seq: anchored.seq, problem: 'missing' }),
    ]);
    db.close();

    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const result = await clinic.call('audit:verify', {});
    expect(result.intact).toBe(false);
    expect(result.anchors.problems).toContainEqual(
      expect.objectContaining({ source: 'anchor_file', seq: anchored.seq, problem: 'rewritten' }),
    );
  }, 60_000);
});

describe('anchors and restore', () => {
  it('after restoring an older backup, anchors taken before the restore are set aside, not reported as tampering', async () => {
    const backups = tempDir('lantern-backups-');
    const clinic = await setUpClinic({ defaultBackupFolder: backups });
    const older = await clinic.call('backup:run', {});
    await clinic.call('settings:get', {});
    await clinic.call('auth:signOut', {}); // an anchor past the backup's head
    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    await clinic.call('backup:run', {}); // a newer backup, also past it

    await clinic.call('backup:restore', {
      path: join(backups, older.name),
      username: ADMIN.username,
      password: ADMIN.password,
    });
    await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const result = await clinic.call('audit:verify', {});
    expect(result.anchors.problems).toEqual([]);
    expect(result.anchors.afterRestore).toBeGreaterThanOrEqual(2);
    expect(result.intact).toBe(true);
  }, 60_000);
});
