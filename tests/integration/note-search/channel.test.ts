import { describe, expect, it } from 'vitest';
import { policyClinic } from '../access/policy-clinic';

/** The channel through the real router and session: who may call it at all. */
describe('notes:search through the router', () => {
  it('answers clinical staff and refuses front desk, administrators and reporting with a typed error', async () => {
    const clinic = await policyClinic();
    for (const who of ['cam', 'sage']) {
      await clinic.as(who);
      expect(await clinic.call('notes:search', { query: 'dose review' }), who).toEqual({
        hits: [],
        more: false,
      });
    }
    for (const who of ['fran', 'ada', 'remy']) {
      await clinic.as(who);
      for (const input of [
        { query: 'dose review' },
        { query: 'dose review', clientId: clinic.clientIds.caseload },
      ]) {
        const error = await clinic.refuse('notes:search', input);
        expect(error.code, who).toBe('forbidden');
      }
    }
    await clinic.as('cam');
    const outside = await clinic.refuse('notes:search', { query: 'dose', clientId: clinic.clientIds.other });
    expect(outside.code).toBe('forbidden');
  });
});
