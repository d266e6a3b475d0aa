import { describe, expect, it } from 'vitest';
import type { DocumentRequestInput } from '../../../src/shared/domain/documents';
import { ADMIN } from '../../helpers/lantern';
import { dayOffset } from '../progress-notes/note-clinic';
import { documentSuite, firstPagePng } from './render-helpers';
import { WHO, richClinic } from './rich-client';

describe('the care plan, assessment summary and progress notes documents', () => {
  const suite = documentSuite(richClinic);

  const base = () => ({
    clientId: suite.clinic.clientId,
    recipient: 'other' as const,
    language: 'en' as const,
  });

  it('care plan: needs, goals, objectives, interventions, statuses and the signatures as signed', async () => {
    const { doc, all, pages } = await suite.maker.read(WHO.cam, { definition: 'care_plan', ...base() });
    expect(firstPagePng(doc.bytes, 'care-plan').size).toBeGreaterThan(1000);
    for (const expected of [
      ADMIN.clinicName,
      'Care plan',
      'Need 1: Low mood most days',
      'Goal 1.1: PHQ-9 below 10 by June',
      'I want to feel like myself again',
      'Attend weekly therapy for 8 weeks',
      'Referral to therapy',
      'Not started',
      'Version 1 (in force)',
      'Signatures',
      'Cam Manager',
      'Ana Diaz',
      'Signed by hand on screen.',
      'Confidential',
    ])
      expect(all).toContain(expected);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(doc.fileName).toMatch(/^care-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(doc.fileName).not.toContain('Diaz');
    expect(doc.part2Included).toBe(false);
    expect(all).not.toContain('42 CFR part 2 prohibits');
  });

  it('care plan with blank lines to sign on paper', async () => {
    const { all } = await suite.maker.read(WHO.cam, {
      definition: 'care_plan',
      ...base(),
      signatures: 'blank_lines',
    });
    expect(all).toContain('Client — Signature and date');
    expect(all).not.toContain('Signed by hand on screen.');
  });

  it('assessment summary: sections, the latest score of each measure and vector trend charts with bands', async () => {
    const { doc, all } = await suite.maker.read(WHO.cam, {
      definition: 'assessment_summary',
      ...base(),
      recipient: 'client',
    });
    expect(firstPagePng(doc.bytes, 'assessment-summary').size).toBeGreaterThan(1000);
    for (const expected of [
      'Assessment summary',
      'Intake assessment',
      'Rents a studio; two months behind on rent.',
      'Close to her sister',
      'Moderate risk',
      'Latest measure scores',
      'PHQ-9',
      'GAD-7',
      'PHQ-9 scores:',
      'Trends',
    ])
      expect(all).toContain(expected);
    // The latest PHQ-9 (1+1+1+0+0+1+0+0+0 = 4) and its band, the earlier ones in the trend.
    expect(all).toMatch(/PHQ-9\s+4\s+None–minimal/);
    expect(all).toMatch(/PHQ-9 scores: .*: 17; .*: 10; .*: 4\./);
    // Drawn as vectors: the page has no image XObject, only paths (the letterhead has no logo here).
    expect(Buffer.from(doc.bytes).toString('latin1')).not.toContain('/Subtype /Image');
    // Substance use is Part 2 information: given to the client, with the notice.
    expect(all).toContain('Alcohol two or three drinks');
    expect(doc.part2Included).toBe(true);
    expect(all).toContain('42 CFR part 2 prohibits unauthorized disclosure of these records.');
  });

  it('assessment summary for someone else leaves the substance-use section out, without the notice', async () => {
    const { doc, all } = await suite.maker.read(WHO.cam, { definition: 'assessment_summary', ...base() });
    expect(all).not.toContain('Alcohol two or three drinks');
    expect(all).toContain('if any, is not included');
    expect(doc.part2Included).toBe(false);
    expect(all).not.toContain('42 CFR part 2 prohibits');
  });

  it('progress notes: sections, addenda, co-signature, late-entry and entered-in-error marks', async () => {
    const { doc, all } = await suite.maker.read(WHO.cam, {
      definition: 'progress_notes',
      ...base(),
      from: dayOffset(-30),
      to: dayOffset(0),
    });
    expect(firstPagePng(doc.bytes, 'progress-notes').size).toBeGreaterThan(1000);
    for (const expected of [
      'Progress notes',
      'Client reported sleeping better',
      'Home visit',
      'Addendum by Cam Manager',
      'Sister called: the rent form went in.',
      'Co-signed by Sage Supervisor',
      'Late entry',
      'Entered in error',
      'Written in the wrong client’s file.',
    ])
      expect(all).toContain(expected);
    expect(all).toMatch(/Notes\s+4/);
    expect(doc.part2Included).toBe(false);
  });

  it('progress notes only of the range asked', async () => {
    const { all } = await suite.maker.read(WHO.cam, {
      definition: 'progress_notes',
      ...base(),
      from: dayOffset(-20),
      to: dayOffset(-10),
    });
    expect(all).toMatch(/Notes\s+1/);
    expect(all).not.toContain('Sister called');
  });

  it('a Part 2 client’s notes: to the client with the notice; to anyone else withheld, no notice', async () => {
    const range = { from: dayOffset(-30), to: dayOffset(0) };
    const { doc: own, all: ownText } = await suite.maker.read(WHO.cam, {
      definition: 'progress_notes',
      clientId: suite.clinic.part2ClientId,
      recipient: 'client',
      language: 'en',
      ...range,
    });
    expect(own.part2Included).toBe(true);
    expect(ownText).toContain('42 CFR part 2 prohibits unauthorized disclosure of these records.');
    expect(ownText).toContain('Client reported sleeping better');

    const { doc: other, all: otherText } = await suite.maker.read(WHO.cam, {
      definition: 'progress_notes',
      clientId: suite.clinic.part2ClientId,
      recipient: 'other',
      language: 'en',
      ...range,
    });
    expect(other.part2Included).toBe(false);
    expect(otherText).not.toContain('42 CFR part 2 prohibits');
    expect(otherText).not.toContain('Client reported sleeping better');
    expect(otherText).toContain('No signed progress notes in this period.');
  });

  it('each document in Spanish', async () => {
    const es = { ...base(), language: 'es' as const };
    const text = async (request: {
      definition: DocumentRequestInput['definition'];
      from?: string;
      to?: string;
    }) => (await suite.maker.read(WHO.cam, { ...es, ...request } as DocumentRequestInput)).all;
    const plan = await text({ definition: 'care_plan' });
    expect(plan).toContain('Plan de atención');
    expect(plan).toContain('Sin empezar');
    expect(plan).toMatch(/Página 1 de \d+/);
    const summary = await text({ definition: 'assessment_summary' });
    expect(summary).toContain('Resumen de la evaluación');
    expect(summary).toContain('Riesgo moderado');
    const notes = await text({ definition: 'progress_notes', from: dayOffset(-30), to: dayOffset(0) });
    expect(notes).toContain('Notas de progreso');
    expect(notes).toContain('Visita a domicilio');
    expect(notes).toContain('Registro tardío');
  });

  it('is refused to front desk and administrators, who may not disclose clinical records', async () => {
    for (const who of [WHO.fran, WHO.ada])
      for (const definition of ['care_plan', 'assessment_summary'] as const)
        await expect(suite.maker.make(who, { definition, ...base() })).rejects.toMatchObject({
          code: 'forbidden',
          details: { messageKey: 'errors.access_part_forbidden' },
        });
  });
});
