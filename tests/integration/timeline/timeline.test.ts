import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src/shared/contracts/timeline';
import { client } from '../../helpers/clinic';
import { phq9 } from '../measures/fixture';
import { noteContent, timelineClinic } from './fixture';

type Clinic = Awaited<ReturnType<typeof timelineClinic>>;

/** Every page of a client's timeline with these filters, `limit` at a time. */
async function allPages(clinic: Clinic, input: Record<string, unknown> = {}, limit = 100) {
  const items: TimelineItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 500; page++) {
    const read = await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      limit,
      ...input,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...read.items);
    if (!read.nextCursor) return items;
    cursor = read.nextCursor;
  }
  throw new Error('no end to the pages');
}

const localInstant = (date: string, time: string) => new Date(`${date}T${time}:00`).toISOString();

describe("the client's timeline", () => {
  it('shows every source with its event and the values of its sentence, newest first', async () => {
    const clinic = await timelineClinic();
    const { items } = await clinic.call('timeline:list', { clientId: clinic.clientId });
    const events = items.map((item) => `${item.kind}/${item.event}`);
    expect(new Set(events)).toEqual(
      new Set([
        'assessment/assessment_signed',
        'care_plan/plan_signed',
        'care_plan/plan_agreed',
        'care_plan/plan_approved',
        'measure/measure_given',
        'alert/alert_raised',
        'alert/alert_acknowledged',
        'risk/risk_changed',
        'care_team/care_team_changed',
        'diagnosis/diagnosis_changed',
        'note/note_signed',
        'note/note_cosigned',
        'addendum/addendum_signed',
      ]),
    );
    const sorted = [...items].sort((a, b) =>
      a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at),
    );
    expect(items.map((item) => item.id)).toEqual(sorted.map((item) => item.id));

    const find = (event: string, test: (item: TimelineItem) => boolean = () => true) => {
      const found = items.filter((item) => item.event === event && test(item));
      expect(found, event).toHaveLength(1);
      return found[0] as TimelineItem;
    };
    expect(find('assessment_signed')).toMatchObject({
      params: { type: 'intake', version: 1, riskLevel: 'moderate' },
      authorName: 'Cam Manager',
      authorId: clinic.ids.cam,
      ref: { screen: 'assessment', id: clinic.made.intake.summary.id },
    });
    expect(find('plan_agreed').params).toMatchObject({ version: 1, signer: 'Ana Diaz' });
    expect(find('plan_approved')).toMatchObject({
      authorName: 'Sage Supervisor',
      ref: { screen: 'care_plan' },
    });
    expect(find('measure_given', (item) => item.params.instrument === 'PHQ-9')).toMatchObject({
      params: { score: 11, bandEn: 'Moderate' },
      part2: false,
      enteredInError: false,
      ref: { screen: 'measures', id: clinic.made.phq.id },
    });
    expect(find('measure_given', (item) => item.ref.id === clinic.made.wrong.id).enteredInError).toBe(true);
    expect(find('measure_given', (item) => item.ref.id === clinic.made.audit.id)).toMatchObject({
      part2: true,
      params: { instrument: 'AUDIT-C', score: 4 },
    });
    expect(find('alert_acknowledged').excerpt).toBe('Safety plan reviewed with Ana; crisis line given.');
    const risks = items
      .filter((item) => item.event === 'risk_changed')
      .map((item) => [item.params.level, item.params.source]);
    expect(risks).toEqual([
      ['high', 'manual'],
      ['moderate', 'assessment'],
    ]);
    expect(find('care_team_changed').params).toEqual({ name: 'Dr. Okafor', change: 'added' });
    expect(find('diagnosis_changed').params.change).toBe('added');
    expect(find('diagnosis_changed').params.name).toMatch(/^F33\.1 /);

    const signed = items.filter((item) => item.event === 'note_signed');
    expect(signed).toHaveLength(3);
    const first = signed.find((item) => item.ref.id === clinic.made.note.recordId) as TimelineItem;
    // The contact's date and time (the workstation's clock), not the moment of signing.
    expect(first.at).toBe(localInstant('2026-02-20', '09:30'));
    expect(first.excerpt).toBe(
      'Met Ana at home. She said the rent is paid and she slept better this week, which she credits to the new routine.',
    );
    expect(first.params).toMatchObject({ contactType: 'home_visit', format: 'dap' });
    const erroneous = signed.find((item) => item.ref.id === clinic.made.erroneous.recordId) as TimelineItem;
    expect([erroneous.enteredInError, erroneous.at]).toEqual([true, localInstant('2026-02-25', '12:00')]);
    expect(signed.find((item) => item.ref.id === clinic.made.part2Note.recordId)?.part2).toBe(true);
    expect(find('note_cosigned')).toMatchObject({ authorName: 'Sage Supervisor', excerpt: null });
    expect(find('addendum_signed')).toMatchObject({
      params: { recordKind: 'progress_note' },
      ref: { screen: 'note', id: clinic.made.note.recordId },
    });
  });

  it('cuts an excerpt at a word, on one line', async () => {
    const clinic = await timelineClinic();
    const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    clinic.writeNote(
      noteContent({ sections: [{ id: 'data', text: `\n${long}` }], contactDate: '2026-03-01' }),
    );
    const { items } = await clinic.call('timeline:list', { clientId: clinic.clientId, kinds: ['note'] });
    const excerpt =
      items.find((item) => item.at.startsWith('2026-03-01') || item.at.startsWith('2026-02-28'))?.excerpt ??
      '';
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(141);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(excerpt).not.toMatch(/\n/);
  });

  it('pages without repeats or gaps, also across many items at the same instant', async () => {
    const clinic = await timelineClinic();
    // Eleven measures given in the same millisecond: only the id tells them apart.
    for (let index = 0; index < 11; index++)
      await clinic.call('measures:give', {
        clientId: clinic.clientId,
        instrumentId: 'phq-9',
        mode: 'office',
        answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
      });
    const whole = await allPages(clinic, {}, 200);
    expect(whole.filter((item) => item.at === clinic.clock.now().toISOString())).toHaveLength(11);
    for (const limit of [1, 2, 3, 7]) {
      const paged = await allPages(clinic, {}, limit);
      expect(
        paged.map((item) => item.id),
        `limit ${limit}`,
      ).toEqual(whole.map((item) => item.id));
    }
    const first = await clinic.call('timeline:list', { clientId: clinic.clientId, limit: whole.length });
    expect(first.nextCursor).toBeNull();
  });

  it('filters by kind, author and date range (the workstation’s days), and lists the authors', async () => {
    const clinic = await timelineClinic();
    const read = (input: Record<string, unknown>) => allPages(clinic, input, 4);
    const kinds = await read({ kinds: ['measure', 'risk'] });
    expect(new Set(kinds.map((item) => item.kind))).toEqual(new Set(['measure', 'risk']));
    expect(kinds).toHaveLength(5);

    const bySage = await read({ authorId: clinic.ids.sage });
    expect(bySage.map((item) => item.event).sort()).toEqual(['note_cosigned', 'plan_approved']);

    const february = await read({ from: '2026-02-20', to: '2026-02-25' });
    expect(february.map((item) => item.at)).toEqual([
      localInstant('2026-02-25', '12:00'),
      localInstant('2026-02-20', '09:30'),
    ]);
    const oneDay = await read({ from: '2026-02-26', to: '2026-02-26', kinds: ['note'] });
    expect(oneDay.map((item) => item.ref.id)).toEqual([clinic.made.part2Note.recordId]);

    const { authors } = await clinic.call('timeline:list', { clientId: clinic.clientId, kinds: ['risk'] });
    expect(authors).toEqual([
      { id: clinic.ids.cam, name: 'Cam Manager' },
      { id: clinic.ids.sage, name: 'Sage Supervisor' },
    ]);
    const backwards = await clinic.refuse('timeline:list', {
      clientId: clinic.clientId,
      from: '2026-03-02',
      to: '2026-03-01',
    });
    expect(backwards).toMatchObject({ code: 'invalid_input', fields: { to: 'validation.date_range' } });
  });

  it('refuses a forged, edited or other client’s cursor with a clear error', async () => {
    const clinic = await timelineClinic();
    const { nextCursor } = await clinic.call('timeline:list', { clientId: clinic.clientId, limit: 2 });
    const other = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Other', birthDate: '1990-01-01' }),
      duplicatesReviewed: true,
    });
    const decoded = JSON.parse(Buffer.from(nextCursor as string, 'base64url').toString()) as Record<
      string,
      string
    >;
    const forged = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      'not a cursor',
      'eyJ',
      forged({ ...decoded, at: "2026' OR 1=1 --" }),
      forged({ ...decoded, id: 'x:1' }),
      forged({ ...decoded, extra: 1 }),
      forged([decoded.at, decoded.id]),
    ]) {
      const refused = await clinic.refuse('timeline:list', { clientId: clinic.clientId, cursor });
      expect(refused, cursor).toMatchObject({
        code: 'invalid_input',
        fields: { cursor: 'validation.invalid' },
        details: { messageKey: 'errors.timeline_bad_cursor' },
      });
    }
    const elsewhere = await clinic.refuse('timeline:list', { clientId: other.id, cursor: nextCursor });
    expect(elsewhere.details?.messageKey).toBe('errors.timeline_bad_cursor');
  });

  it('a kept client’s timeline includes its merged duplicate’s records', async () => {
    const clinic = await timelineClinic();
    const dupe = await clinic.call('clients:create', {
      client: client({
        legalFirstName: 'Anna',
        legalLastName: 'Diaz',
        assignedCaseManagerIds: [clinic.ids.cam as string],
      }),
      duplicatesReviewed: true,
    });
    clinic.tick();
    const given = await clinic.call('measures:give', {
      clientId: dupe.id,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
    });
    const dupeNote = clinic.writeNote(
      noteContent({ contactDate: '2026-03-01', startTime: '10:00' }),
      dupe.id,
    );
    await clinic.as('ada');
    await clinic.call('clients:merge', {
      survivorId: clinic.clientId,
      mergedId: dupe.id,
      reason: 'Same person',
    });
    await clinic.as('cam');
    const kept = await allPages(clinic);
    expect(kept.map((item) => item.ref.id)).toEqual(expect.arrayContaining([given.id, dupeNote.recordId]));
    // Opening the duplicate's id reads the kept file, whole.
    const viaDupe = await clinic.call('timeline:list', { clientId: dupe.id, limit: 200 });
    expect(viaDupe.items.map((item) => item.id)).toEqual(kept.map((item) => item.id));
  });

  it('marks every note of a client flagged Part 2', async () => {
    const clinic = await timelineClinic();
    const file = await clinic.call('clients:get', { id: clinic.clientId });
    if (file.access !== 'full') throw new Error('expected the full file');
    const before = await allPages(clinic, { kinds: ['note'] });
    expect(before.filter((item) => item.part2)).toHaveLength(1);
    await clinic.call('clients:update', {
      id: clinic.clientId,
      expectedUpdatedAt: file.client.updatedAt,
      client: client({
        legalFirstName: 'Ana',
        legalLastName: 'Diaz',
        sexAtBirth: 'female',
        assignedCaseManagerIds: [clinic.ids.cam as string],
        flags: { part2Protected: true },
      }),
    });
    const notes = await allPages(clinic, { kinds: ['note', 'addendum'] });
    expect(notes.length).toBeGreaterThan(3);
    expect(notes.every((item) => item.part2)).toBe(true);
    const measures = await allPages(clinic, { kinds: ['measure'] });
    expect(measures.filter((item) => item.part2).map((item) => item.params.instrument)).toEqual(['AUDIT-C']);
  });
});
