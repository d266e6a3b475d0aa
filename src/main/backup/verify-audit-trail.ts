import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AuditVerification } from '../../shared/contracts/audit';
import { type AnchorSource, verifyAuditAgainstAnchors } from '../audit/anchor-check';
import { readAnchors } from '../audit/anchors';
import { actorOf, appendAudit } from '../audit/service';
import type { Workstation } from '../workstation/workstation';
import { readManifest } from './manifest';
import { readBackupSettings } from './service';

/** Reading a backup folder must stay quick even when a USB stick holds years of backups. */
const MAX_BACKUPS_READ = 2000;

/**
 * Administration → Audit trail → Verify: the chain, checked against every anchor Lantern can find
 * (the anchor file beside the database and the manifest of every backup in the backup folder).
 * The check itself is recorded afterwards, so it does not verify its own entry.
 */
export function verifyAuditTrail(ws: Workstation): AuditVerification {
  const db = ws.vault.database();
  const { account } = ws.session.require();
  const anchors = [...anchorFileSources(ws.files.auditAnchors), ...backupSources(backupFolder(ws))];
  const result = verifyAuditAgainstAnchors(db, anchors);
  appendAudit(
    db,
    {
      action: 'audit.verified',
      actor: actorOf(account),
      details: {
        intact: result.intact,
        checked: result.checked,
        anchors: result.anchors.checked,
        anchorProblems: result.anchors.problems.length,
      },
    },
    ws.now(),
  );
  return result;
}

function anchorFileSources(file: string): AnchorSource[] {
  return readAnchors(file).map((anchor) => ({
    source: 'anchor_file',
    name: basename(file),
    seq: anchor.seq,
    hash: anchor.hash,
    recordedAt: anchor.at,
  }));
}

/** Every finished backup whose backup.json records the chain's head (older backups do not). */
export function backupSources(folder: string | null): AnchorSource[] {
  if (!folder) return [];
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .slice(0, MAX_BACKUPS_READ);
  } catch {
    return []; // an unplugged drive: the anchor file still counts
  }
  const sources: AnchorSource[] = [];
  for (const name of names) {
    const read = readManifest(join(folder, name));
    const head = read.ok ? read.manifest.auditHead : undefined;
    if (read.ok && head) {
      sources.push({
        source: 'backup',
        name,
        seq: head.seq,
        hash: head.hash,
        recordedAt: read.manifest.createdAt,
      });
    }
  }
  return sources;
}

function backupFolder(ws: Workstation): string | null {
  try {
    return readBackupSettings(ws).folder;
  } catch {
    return null;
  }
}
