import { describe, expect, it } from 'vitest';
import { INSTRUMENT_FILE_MAX_CHARS } from '../../../src/shared/contracts/measures';
import { shippedText } from '../../unit/measures/instrument-fixtures';
import { measuresClinic, phq9 } from './fixture';

/** A clinic's own instrument: the shipped GAD-7 under another id, with a reverse-scored item. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an instrument file as parsed JSON, edited freely
type Json = Record<string, any>;

function clinicFile(changes: (file: Json) => void = () => {}): string {
  const file = JSON.parse(shippedText('gad-7')) as Json;
  file.id = 'clinic-gad-r';
  file.abbreviation = 'GAD-R';
  file.scoring.reverse = ['q7'];
  changes(file);
  return JSON.stringify(file);
}

describe('Administration → Measures: adding an instrument file', () => {
  it('checks the file, keeps it, audits it, and scores with it from its definition alone', async () => {
    const clinic = await measuresClinic();
    await clinic.as('ada');
    const entry = await clinic.call('measures:addInstrument', { text: clinicFile(), licenceConfirmed: true });
    expect([entry.origin, entry.addedByName, entry.definition.id]).toEqual([
      'clinic',
      'Ada Admin',
      'clinic-gad-r',
    ]);
    const ids = (await clinic.call('measures:instruments', {})).map((e) => e.definition.id);
    expect(ids).toEqual(['audit-c', 'gad-7', 'pcl-5', 'phq-9', 'clinic-gad-r']);
    const audit = await clinic.call('audit:list', { action: 'instrument.added' });
    expect(audit.entries).toHaveLength(1);
    await clinic.as('cam');
    const result = await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'clinic-gad-r',
      mode: 'office',
      answers: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0 },
    });
    expect(result.total).toBe(3); // q7 reverse-scored: 0 counts as 3
  });

  it('refuses a bad file with each problem named, and keeps nothing', async () => {
    const clinic = await measuresClinic();
    await clinic.as('ada');
    const overlapping = clinicFile((file) => {
      file.bands.default[1].min = 3;
      file.scoring.rule = 'mean';
    });
    const bad = await clinic.refuse('measures:addInstrument', { text: overlapping, licenceConfirmed: true });
    expect(bad.code).toBe('invalid_input');
    expect(bad.fields).toMatchObject({ text: 'measures.problems.unknown_scoring_rule' });
    const bands = await clinic.refuse('measures:addInstrument', {
      text: clinicFile((file) => (file.bands.default[1].min = 3)),
      licenceConfirmed: true,
    });
    expect(bands.fields).toEqual({
      text: 'measures.problems.band_overlap',
      'problems.bands.default.1.min': 'measures.problems.band_overlap',
    });
    const notJson = await clinic.refuse('measures:addInstrument', {
      text: '{"id": "x"',
      licenceConfirmed: true,
    });
    expect(notJson.fields?.text).toBe('measures.problems.not_json');
    const shippedId = await clinic.refuse('measures:addInstrument', {
      text: shippedText('phq-9'),
      licenceConfirmed: true,
    });
    expect([shippedId.code, shippedId.fields]).toEqual([
      'conflict',
      { text: 'validation.measure_instrument_shipped' },
    ]);
    const unlicensed = await clinic.refuse('measures:addInstrument', {
      text: clinicFile(),
      licenceConfirmed: false,
    });
    expect(unlicensed.fields).toEqual({ licenceConfirmed: 'validation.measure_licence_required' });
    const huge = await clinic.refuse('measures:addInstrument', {
      text: 'x'.repeat(INSTRUMENT_FILE_MAX_CHARS + 1),
      licenceConfirmed: true,
    });
    expect(huge.fields).toEqual({ text: 'validation.measure_file_too_large' });
    expect((await clinic.call('measures:instruments', {})).map((e) => e.origin)).not.toContain('clinic');
    expect((await clinic.call('audit:list', { action: 'instrument.added' })).entries).toEqual([]);
  });

  it('is for administrators only', async () => {
    const clinic = await measuresClinic();
    for (const person of ['cam', 'sage']) {
      await clinic.as(person);
      expect(
        (await clinic.refuse('measures:addInstrument', { text: clinicFile(), licenceConfirmed: true })).code,
      ).toBe('forbidden');
    }
  });
});

describe('access to measures', () => {
  it('front desk, reporting and administrators see and give none; nothing changes', async () => {
    const clinic = await measuresClinic();
    const given = await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 2),
    });
    const { openAlerts } = await clinic.call('measures:overview', { clientId: clinic.own });
    for (const person of ['fran', 'remy', 'ada']) {
      await clinic.as(person);
      for (const [channel, input] of [
        ['measures:overview', { clientId: clinic.own }],
        ['measures:trend', { clientId: clinic.own, instrumentId: 'phq-9' }],
        ['measures:give', { clientId: clinic.own, instrumentId: 'phq-9', mode: 'office', answers: phq9(0) }],
        ['measures:acknowledgeAlert', { alertId: openAlerts[0]!.id, note: 'done' }],
      ] as const) {
        expect((await clinic.refuse(channel, input)).code, `${person} ${channel}`).toBe('forbidden');
      }
    }
    await clinic.as('cam');
    const after = await clinic.call('measures:overview', { clientId: clinic.own });
    expect([after.results.map((r) => r.id), after.openAlerts.length]).toEqual([[given.id], 1]);
  });

  it("a case manager is refused another worker's client without breaking the glass; nothing changes", async () => {
    const clinic = await measuresClinic();
    await clinic.as('sage');
    await clinic.call('measures:give', {
      clientId: clinic.other,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 1),
    });
    const [alert] = (await clinic.call('measures:overview', { clientId: clinic.other })).openAlerts;
    await clinic.as('cam');
    for (const [channel, input] of [
      ['measures:overview', { clientId: clinic.other }],
      ['measures:trend', { clientId: clinic.other, instrumentId: 'phq-9' }],
      ['measures:give', { clientId: clinic.other, instrumentId: 'phq-9', mode: 'office', answers: phq9(0) }],
      ['measures:acknowledgeAlert', { alertId: alert!.id, note: 'done' }],
    ] as const) {
      expect((await clinic.refuse(channel, input)).code, channel).toBe('forbidden');
    }
    await clinic.as('sage');
    const after = await clinic.call('measures:overview', { clientId: clinic.other });
    expect([after.results.length, after.openAlerts.length]).toEqual([1, 1]);
  });
});
