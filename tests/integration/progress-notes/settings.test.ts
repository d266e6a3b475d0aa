import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../../helpers/clinic';

const UNKNOWN_ID = '018f5e7a-0000-7000-8000-000000000000';

describe('note settings', () => {
  it('read by anyone signed in (DAP, 3 days, nobody co-signed by default); saved by settings managers, audited from → to', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const defaults = await clinic.call('notes:settings', {});
    expect(defaults).toEqual({
      defaultFormatId: 'dap',
      lateEntryDays: 3,
      cosignRoles: [],
      cosignAccountIds: [],
    });
    expect((await clinic.refuse('notes:saveSettings', { ...defaults, lateEntryDays: 5 })).code).toBe(
      'forbidden',
    );

    await clinic.as('ada');
    const saved = await clinic.call('notes:saveSettings', {
      defaultFormatId: 'soap',
      lateEntryDays: 5,
      cosignRoles: ['case_manager'],
      cosignAccountIds: [clinic.ids.sage as string],
    });
    expect(await clinic.call('notes:settings', {})).toEqual(saved);
    const [entry] = (await clinic.call('audit:list', { action: 'settings.updated', limit: 1 })).entries;
    expect(entry?.details).toEqual({
      defaultFormatId: 'dap → soap',
      lateEntryDays: '3 → 5',
      cosignRoles: 'none → case_manager',
      cosignAccountIds: `none → ${clinic.ids.sage}`,
    });
    // Nothing changed: nothing written, nothing audited.
    await clinic.call('notes:saveSettings', saved);
    const entries = (await clinic.call('audit:list', { action: 'settings.updated', limit: 10 })).entries;
    expect(entries).toHaveLength(1);

    await clinic.as('cam');
    const started = await clinic.call('notes:start', {
      clientId: (
        await clinic.call('clients:create', {
          client: {
            legalFirstName: 'A',
            legalLastName: 'B',
            birthDate: '1990-01-01',
            assignedCaseManagerIds: [clinic.ids.cam as string],
          },
        })
      ).id,
    });
    expect(started.current.content.formatId).toBe('soap');
  });

  it('refuses a default format that does not exist and accounts that are not real, changing nothing', async () => {
    const clinic = await clinicWithStaff();
    const before = await clinic.call('notes:settings', {});
    const format = await clinic.refuse('notes:saveSettings', { ...before, defaultFormatId: 'made-up' });
    expect(format).toMatchObject({
      code: 'invalid_input',
      fields: { defaultFormatId: 'validation.invalid' },
    });
    const account = await clinic.refuse('notes:saveSettings', {
      ...before,
      cosignAccountIds: [clinic.ids.cam as string, UNKNOWN_ID],
    });
    expect(account).toMatchObject({
      code: 'invalid_input',
      fields: { 'cosignAccountIds.1': 'validation.unknown_worker' },
    });
    expect(await clinic.call('notes:settings', {})).toEqual(before);
  });
});
