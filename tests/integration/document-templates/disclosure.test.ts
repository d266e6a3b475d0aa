import { describe, expect, it } from 'vitest';
import { revisePlan } from '../progress-notes/note-clinic';
import { fillClinic } from './fill-clinic';

/**
 * A fill asks the access policy about every kind of record the template's fields touch, for the
 * recipient, before it reads them; a field the person may not disclose refuses the whole fill,
 * naming the field — never a letter with a silent blank — and nothing is made or audited as filled.
 */
describe('a template asks the disclosure rule for every field it uses', () => {
  const filledEntries = async (clinic: Awaited<ReturnType<typeof fillClinic>>) => {
    await clinic.as('ada');
    const entries = (await clinic.call('audit:list', { action: 'template.filled', limit: 50 })).entries;
    return entries.length;
  };

  it('diagnoses of a client with a substance-use diagnosis: refused for someone else (consent), given to the client', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Referral', [
      'Dear colleague, about {client.fullName}:',
      '{#diagnoses}{code} {title}{/diagnoses}',
    ]);
    const refused = await clinic.refuse('documentTemplates:fill', {
      templateId,
      clientId: clinic.luis,
      recipient: 'other',
    });
    expect(refused).toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'errors.template_field_needs_consent', field: 'diagnoses', needsConsent: true },
    });
    expect(await filledEntries(clinic)).toBe(0);

    await clinic.as('cam');
    const own = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.luis,
      recipient: 'client',
    });
    expect(own.part2Included).toBe(true);
    expect(own.paragraphs.join(' ')).toContain('F11.20');
    // A client without Part 2 diagnoses: the same template may go to someone else.
    const other = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'other',
    });
    expect(other.part2Included).toBe(false);
  });

  it('a letter that names the client only is fine for the Part 2 client to someone else', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Letter', ['Dear {client.preferredName}, {clinic.name}']);
    const filled = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.luis,
      recipient: 'other',
    });
    expect(filled.paragraphs).toContain('Dear Jon, Riverbend Community Services');
  });

  it('front desk: nothing of the client may leave; a template with only clinic fields still fills', async () => {
    const clinic = await fillClinic();
    const clinical = await clinic.addTemplate('Plan', ['{#plan.goals}{statement}{/plan.goals}']);
    const named = await clinic.addTemplate('Named', ['{clinic.name}', 'For {client.firstName}']);
    const plain = await clinic.addTemplate('Blank form', ['{clinic.name}', '{today}']);
    await clinic.as('fran');
    for (const recipient of ['client', 'other'] as const) {
      expect(
        (
          await clinic.refuse('documentTemplates:fill', {
            templateId: clinical,
            clientId: clinic.ana,
            recipient,
          })
        ).details,
      ).toMatchObject({ messageKey: 'errors.template_field_not_disclosable', field: 'plan.goals' });
    }
    expect(
      (
        await clinic.refuse('documentTemplates:fill', {
          templateId: named,
          clientId: clinic.ana,
          recipient: 'client',
        })
      ).details,
    ).toMatchObject({ messageKey: 'errors.template_field_not_disclosable', field: 'client.firstName' });
    const form = await clinic.call('documentTemplates:fill', {
      templateId: plain,
      clientId: clinic.ana,
      recipient: 'other',
    });
    expect(form.paragraphs[0]).toBe('Riverbend Community Services');
    expect(await filledEntries(clinic)).toBe(1);
  });

  it('a client of someone else: the file must be opened with a reason first', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Letter', ['Dear {client.preferredName}']);
    await clinic.as('dee');
    const refused = await clinic.refuse('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'client',
    });
    expect(refused.details).toMatchObject({ messageKey: 'errors.access_needs_reason', needsReason: true });
    expect(await filledEntries(clinic)).toBe(0);
  });

  it('a supervisor fills clinical templates; a Part 2 goal makes the goals need consent for someone else', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Goals', ['{#plan.goals}', '{statement}', '{/plan.goals}']);
    await clinic.as('sage');
    const filled = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'other',
    });
    expect(filled.paragraphs).toContain('Sleep 7 hours 5 nights a week');
    await clinic.as('cam');
    await revisePlan({ call: clinic.call, clientId: clinic.ana }, (content) => {
      (content.needs[0]?.goals[1] as { part2: boolean }).part2 = true;
    });
    await clinic.as('sage');
    const refused = await clinic.refuse('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'other',
    });
    expect(refused.details).toMatchObject({
      messageKey: 'errors.template_field_needs_consent',
      field: 'plan.goals',
    });
    const own = await clinic.call('documentTemplates:fill', {
      templateId,
      clientId: clinic.ana,
      recipient: 'client',
    });
    expect(own).toMatchObject({ part2Included: true });
    expect(own.paragraphs).toContain('Sleep 7 hours 5 nights a week');
  });

  it('an unknown client or template is refused by name', async () => {
    const clinic = await fillClinic();
    const templateId = await clinic.addTemplate('Letter', ['Dear {client.preferredName}']);
    const unknown = '018f5e7a-0000-7000-8000-000000000000';
    expect(
      (await clinic.refuse('documentTemplates:fill', { templateId, clientId: unknown, recipient: 'client' }))
        .details?.messageKey,
    ).toBe('errors.not_found_client');
    expect(
      (
        await clinic.refuse('documentTemplates:fill', {
          templateId: unknown,
          clientId: clinic.ana,
          recipient: 'client',
        })
      ).details?.messageKey,
    ).toBe('errors.template_not_found');
  });
});
