import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS, verdict } from '../../../src/shared/domain/access';
import { ROLES } from '../../../src/shared/domain/roles';
import { shippedText } from '../../unit/measures/instrument-fixtures';
import { measuresClinic, phq9 } from './fixture';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an instrument file as parsed JSON, edited freely
type Json = Record<string, any>;

describe("a result's band label", () => {
  it("comes from the client's own band list: AUDIT-C 3 for a man is below his cut-off of 4", async () => {
    const clinic = await measuresClinic(); // Cam's client is male
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'audit-c',
      mode: 'office',
      answers: { q1: 2, q2: 1, q3: 0 },
    });
    const [result] = (await clinic.call('measures:overview', { clientId: clinic.own })).results;
    expect([result!.total, result!.bandId, result!.bandLabel?.en]).toEqual([
      3,
      'negative',
      'Below the screening cut-off (men: 4)',
    ]);
  });

  it('comes from the definition version the result was scored with, not the newest', async () => {
    const clinic = await measuresClinic();
    const file = JSON.parse(shippedText('gad-7')) as Json;
    file.id = 'clinic-anxiety';
    await clinic.as('ada');
    await clinic.call('measures:addInstrument', { text: JSON.stringify(file), licenceConfirmed: true });
    await clinic.as('cam');
    const answers = { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0 };
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'clinic-anxiety',
      mode: 'office',
      answers,
    });
    file.version = `${file.version}-renamed`;
    file.bands.default[0].label.en = 'Renamed in the newer version';
    await clinic.as('ada');
    await clinic.call('measures:addInstrument', { text: JSON.stringify(file), licenceConfirmed: true });
    await clinic.as('cam');
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'clinic-anxiety',
      mode: 'office',
      answers,
    });
    const trend = await clinic.call('measures:trend', {
      clientId: clinic.own,
      instrumentId: 'clinic-anxiety',
    });
    expect(trend.map((point) => point.bandLabel?.en)).toEqual(['Minimal', 'Renamed in the newer version']);
  });
});

describe('Part 2 (42 CFR Part 2) results', () => {
  it('AUDIT-C results are marked Part 2, in the overview and the trend; the PHQ-9 is not', async () => {
    const clinic = await measuresClinic();
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'audit-c',
      mode: 'office',
      answers: { q1: 0 },
    });
    await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0),
    });
    const { results } = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(results.map((result) => [result.instrumentId, result.part2]).sort()).toEqual([
      ['audit-c', true],
      ['phq-9', false],
    ]);
    const trend = await clinic.call('measures:trend', { clientId: clinic.own, instrumentId: 'audit-c' });
    expect(trend.map((point) => point.part2)).toEqual([true]);
    const catalogue = await clinic.call('measures:instruments', {});
    expect(catalogue.filter((entry) => entry.definition.part2).map((entry) => entry.definition.id)).toEqual([
      'audit-c',
    ]);
  });

  it('the policy never refuses Part 2 reading where it allows clinical reading (so no viewer loses AUDIT-C alone)', () => {
    // Main asks for `part2` on AUDIT-C results; this records why no test can see it refused today.
    for (const role of ROLES) {
      for (const relationship of RELATIONSHIPS) {
        if (verdict(role, relationship, 'clinical', 'read') === 'allow') {
          expect(verdict(role, relationship, 'part2', 'read'), `${role} ${relationship}`).toBe('allow');
        }
      }
    }
  });
});
