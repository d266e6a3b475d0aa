import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { policyClinic } from '../access/policy-clinic';
import { pdfText } from './render-helpers';

type Clinic = Awaited<ReturnType<typeof policyClinic>>;

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const faceSheet = (clientId: string, recipient: 'client' | 'other' = 'client') =>
  ({ definition: 'face_sheet', clientId, recipient, language: 'en' }) as const;

/** The newest audit entries of one action, read as the administrator. */
async function audited(clinic: Clinic, action: string) {
  await clinic.as('ada');
  return (await clinic.call('audit:list', { action: action as never, limit: 50 })).entries;
}

/**
 * The documents register through the real channels on an encrypted clinic: a preview made by
 * the PDF engine, saved where the (test) save dialog answered, printed, kept, listed, opened
 * again from its stored copy — and every way that is refused.
 */
describe('the documents register', () => {
  let clinic: Clinic;
  beforeEach(async () => {
    clinic = await policyClinic();
  });

  it('saves exactly the previewed bytes where the save dialog answered, and registers them once', async () => {
    await clinic.as('cam');
    const clientId = clinic.clientIds.caseload;
    const preview = await clinic.call('documents:preview', faceSheet(clientId));
    const previewed = bytesOf(preview.data);
    expect(preview.byteLength).toBe(previewed.byteLength);
    expect((await pdfText(previewed)).all).toContain('Pat Ownby');
    // The client's own copy: their Part 2 information is theirs to have.
    expect(preview.part2Included).toBe(true);

    const location = await clinic.call('files:chooseSaveLocation', {
      purpose: 'document',
      title: 'Save the document',
      previewId: preview.previewId,
    });
    expect(clinic.picker.asked.at(-1)).toMatchObject({ kind: 'save', suggestedName: preview.fileName });
    expect(basename(location.path ?? '')).toBe(preview.fileName);
    expect(preview.fileName).not.toMatch(/Ownby|Pat/);

    const saved = await clinic.call('documents:save', { previewId: preview.previewId });
    expect(saved.file).toBe(location.path);
    expect(new Uint8Array(readFileSync(saved.file))).toEqual(previewed);

    // A second give-out of the same preview is another issue of the same document.
    const printed = await clinic.call('documents:print', { previewId: preview.previewId });
    expect(printed.documentId).toBe(saved.documentId);

    const [listed, ...others] = await clinic.call('documents:list', { clientId });
    expect(others).toEqual([]);
    expect(listed).toMatchObject({
      id: saved.documentId,
      clientId,
      source: 'built_in',
      definitionId: 'face_sheet',
      title: preview.title,
      fileName: preview.fileName,
      mimeType: 'application/pdf',
      byteLength: previewed.byteLength,
      language: 'en',
      recipient: 'client',
      part2: true,
      hasStoredCopy: true,
      createdBy: { id: clinic.ids.cam, name: 'Cam Manager', role: 'case_manager' },
    });
    expect(listed?.issues.map((issue) => issue.how)).toEqual(['saved', 'printed']);

    const opened = await clinic.call('documents:open', { documentId: saved.documentId });
    expect(bytesOf(opened.data)).toEqual(previewed);

    // The stored copy saved again lands byte for byte, as another issue.
    await clinic.call('files:chooseSaveLocation', {
      purpose: 'document',
      title: 'Save the document',
      documentId: saved.documentId,
    });
    const again = await clinic.call('documents:saveCopy', { documentId: saved.documentId });
    expect(new Uint8Array(readFileSync(again.file))).toEqual(previewed);

    const timeline = await clinic.call('timeline:list', { clientId, kinds: ['document'] });
    expect(timeline.items).toEqual([
      expect.objectContaining({
        kind: 'document',
        event: 'document_issued',
        authorName: 'Cam Manager',
        part2: true,
        params: { title: preview.title, definition: 'face_sheet', how: 'saved' },
        ref: { screen: 'documents', id: saved.documentId },
      }),
    ]);

    for (const action of [
      'document.previewed',
      'document.saved',
      'document.printed',
      'document.viewed',
      'documents.listed',
    ]) {
      const [entry] = await audited(clinic, action);
      expect(entry, action).toMatchObject({ subject: clientId, actorName: 'Cam Manager' });
    }
    const saves = await audited(clinic, 'document.saved');
    expect(saves.map((entry) => entry.details.file)).toEqual([basename(again.file), basename(saved.file)]);
    expect(saves[1]?.details).toMatchObject({
      documentId: saved.documentId,
      storedCopy: true,
      recipient: 'client',
    });
  });

  it('keeps no bytes when "Keep a copy in Lantern" is unticked, and says so when asked for them', async () => {
    await clinic.as('cam');
    const clientId = clinic.clientIds.caseload;
    const preview = await clinic.call('documents:preview', faceSheet(clientId, 'other'));
    // For someone else, Part 2 stays out (and is not counted for them).
    expect(preview.part2Included).toBe(false);
    const kept = await clinic.call('documents:keep', { previewId: preview.previewId, keepCopy: false });
    const listed = (await clinic.call('documents:list', { clientId })).find((d) => d.id === kept.documentId);
    expect(listed).toMatchObject({ hasStoredCopy: false, recipient: 'other', part2: false });
    expect(listed?.issues.map((issue) => issue.how)).toEqual(['kept']);
    for (const [channel, input] of [
      ['documents:open', { documentId: kept.documentId }],
      ['documents:printCopy', { documentId: kept.documentId }],
      ['files:chooseSaveLocation', { purpose: 'document', title: 'Save', documentId: kept.documentId }],
    ] as const) {
      expect(await clinic.refuse(channel, input), channel).toMatchObject({
        code: 'wrong_state',
        details: { messageKey: 'errors.document_no_stored_copy' },
      });
    }
  });

  it('writes nothing and registers nothing without a save location chosen for that preview', async () => {
    await clinic.as('cam');
    const clientId = clinic.clientIds.caseload;
    const before = (await clinic.call('documents:list', { clientId })).length;
    const first = await clinic.call('documents:preview', faceSheet(clientId));
    const second = await clinic.call('documents:preview', faceSheet(clientId));
    await clinic.call('files:chooseSaveLocation', {
      purpose: 'document',
      title: 'Save',
      previewId: first.previewId,
    });
    // The place chosen for the first preview is not the second one's.
    expect(await clinic.refuse('documents:save', { previewId: second.previewId })).toMatchObject({
      code: 'wrong_state',
      details: { messageKey: 'errors.export_choose_location' },
    });
    expect(await clinic.call('documents:list', { clientId })).toHaveLength(before);
  });

  it('forgets previews when the workstation locks or the person signs out', async () => {
    await clinic.as('cam');
    const preview = await clinic.call('documents:preview', faceSheet(clinic.clientIds.caseload));
    await clinic.call('auth:lock', {});
    await clinic.as('cam');
    const gone = { code: 'not_found', details: { messageKey: 'errors.document_preview_gone' } };
    expect(await clinic.refuse('documents:keep', { previewId: preview.previewId })).toMatchObject(gone);

    const another = await clinic.call('documents:preview', faceSheet(clinic.clientIds.caseload));
    await clinic.as('dee');
    // Dee may read this client (her team's) but not Cam's preview, which ended with his session.
    for (const [channel, input] of [
      ['documents:save', { previewId: another.previewId }],
      ['documents:print', { previewId: another.previewId }],
      ['documents:keep', { previewId: another.previewId }],
      ['files:chooseSaveLocation', { purpose: 'document', title: 'Save', previewId: another.previewId }],
    ] as const)
      expect(await clinic.refuse(channel, input), channel).toMatchObject(gone);
  });

  it('refuses by role and relationship, and opens after breaking the glass', async () => {
    await clinic.as('cam');
    const preview = await clinic.call('documents:preview', faceSheet(clinic.clientIds.caseload));
    const { documentId } = await clinic.call('documents:keep', { previewId: preview.previewId });

    // Front desk and administrators hold no permission to read the clinical file.
    for (const who of ['fran', 'ada']) {
      await clinic.as(who);
      for (const [channel, input] of [
        ['documents:preview', faceSheet(clinic.clientIds.caseload)],
        ['documents:list', { clientId: clinic.clientIds.caseload }],
        ['documents:open', { documentId }],
        ['documents:printCopy', { documentId }],
        ['documents:saveCopy', { documentId }],
      ] as const)
        expect((await clinic.refuse(channel, input)).code, `${who} ${channel}`).toBe('forbidden');
    }

    // A case manager outside the client's caseload and team: the glass first.
    await clinic.as('cam');
    const needsReason = { code: 'forbidden', details: { needsReason: true } };
    expect(await clinic.refuse('documents:preview', faceSheet(clinic.clientIds.other))).toMatchObject(
      needsReason,
    );
    expect(await clinic.refuse('documents:list', { clientId: clinic.clientIds.other })).toMatchObject(
      needsReason,
    );

    // Sage's client whose file Cam opened by breaking the glass: the policy lets him make and list.
    const granted = await clinic.call('documents:preview', faceSheet(clinic.clientIds.granted, 'other'));
    expect(granted.part2Included).toBe(false);
    await clinic.call('documents:print', { previewId: granted.previewId });
    expect(await clinic.call('documents:list', { clientId: clinic.clientIds.granted })).toHaveLength(1);

    // Cam's document for his own client is not open to a case manager outside its caseload.
    await clinic.as('sage');
    const sagesOwn = await clinic.call('documents:preview', faceSheet(clinic.clientIds.other));
    const sagesDoc = await clinic.call('documents:keep', { previewId: sagesOwn.previewId });
    await clinic.as('cam');
    expect(await clinic.refuse('documents:open', { documentId: sagesDoc.documentId })).toMatchObject(
      needsReason,
    );
    expect(await clinic.refuse('documents:saveCopy', { documentId: sagesDoc.documentId })).toMatchObject(
      needsReason,
    );
  });

  it('refuses an unknown document clearly', async () => {
    await clinic.as('cam');
    const missing = '018f5e7a-0000-7000-8000-0000000000aa';
    expect(await clinic.refuse('documents:open', { documentId: missing })).toMatchObject({
      code: 'not_found',
      details: { messageKey: 'errors.not_found_document' },
    });
    expect(await clinic.refuse('documents:keep', { previewId: missing })).toMatchObject({
      code: 'not_found',
      details: { messageKey: 'errors.document_preview_gone' },
    });
  });
});
