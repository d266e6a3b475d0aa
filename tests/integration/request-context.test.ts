import { describe, expect, it } from 'vitest';
import { client, clinicWithStaff } from '../helpers/clinic';

/**
 * One request, one `now`: the rows a change writes, its history and its audit entry carry the
 * same instant, even on a clock that moves on every time it is read (as a real one does, by
 * milliseconds, between the statements of a transaction).
 */
describe('the request context', () => {
  it('stamps a change, its history and its audit entry with one reading of the clock', async () => {
    let tick = 0;
    // Every reading of this clock is one second later than the one before.
    const now = () => new Date(Date.UTC(2026, 0, 5, 9, 0, 0) + 1000 * tick++);
    const clinic = await clinicWithStaff({ now });
    await clinic.as('sage');
    const created = await clinic.call('clients:create', { client: client(), duplicatesReviewed: true });
    const contact = await clinic.call('careTeam:add', {
      clientId: created.id,
      contact: {
        kind: 'care_team',
        careRole: 'psychiatrist',
        name: 'Dr. Rowan Vale',
        relationship: '',
        organisation: 'County Clinic',
        phone: '',
        email: '',
        mayContact: false,
        consentDate: null,
        notes: '',
      },
    });
    const history = await clinic.call('clients:history', { clientId: created.id });
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', {});
    const auditedAt = (action: string) => entries.find((entry) => entry.action === action)?.occurredAt;
    const historyAt = (entity: string) => [
      ...new Set(history.filter((h) => h.entity === entity).map((h) => h.at)),
    ];

    expect(historyAt('client')).toEqual([created.createdAt]);
    expect(auditedAt('client.created')).toBe(created.createdAt);
    expect(historyAt('contact')).toEqual([contact.updatedAt]);
    expect(auditedAt('contact.added')).toBe(contact.updatedAt);
    // The clock really moved between requests: the two changes are seconds apart.
    expect(contact.updatedAt > created.createdAt).toBe(true);
  });
});
