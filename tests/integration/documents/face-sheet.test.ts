import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/lantern';
import { STAFF, client, clinicWithStaff, setRisk } from '../../helpers/clinic';
import { documentMaker, firstPagePng, pdfText } from './render-helpers';

const cam = { username: 'cam', password: STAFF.cam!.password };
const fran = { username: 'fran', password: STAFF.fran!.password };
const ada = { username: ADMIN.username, password: ADMIN.password };

describe('the client face sheet', () => {
  let clinic: Awaited<ReturnType<typeof clinicWithStaff>>;
  let maker: Awaited<ReturnType<typeof documentMaker>>;
  let plainId: string;
  let part2Id: string;

  beforeAll(async () => {
    clinic = await clinicWithStaff();
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
    plainId = plain.id;
    await setRisk(clinic, plainId, 'moderate');
    await clinic.call('careTeam:add', {
      clientId: plainId,
      contact: {
        kind: 'care_team',
        careRole: 'psychiatrist',
        name: 'Dr. Rowan Vale',
        organisation: 'County Clinic',
      },
    });
    await clinic.call('careTeam:add', {
      clientId: plainId,
      contact: { kind: 'emergency', name: 'Mara Smith', relationship: 'Sister', phone: '(555) 300-1122' },
    });
    await clinic.call('diagnoses:add', { clientId: plainId, diagnosis: { code: 'F33.1', isPrimary: true } });
    const part2 = await clinic.call('clients:create', {
      client: client({
        ...mine,
        legalFirstName: 'Rae',
        legalLastName: 'Parton',
        flags: { part2Protected: true },
      }),
      duplicatesReviewed: true,
    });
    part2Id = part2.id;
    await clinic.call('diagnoses:add', { clientId: part2Id, diagnosis: { code: 'F10.20', isPrimary: true } });
    await clinic.call('diagnoses:add', { clientId: part2Id, diagnosis: { code: 'F41.1' } });
    maker = await documentMaker(clinic.dataDir);
  });
  afterAll(() => maker.close());

  it('carries the letterhead, the client file, the footer and page x of y', async () => {
    const doc = await maker.make(cam, {
      definition: 'face_sheet',
      clientId: plainId,
      recipient: 'other',
      language: 'en',
    });
    const { all, pages, info } = await pdfText(doc.bytes);
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
    const doc = await maker.make(cam, {
      definition: 'face_sheet',
      clientId: part2Id,
      recipient: 'client',
      language: 'en',
    });
    const { all } = await pdfText(doc.bytes);
    expect(doc.part2Included).toBe(true);
    expect(all).toContain('42 CFR part 2 prohibits unauthorized disclosure of these records.');
    expect(all).toContain('F10.20');
    expect(all).toContain('Part 2 protected');
  });

  it('leaves Part 2 out for anyone else, without the notice and without a count', async () => {
    const doc = await maker.make(cam, {
      definition: 'face_sheet',
      clientId: part2Id,
      recipient: 'other',
      language: 'en',
    });
    const { all } = await pdfText(doc.bytes);
    expect(doc.part2Included).toBe(false);
    expect(all).not.toContain('F10.20');
    expect(all).not.toContain('Part 2 protected');
    expect(all).not.toContain('42 CFR part 2 prohibits');
    expect(all).toContain('F41.1');
    expect(all).toContain('if any, is not included');
    expect(doc.withheld).toEqual([{ kind: 'part2', count: 1 }]);
  });

  it('is written in Spanish when asked', async () => {
    const doc = await maker.make(cam, {
      definition: 'face_sheet',
      clientId: plainId,
      recipient: 'client',
      language: 'es',
    });
    const { all, pages } = await pdfText(doc.bytes);
    expect(all).toContain('Hoja de datos del cliente');
    expect(all).toContain('Vivienda con apoyo');
    expect(all).toContain('Riesgo moderado');
    expect(pages[0]).toContain(`Página 1 de ${pages.length}`);
  });

  it('is refused to roles that may not disclose the client file', async () => {
    for (const who of [fran, ada]) {
      await expect(
        maker.make(who, { definition: 'face_sheet', clientId: plainId, recipient: 'other', language: 'en' }),
      ).rejects.toMatchObject({ code: 'forbidden', details: { messageKey: 'errors.access_part_forbidden' } });
    }
  });
});
