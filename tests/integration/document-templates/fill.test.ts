import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { docxText, partOf } from '../../helpers/docx';
import { RICH_TEMPLATE, fillClinic } from './fill-clinic';

const longDate = (day: string, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

describe('filling a Word template for a client', () => {
  it('fills fields, loops, nested loops, table-row loops and conditions from the record', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Summary letter', RICH_TEMPLATE);
    const filled = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'client',
    });
    expect(filled.fileName).toBe(`summary-letter-${localToday()}.docx`);
    expect(filled.fileName).not.toMatch(/ana|diaz|0042/i);
    expect(filled.templateVersion).toBe(1);
    expect(filled.part2Included).toBe(false);

    // The text preview is the filled document's own paragraphs.
    expect(filled.paragraphs).toContain('Riverbend Community Services');
    expect(filled.paragraphs).toContain('An interpreter (Spanish) is needed.');
    expect(filled.paragraphs).not.toContain('No interpreter is needed.');
    expect(filled.paragraphs.join('\n')).not.toMatch(/[{}]|undefined/);

    // Each fill is its own preview.
    const held = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'client',
    });
    expect(held.previewId).not.toBe(filled.previewId);
    expect(held.paragraphs).toEqual(filled.paragraphs);
  });

  it('the filled document says what the record says (read back with mammoth)', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Summary letter', RICH_TEMPLATE);
    const text = await filledText(clinic, templateId, clinic.ana);
    const today = localToday();
    for (const expected of [
      'Riverbend Community Services',
      longDate(today),
      `Dear Anita (Ana Diaz, born June 15, 1990, age ${ageOn('1990-06-15', today)}, number C-0042),`,
      'Address: 12 Elm Court, Apt 3, Riverside, OR 97001',
      'An interpreter (Spanish) is needed.',
      'Goal: PHQ-9 below 10 by June [Not started] — “I want to feel like myself again”',
      'Goal: Sleep 7 hours 5 nights a week [Not started] — “Sleep better”',
      'Objective: Attend weekly therapy for 8 weeks by',
      'Dr. Iris Okafor',
      'Psychiatrist',
      '(555) 300-1000',
      'Tomás Reyes',
      'Therapist',
      'Diagnosis F33.1: Major depressive disorder, recurrent, moderate (primary)',
      'Latest PHQ-9: 10 (Moderate) on',
      'No medications listed.',
      'Note of',
      '(Home visit, Cam Manager): Client reported sleeping better',
      `Plan from ${longDate(today)} to review on`,
      'Cam Manager, Case Manager',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('No interpreter is needed.');
    expect(text).not.toContain('Medication ');
    expect(text).not.toMatch(/[{}]|undefined/);
    // One table row per care-team member, in the table (mammoth writes each cell as a paragraph).
    expect(text.indexOf('Dr. Iris Okafor')).toBeGreaterThan(text.indexOf('Provider'));
    expect(text.match(/Psychiatrist|Therapist/g)).toHaveLength(2);
  });

  it('a condition that is false leaves its text out; the document can be in Spanish', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Carta', [
      '{today}',
      '{#client.interpreterNeeded}Intérprete.{/}{^client.interpreterNeeded}Sin intérprete.{/client.interpreterNeeded}',
      'Nacimiento: {client.birthDate}. {worker.title}',
    ]);
    const filled = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.luis,
      recipient: 'client',
      language: 'es',
    });
    expect(filled.paragraphs).toContain('Sin intérprete.');
    expect(filled.paragraphs).toContain('Nacimiento: 7 de marzo de 1980. Gestor/a de casos');
    expect(filled.paragraphs).toContain(longDate(localToday(), 'es-US'));
  });

  it('is audited against the client: who, which template and version, for whom — never the text', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Letter', ['Dear {client.preferredName}']);
    await clinic.call('documentTemplates:fill', { templateId, clientId: clinic.ana, recipient: 'other' });
    await clinic.as('ada');
    const [entry] = (await clinic.call('audit:list', { action: 'template.filled', limit: 1 })).entries;
    expect(entry).toMatchObject({
      actorName: 'Cam Manager',
      subject: clinic.ana,
      details: {
        templateId,
        version: 1,
        recipient: 'other',
        language: 'en',
        fields: 1,
      },
    });
    // Whether Part 2 went with it is not the administrator's to read (the audit trail hides it).
    expect(entry?.details).not.toHaveProperty('part2Disclosed');
    expect(JSON.stringify(entry)).not.toContain('Anita');
  });

  it('an archived template is no longer filled', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Letter', ['Dear {client.preferredName}']);
    await clinic.as('ada');
    await clinic.call('documentTemplates:archive', { templateId });
    await clinic.as('cam');
    const refused = await clinic.refuse('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'client',
    });
    expect(refused.details?.messageKey).toBe('errors.template_archived');
  });
});

/** Fills, saves the preview as a person would (Save as…), and reads the saved file back with mammoth. */
async function filledText(
  clinic: Awaited<ReturnType<typeof fillClinic>>,
  templateId: string,
  clientId: string,
) {
  const filled = await clinic.call('documentTemplates:fill', { templateId, clientId, recipient: 'client' });
  const location = await clinic.call('files:chooseSaveLocation', {
    purpose: 'document',
    title: 'Save the document',
    previewId: filled.previewId,
  });
  expect(basename(location.path ?? '')).toBe(filled.fileName);
  const saved = await clinic.call('documents:save', { previewId: filled.previewId });
  const bytes = new Uint8Array(readFileSync(saved.file));
  expect(partOf(bytes, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  return docxText(bytes);
}

function ageOn(birth: string, today: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
