import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { clinicWithStaff, client } from '../../helpers/clinic';

it('smoke', async () => {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const c = await clinic.call('clients:create', { client: client() });
  await clinic.call('clients:get', { id: c.id });
  await clinic.as('ada');
  await clinic.call('settings:update', { clinicName: 'Riverbend Community Services', idleLockMinutes: 5 });
  const page = await clinic.call('audit:list', { limit: 30 });
  console.log(JSON.stringify(page.names, null, 1));
  console.log(page.entries.slice(0, 8).map((e) => `${e.action} ${e.subject} ${JSON.stringify(e.details)}`).join('\n'));
  const byClient = await clinic.call('audit:list', { clientId: c.id });
  console.log(byClient.entries.map((e) => e.action));
  const loc = await clinic.call('files:chooseSaveLocation', { purpose: 'audit_export', title: 'x', format: 'csv' });
  console.log(loc);
  const out = await clinic.call('audit:export', { language: 'en' });
  console.log(out, readFileSync(out.file, 'utf8').slice(0, 3000));
  await clinic.call('files:chooseSaveLocation', { purpose: 'audit_export', title: 'x', format: 'pdf' });
  const pdf = await clinic.call('audit:export', { language: 'es', clientId: c.id });
  console.log(pdf, readFileSync(pdf.file).subarray(0, 8).toString());
}, 60_000);
