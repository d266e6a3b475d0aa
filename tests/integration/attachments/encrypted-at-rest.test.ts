import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { textPdf } from '../../helpers/attachment-files';
import { filesUnder } from '../../helpers/files-under';
import { tempDir } from '../../helpers/temp-dir';
import { readBack, upload } from './attachment-clinic';

/** A string that appears nowhere but in the uploaded file: if its bytes are on disk, the file is in plaintext. */
const MARKER = 'QUOKKA-ATTACHMENT-MARKER-5821-PRIVATE';

const holdsMarker = (file: string) => {
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(MARKER, 'latin1')) || bytes.includes(Buffer.from(MARKER, 'utf16le'));
};

describe('attachments are encrypted at rest', () => {
  it("a file's bytes appear in no file of the data folder or a backup, and read back intact", async () => {
    const backups = tempDir('lantern-backups-');
    const clinic = await clinicWithStaff({ defaultBackupFolder: backups });
    await clinic.as('cam');
    const { id: clientId } = await clinic.call('clients:create', {
      client: client({ assignedCaseManagerIds: [clinic.ids.cam as string] }),
    });
    // The marker in the page text, uncompressed, and again in a padding stream across chunk borders.
    const pdf = textPdf([MARKER], 700 * 1024, (n) =>
      Buffer.from(MARKER.repeat(Math.ceil(n / MARKER.length)).slice(0, n)),
    );
    const stored = await upload(clinic, clientId, pdf, {
      fileName: 'id-card.pdf',
      details: { kind: 'id_card' },
    });
    expect(pdf.includes(Buffer.from(MARKER))).toBe(true);
    await clinic.as('ada');
    await clinic.call('backup:run', {});

    const scanned = [...filesUnder(clinic.dataDir), ...filesUnder(backups)];
    for (const expected of ['lantern.db', 'lantern.db-wal', 'lantern.keyring'])
      expect(scanned).toContain(join(clinic.dataDir, expected));
    expect(filesUnder(backups).length).toBeGreaterThan(0);
    for (const file of scanned) expect(holdsMarker(file), file).toBe(false);

    // Through Lantern, with the key, the bytes are all there.
    await clinic.as('cam');
    expect((await readBack(clinic, stored.id)).equals(pdf)).toBe(true);
  }, 60_000);
});
