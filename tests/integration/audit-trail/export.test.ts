import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { AUDIT_EXPORT_LIMITS } from '../../../src/main/audit-trail/export';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { readCsv } from '../../helpers/csv-read';

/** Staff whose names a spreadsheet would run as formulas, and a client Cam opens. */
async function clinicWithFormulaNames() {
  const clinic = await clinicWithStaff();
  const formulas = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-3+4', '@SUM(A1)'];
  for (const [index, fullName] of formulas.entries()) {
    const password = `formula-pass-${index}-long-enough`;
    await clinic.call('accounts:create', {
      fullName,
      username: `formula${index}`,
      role: 'case_manager',
      password,
      passwordConfirm: password,
    });
  }
  await clinic.as('cam');
  const ana = await clinic.call('clients:create', {
    client: client({ legalFirstName: 'Ana', legalLastName: 'López', birthDate: '1981-04-02' }),
  });
  await clinic.call('clients:get', { id: ana.id });
  await clinic.as('ada');
  return { ...clinic, ana, formulas };
}

type Clinic = Awaited<ReturnType<typeof clinicWithFormulaNames>>;

/** As in the app: choose the format and the place (the test picker answers), then export. */
async function exportAs(
  clinic: Clinic,
  format: 'csv' | 'pdf',
  filters: Record<string, unknown> = {},
  language = 'en',
) {
  await clinic.call('files:chooseSaveLocation', {
    purpose: 'audit_export',
    title: 'Save the audit trail',
    format,
  });
  return clinic.call('audit:export', { language: language as 'en', ...filters });
}

async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: document.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

describe('exporting the audit trail', () => {
  it('writes every matching entry as CSV that reads back, formulas escaped, and audits the export', async () => {
    const clinic = await clinicWithFormulaNames();
    const onScreen = await clinic.call('audit:list', { limit: 500 });
    const result = await exportAs(clinic, 'csv');
    expect(result.format).toBe('csv');
    expect(basename(result.file)).toMatch(/^Lantern-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const { bom, rows } = readCsv(readFileSync(result.file, 'utf8'));
    expect(bom).toBe(true);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Entry',
      'When',
      'When (UTC)',
      'Person',
      'Action',
      'What happened',
      'About',
      'Details',
      'Reference numbers',
    ]);
    // Every entry there was when the export began (the page listed and its own read included).
    expect(body.map((row) => Number(row[0]))).toEqual([
      onScreen.entries[0]!.seq + 1,
      ...onScreen.entries.map((e) => e.seq),
    ]);
    expect(result.rows).toBe(body.length);
    expect(body.every((row) => row.length === header!.length)).toBe(true);
    const camOpened = body.find((row) => row[4] === 'Client record opened');
    expect(camOpened?.[5]).toBe('Cam Manager opened the file of a client with full access');
    expect(camOpened?.[6]).toBe(`Lantern reference ${clinic.ana.id}`);
    // An administrator may not give a client's contact details to anyone (the policy's export
    // column): names and client IDs stay out of the file.
    expect(JSON.stringify(rows)).not.toMatch(/López|C-0000/);
    // Names a spreadsheet would run are text: each starts with an apostrophe (the accounts added
    // are the About of their entries).
    const people = new Set(body.map((row) => row[6]));
    for (const formula of clinic.formulas) {
      expect(people).toContain(`'${formula}`);
      expect(people).not.toContain(formula);
    }

    const [audited] = (await clinic.call('audit:list', { action: 'audit.exported', limit: 1 })).entries;
    expect(audited).toMatchObject({
      actorName: 'Ada Admin',
      subject: null,
      details: {
        format: 'csv',
        rows: body.length,
        throughEntry: Number(body[0]![0]),
        file: basename(result.file),
      },
    });
  });

  it('exports one client’s entries as a PDF that reads back, in Spanish, the export audited under the client', async () => {
    const clinic = await clinicWithFormulaNames();
    const result = await exportAs(clinic, 'pdf', { clientId: clinic.ana.id }, 'es');
    expect(result.format).toBe('pdf');
    expect(result.file.endsWith('.pdf')).toBe(true);
    expect(result.rows).toBe(2); // added, opened
    const { pages, text } = await pdfText(result.file);
    expect(pages).toBe(1);
    // The clinic's letterhead and footer, from the document engine.
    expect(text).toContain('Riverbend Community Services');
    expect(text).toContain('Registro de auditoría');
    expect(text).toContain('Preparado para entregar a un tercero');
    expect(text).toMatch(/Generado el .* por Ada Admin/);
    expect(text).toContain(`Cliente: referencia de Lantern ${clinic.ana.id}`);
    expect(text).toContain('Cam Manager abrió el expediente de un cliente con acceso completo');
    expect(text).toContain('con acceso completo');
    expect(text).toContain('Página 1 de 1');
    expect(text).not.toMatch(/López|C-0000/);
    const [audited] = (await clinic.call('audit:list', { action: 'audit.exported', limit: 1 })).entries;
    expect(audited).toMatchObject({ subject: clinic.ana.id, details: { format: 'pdf', rows: 2 } });
    // The export is found under the client's file too.
    const aboutAna = await clinic.call('audit:list', { clientId: clinic.ana.id });
    expect(aboutAna.entries.map((e) => e.action)).toContain('audit.exported');
  });

  it('writes nowhere until a place is chosen, and refuses a file too long to be one', async () => {
    const clinic = await clinicWithFormulaNames();
    expect((await clinic.refuse('audit:export', { language: 'en' })).code).toBe('wrong_state');
    expect((await clinic.call('audit:list', { action: 'audit.exported' })).entries).toEqual([]);
    // More entries than a PDF takes: refused with the limit, nothing written, nothing audited.
    for (let i = 0; i <= AUDIT_EXPORT_LIMITS.pdf; i++)
      await clinic.call('caseload:search', { query: `x${i}` });
    await clinic.call('files:chooseSaveLocation', { purpose: 'audit_export', title: 'Save', format: 'pdf' });
    const refused = await clinic.refuse('audit:export', { language: 'en', action: 'clients.searched' });
    expect(refused.code).toBe('invalid_input');
    expect(refused.details).toMatchObject({
      messageKey: 'errors.audit_export_too_many',
      limit: AUDIT_EXPORT_LIMITS.pdf,
    });
    expect((await clinic.call('audit:list', { action: 'audit.exported' })).entries).toEqual([]);
  }, 120_000);
});
