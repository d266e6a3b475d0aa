import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../../helpers/clinic';
import { part2Client } from '../documents/rich-client';

/**
 * The audit trail is an administrator's screen, and administrators see a client's name but
 * nothing clinical: which document was made for a Part 2 client, and that it carried Part 2
 * information, stays out of what they read (the entry and its sentence remain).
 */
describe('the audit trail hides clinical details from those who may not read them', () => {
  it('shows an administrator that a document was kept, not which one or that it was Part 2', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const rae = await part2Client(clinic, [clinic.ids.cam as string]);
    const preview = await clinic.call('documents:preview', {
      definition: 'face_sheet',
      clientId: rae.id,
      recipient: 'client',
      language: 'en',
    });
    expect(preview.part2Included).toBe(true);
    await clinic.call('documents:keep', { previewId: preview.previewId });

    await clinic.as('ada');
    const page = await clinic.call('audit:list', { clientId: rae.id, limit: 100 });
    const kept = page.entries.find((e) => e.action === 'document.kept');
    expect(kept, 'the entry itself is listed').toBeDefined();
    expect(kept?.details).not.toHaveProperty('part2Included');
    expect(kept?.details).not.toHaveProperty('definition');
    expect(kept?.details).toHaveProperty('recipient', 'client');
    expect(JSON.stringify(page.entries)).not.toContain('part2Included');
  });
});
