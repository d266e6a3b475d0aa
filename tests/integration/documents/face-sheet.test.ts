import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/lantern';
import { client, clinicWithStaff, setRisk } from '../../helpers/clinic';
import { documentSuite, firstPagePng } from './render-helpers';
import { WHO, part2Client } from './rich-client';

const { cam, fran, ada } = WHO;

describe('the client face sheet', () => {
  const suite = documentSuite(async (dataDir) => {
    const clinic = await clinicWithStaff({ dataDir });
    await clinic.as('cam');
    const mine = { assignedCaseManagerIds: [clinic.ids.cam!] };
    const plain = await clinic.call('clients:create', {
      client: client({
        ...mine,
        email: 'jon@example.org',
        address: { line1: '12 Elm Street', city: 'Springfield', region: 'IL', postalCode: '62701' },
        livingSituation: 'supported_housing',
        insurance: [{ type: 'medicaid', memberId: 'MC-4471' }],
        flags: { safetyConcern: true },
      }),
      duplicatesReviewed: true,
    });
    await setRisk(clinic, plain.id, 'moderate');
    await clinic.call('careTeam:add', {
      clientId: plain.id,
      contact: {
        kind: 'care_team',
        careRole: 'psychiatrist',
        name: 'Dr. Rowan Vale',
        organisation: 'County Clinic',
      },
    });
    await clinic.call('careTeam:add', {
      clientId: plain.id,
      contact: { kind: 'emergency', name: 'Mara Smith', relationship: 'Sister', phone: '(555) 300-1122' },
    });
    await clinic.call('diagnoses:add', { clientId: plain.id, diagnosis: { code: 'F33.1', isPrimary: true } });
    const part2 = await part2Client(clinic, mine.assignedCaseManagerIds);
    await clinic.call('diagnoses:add', { clientId: part2.id, diagnosis: { code: 'F41.1' } });
    return { ...clinic, plainId: plain.id, part2Id: part2.id };
  });

  it('carries the letterhead, the client file, the footer and page x of y', async () => {
    const { doc, all, pages, info } = await suite.maker.read(cam, {
      definition: 'face_sheet',
      clientId: suite.clinic.plainId,
      recipient: 'other',
      language: 'en',
    });
    expect(all).toContain(ADMIN.clinicName);
    for (const expected of [
      'Client face sheet',
      'Jonathan Smith',
      '12 Elm Street',
      'Supported housing',
      'Medicaid MC-4471',
      'Mara Smith',
      'Emergency contact',
      'Dr. Rowan Vale',
      'Psychiatrist',
      'Moderate risk',
      'Safety concern',
      'F33.1',
      'Confidential',
      'Cam Manager (Case manager)',
    ])
      expect(all).toContain(expected);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(doc.pageCount).toBe(pages.length);
    expect(info.Title).toBe('Client face sheet');
    expect(info.Author).toBe(ADMIN.clinicName);
    expect(doc.part2Included).toBe(false);
    expect(all).not.toContain('42 CFR part 2 prohibits');
    expect(doc.fileName).toMatch(/^face-sheet-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(firstPagePng(doc.bytes, 'face-sheet').size).toBeGreaterThan(1000);
  });

  it('gives the client their own Part 2 information with the redisclosure notice', async () => {
    const { doc, all } = await suite.maker.read(cam, {
      definition: 'face_sheet',
      clientId: suite.clinic.part2Id,
      recipient: 'client',
      language: 'en',
    });
    expect(doc.part2Included).toBe(true);
    expect(all).toContain('42 CFR part 2 prohibits unauthorized disclosure of these records.');
    expect(all).toContain('F10.20');
    expect(all).toContain('Part 2 protected');
  });

  it('leaves Part 2 out for anyone else, without the notice and without a count', async () => {
    const { doc, all } = await suite.maker.read(cam, {
      definition: 'face_sheet',
      clientId: suite.clinic.part2Id,
      recipient: 'other',
      language: 'en',
    });
    expect(doc.part2Included).toBe(false);
    expect(all).not.toContain('F10.20');
    expect(all).not.toContain('Part 2 protected');
    expect(all).not.toContain('42 CFR part 2 prohibits');
    expect(all).toContain('F41.1');
    expect(all).toContain('if any, is not included');
    expect(doc.withheld).toEqual([{ kind: 'part2', count: 1 }]);
  });

  it('is written in Spanish when asked', async () => {
    const { all, pages } = await suite.maker.read(cam, {
      definition: 'face_sheet',
      clientId: suite.clinic.plainId,
      recipient: 'client',
      language: 'es',
    });
    expect(all).toContain('Hoja de datos del cliente');
    expect(all).toContain('Vivienda con apoyo');
    expect(all).toContain('Riesgo moderado');
    expect(pages[0]).toContain(`Página 1 de ${pages.length}`);
  });

  it('is refused to roles that may not disclose the client file', async () => {
    for (const who of [fran, ada]) {
      await expect(
        suite.maker.make(who, {
          definition: 'face_sheet',
          clientId: suite.clinic.plainId,
          recipient: 'other',
          language: 'en',
        }),
      ).rejects.toMatchObject({ code: 'forbidden', details: { messageKey: 'errors.access_part_forbidden' } });
    }
  });
});
