import { describe, expect, it } from 'vitest';
import { DocumentPreviews } from '../../../src/main/documents/previews';
import type { PreparedDocument } from '../../../src/main/documents/types';

const document = (title: string): PreparedDocument => ({
  clientId: '018f5e7a-0000-7000-8000-000000000001',
  source: 'built_in',
  definitionId: 'face_sheet',
  templateId: null,
  templateVersion: null,
  title,
  fileName: 'face-sheet-2026-03-02.pdf',
  mimeType: 'application/pdf',
  bytes: new Uint8Array([37, 80, 68, 70]),
  pageCount: 1,
  language: 'en',
  recipient: 'client',
  part2Included: false,
});

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes));

describe('DocumentPreviews', () => {
  it('gives a preview only to the account that made it', () => {
    const previews = new DocumentPreviews();
    const id = previews.hold('cam', document('Face sheet'), at(0));
    expect(previews.get(id, 'cam', at(1))?.title).toBe('Face sheet');
    expect(previews.get(id, 'dee', at(1))).toBeNull();
  });

  it('forgets a preview after half an hour, and every preview when cleared', () => {
    const previews = new DocumentPreviews();
    const old = previews.hold('cam', document('Old'), at(0));
    const recent = previews.hold('cam', document('Recent'), at(20));
    expect(previews.get(old, 'cam', at(31))).toBeNull();
    expect(previews.get(recent, 'cam', at(31))?.title).toBe('Recent');
    previews.clear();
    expect(previews.get(recent, 'cam', at(32))).toBeNull();
  });

  it('remembers which document a preview was registered as', () => {
    const previews = new DocumentPreviews();
    const id = previews.hold('cam', document('Face sheet'), at(0));
    expect(previews.registeredAs(id)).toBeNull();
    previews.markRegistered(id, 'doc-1');
    expect(previews.registeredAs(id)).toBe('doc-1');
    expect(previews.get(id, 'cam', at(1))?.title).toBe('Face sheet');
  });

  it('holds at most twenty previews, letting the oldest go first', () => {
    const previews = new DocumentPreviews();
    const ids = Array.from({ length: 21 }, (_, n) => previews.hold('cam', document(`D${n}`), at(0)));
    expect(previews.get(ids[0] as string, 'cam', at(0))).toBeNull();
    expect(previews.get(ids[20] as string, 'cam', at(0))?.title).toBe('D20');
  });
});
