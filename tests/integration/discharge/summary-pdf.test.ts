import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFieldsOfRecord } from '../../../src/shared/contracts/clients';
import type { DischargeDetail } from '../../../src/shared/contracts/discharge';
import { ADMIN } from '../../helpers/lantern';
import { STAFF } from '../../helpers/clinic';
import { documentMaker, firstPagePng, pdfText } from '../documents/render-helpers';
import {
  PROGRAM,
  dayOffset,
  dischargeClinic,
  signedDischarge,
  type DischargeClinic,
} from './discharge-clinic';

const cam = { username: 'cam', password: STAFF.cam!.password };
const sage = { username: 'sage', password: STAFF.sage!.password };
const fran = { username: 'fran', password: STAFF.fran!.password };
const ada = { username: ADMIN.username, password: ADMIN.password };

/** Collapses the extracted text's line breaks, so a sentence wrapped across lines is found whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the discharge summary PDF', () => {
  let clinic: DischargeClinic;
  let maker: Awaited<ReturnType<typeof documentMaker>>;
  let signed: DischargeDetail;
  let draftId: string;

  beforeAll(async () => {
    clinic = await dischargeClinic();
    signed = await signedDischarge(clinic, clinic.clientId, {
      dischargeDate: dayOffset(-1),
      reason: 'other',
      reasonOther: 'Moved in with her daughter out of county',
      aftercarePlan: 'Monthly check-ins with her GP; peer group on Thursdays.',
      referrals: [
        { to: 'Eastside Clinic', for: 'Outpatient therapy' },
        { to: 'County Housing Office', for: 'Section 8 transfer' },
      ],
      contact: { name: 'Cam Manager', phoneOrRole: '(555) 010-2000' },
    });
    await clinic.as('dee');
    draftId = (await clinic.call('discharge:start', { clientId: clinic.otherClientId, program: PROGRAM })).id;
    await clinic.as('cam');
    maker = await documentMaker(clinic.dataDir);
  });
  afterAll(() => maker.close());

  it('reads back with the reason, dates, services, progress per goal, aftercare, referrals, contact and signature', async () => {
    const doc = await maker.make(cam, {
      definition: 'discharge_summary',
      clientId: clinic.clientId,
      dischargeId: signed.id,
      recipient: 'other',
      language: 'en',
    });
    const { pages, all, info } = await pdfText(doc.bytes);
    const text = flat(all);
    for (const expected of [
      ADMIN.clinicName,
      'Discharge summary',
      'Ana Diaz',
      PROGRAM,
      'January 10, 2025',
      'Other: Moved in with her daughter out of county',
      'Summary of services',
      '3 contacts documented in signed progress notes',
      'PHQ-9: 18',
      'Progress toward each goal',
      'PHQ-9 below 10 by June',
      'Sleep 7 hours 5 nights a week',
      'Not started',
      'Signed notes marked progress 2, no change 1, setback 0',
      'Aftercare plan',
      'peer group on Thursdays',
      'Eastside Clinic',
      'Outpatient therapy',
      'County Housing Office',
      'Who to contact',
      '(555) 010-2000',
      'Signature',
      'Cam Manager',
      'Confidential',
    ])
      expect(text, expected).toContain(expected);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(info.Title).toBe('Discharge summary');
    expect(doc.part2Included).toBe(false);
    expect(doc.fileName).toBe(`discharge-summary-${dayOffset(-1)}.pdf`);
    expect(firstPagePng(doc.bytes, 'discharge-summary').size).toBeGreaterThan(1000);
  });

  it('is written in Spanish when asked', async () => {
    const doc = await maker.make(cam, {
      definition: 'discharge_summary',
      clientId: clinic.clientId,
      dischargeId: signed.id,
      recipient: 'client',
      language: 'es',
    });
    const text = flat((await pdfText(doc.bytes)).all);
    for (const expected of [
      'Resumen del alta',
      'Motivo del alta',
      'Otro: Moved in with her daughter',
      'Derivaciones',
      'Sin empezar',
    ])
      expect(text, expected).toContain(expected);
  });

  it('exists only for a signed discharge of this client, and is refused to roles that may not disclose it', async () => {
    // A supervisor may disclose both files: the discharge of one is not found in the other's.
    await expect(
      maker.make(sage, {
        definition: 'discharge_summary',
        clientId: clinic.otherClientId,
        dischargeId: signed.id,
        recipient: 'other',
        language: 'en',
      }),
    ).rejects.toMatchObject({ code: 'not_found', details: { messageKey: 'errors.discharge_not_found' } });
    await expect(
      maker.make(sage, {
        definition: 'discharge_summary',
        clientId: clinic.otherClientId,
        dischargeId: draftId,
        recipient: 'other',
        language: 'en',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    for (const who of [fran, ada])
      await expect(
        maker.make(who, {
          definition: 'discharge_summary',
          clientId: clinic.clientId,
          dischargeId: signed.id,
          recipient: 'other',
          language: 'en',
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
  });

  // Last: it flags the client. A client flagged Part 2 after the discharge was signed makes the
  // whole discharge Part 2, as the screens and the timeline already treat it.
  it('is refused for someone else once the client is a Part 2 client, and given to the client with the notice', async () => {
    const record = await clinic.call('clients:get', { id: clinic.clientId });
    if (record.access !== 'full') throw new Error('Cam sees the full file');
    const { id, updatedAt } = record.client;
    await clinic.call('clients:update', {
      id,
      client: {
        ...formFieldsOfRecord(record.client),
        flags: { ...record.client.flags, part2Protected: true },
      },
      expectedUpdatedAt: updatedAt,
    });
    const request = {
      definition: 'discharge_summary',
      clientId: clinic.clientId,
      dischargeId: signed.id,
      language: 'en',
    } as const;
    await expect(maker.make(cam, { ...request, recipient: 'other' })).rejects.toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'errors.access_needs_consent' },
    });
    const own = await maker.make(cam, { ...request, recipient: 'client' });
    expect(own.part2Included).toBe(true);
    expect(flat((await pdfText(own.bytes)).all)).toContain('42 CFR part 2');
  });
});
