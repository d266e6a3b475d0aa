import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import {
  addAddendum,
  createDraft,
  discardDraft,
  markEnteredInError,
  readRecord,
  saveAddendumDraft,
  saveDraft,
  sign,
  signAddendum,
  supersede,
} from '../../../src/main/records';
import { CAM, SAGE, otherKind, recordsClinic, testPlan } from './fixture';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Runs `act`, expecting a DomainError, and returns it for the test to look at. */
function refusal(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

const signedPlan = (clinic: ReturnType<typeof recordsClinic>) => {
  const draft = createDraft(clinic.as(CAM), testPlan, {
    clientId: 'client-1',
    content: { title: 'Housing', goals: ['Find a flat'] },
  });
  const versionId = draft.draftVersionId as string;
  return { record: sign(clinic.as(CAM), testPlan, versionId, { role: 'worker' }), versionId };
};

describe('signed records: drafts', () => {
  it('a draft is created, edited by autosave and discarded, taking the never-signed record with it', () => {
    const clinic = recordsClinic();
    const created = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title: 'Hous' },
    });
    expect(created).toMatchObject({ kind: 'test_plan', clientId: 'client-1', createdByName: 'Cam Manager' });
    const [draft] = created.versions;
    expect(draft).toMatchObject({ versionNo: 1, state: 'draft', content: { title: 'Hous', goals: [] } });

    const saved = saveDraft(clinic.as(CAM), testPlan, draft!.id, {
      title: 'Housing',
      goals: ['Find a flat'],
    });
    expect(saved.contentHash).toBe(sha256('{"goals":["Find a flat"],"title":"Housing"}'));
    const reread = readRecord(clinic.as(CAM), testPlan, created.id);
    expect(reread.versions[0]).toMatchObject({ content: { title: 'Housing', goals: ['Find a flat'] } });
    expect(reread.versions[0]!.updatedAt > reread.versions[0]!.createdAt).toBe(true);

    expect(discardDraft(clinic.as(CAM), testPlan, draft!.id)).toEqual({ recordRemoved: true });
    expect(clinic.db.prepare('SELECT count(*) FROM signed_records').pluck().get()).toBe(0);
    expect(clinic.db.prepare('SELECT count(*) FROM record_versions').pluck().get()).toBe(0);
    expect(clinic.audit().map((e) => e.action)).toEqual([
      'record.draft_created',
      'record.viewed',
      'record.draft_discarded',
    ]);
  });

  it('content that fails the kind’s schema is refused at its fields and nothing is written', () => {
    const clinic = recordsClinic();
    const bad = refusal(() =>
      createDraft(clinic.as(CAM), testPlan, { clientId: 'client-1', content: { title: 7, extra: true } }),
    );
    expect(bad.code).toBe('invalid_input');
    expect(bad.fields).toMatchObject({ title: expect.any(String) });
    expect(clinic.db.prepare('SELECT count(*) FROM signed_records').pluck().get()).toBe(0);

    const draft = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title: 'Housing' },
    });
    const versionId = draft.draftVersionId as string;
    const before = clinic.db.prepare('SELECT * FROM record_versions').get();
    expect(refusal(() => saveDraft(clinic.as(CAM), testPlan, versionId, { goals: 'one' })).code).toBe(
      'invalid_input',
    );
    // A draft may be incomplete; signing checks the complete schema and names what is missing.
    const incomplete = refusal(() => sign(clinic.as(CAM), testPlan, versionId, { role: 'worker' }));
    expect(incomplete.code).toBe('invalid_input');
    expect(incomplete.fields).toEqual({ goals: 'validation.required' });
    expect(clinic.db.prepare('SELECT * FROM record_versions').get()).toEqual(before);
    expect(clinic.db.prepare('SELECT count(*) FROM record_signatures').pluck().get()).toBe(0);
  });

  it('a record of another kind, or an unknown id, is not found', () => {
    const clinic = recordsClinic();
    const { record, versionId } = signedPlan(clinic);
    expect(refusal(() => readRecord(clinic.as(CAM), otherKind, record.id)).code).toBe('not_found');
    expect(refusal(() => sign(clinic.as(SAGE), otherKind, versionId, { role: 'supervisor' })).code).toBe(
      'not_found',
    );
    expect(refusal(() => saveDraft(clinic.as(CAM), testPlan, 'no-such-version', {})).code).toBe('not_found');
  });
});

describe('signed records: signing', () => {
  it('freezes the content, stores who, when, in which role and the hash of the canonical content', () => {
    const clinic = recordsClinic();
    const { record, versionId } = signedPlan(clinic);
    const version = record.versions[0]!;
    expect(version.state).toBe('signed');
    expect(record.currentVersionId).toBe(versionId);
    expect(version.contentHash).toBe(sha256('{"goals":["Find a flat"],"title":"Housing"}'));
    expect(version.signatures).toEqual([
      {
        id: expect.any(String),
        role: 'worker',
        signerName: 'Cam Manager',
        accountId: 'acc-cam',
        accountName: 'Cam Manager',
        signedAt: '2025-03-01T09:02:00.000Z',
        contentHash: version.contentHash,
        details: {},
      },
    ]);
    const saving = refusal(() => saveDraft(clinic.as(CAM), testPlan, versionId, { title: 'Changed' }));
    expect(saving).toMatchObject({ code: 'wrong_state', details: { problem: 'version_not_draft' } });
    expect(refusal(() => discardDraft(clinic.as(CAM), testPlan, versionId)).code).toBe('wrong_state');
  });

  it('takes several signatures (worker, client, supervisor), each with its own time, all over one hash', () => {
    const clinic = recordsClinic();
    const { versionId } = signedPlan(clinic);
    sign(clinic.as(CAM), testPlan, versionId, {
      role: 'client',
      signerName: ' Ana Diaz ',
      details: { attestation: 'I agree with this plan.' },
    });
    const record = sign(clinic.as(SAGE), testPlan, versionId, { role: 'supervisor' });
    const signatures = record.versions[0]!.signatures;
    expect(signatures.map((s) => [s.role, s.signerName, s.accountId])).toEqual([
      ['worker', 'Cam Manager', 'acc-cam'],
      ['client', 'Ana Diaz', 'acc-cam'],
      ['supervisor', 'Sage Supervisor', 'acc-sage'],
    ]);
    expect(new Set(signatures.map((s) => s.signedAt)).size).toBe(3);
    expect(new Set(signatures.map((s) => s.contentHash))).toEqual(new Set([record.versions[0]!.contentHash]));
    expect(signatures[1]!.details).toEqual({ attestation: 'I agree with this plan.' });
  });

  it('refuses a second signature in the same role, a client signature without a name, and unknown details', () => {
    const clinic = recordsClinic();
    const { versionId } = signedPlan(clinic);
    const twice = refusal(() => sign(clinic.as(SAGE), testPlan, versionId, { role: 'worker' }));
    expect(twice).toMatchObject({
      code: 'conflict',
      details: { problem: 'role_already_signed', role: 'worker' },
    });
    expect(refusal(() => sign(clinic.as(CAM), testPlan, versionId, { role: 'client' })).fields).toEqual({
      signerName: 'validation.required',
    });
    expect(
      refusal(() =>
        sign(clinic.as(CAM), testPlan, versionId, {
          role: 'client',
          signerName: 'Ana',
          details: { drawn: 1 },
        }),
      ).code,
    ).toBe('invalid_input');
    expect(
      refusal(() => sign(clinic.as(CAM), testPlan, versionId, { role: 'notary' as never })).fields,
    ).toEqual({ role: 'validation.invalid' });
    expect(clinic.db.prepare('SELECT count(*) FROM record_signatures').pluck().get()).toBe(1);
  });
});

describe('signed records: corrections', () => {
  it('a new version supersedes the old, which stays as signed and takes no more signatures', () => {
    const clinic = recordsClinic();
    const { record, versionId: v1 } = signedPlan(clinic);
    const v1Row = clinic.db.prepare('SELECT * FROM record_versions WHERE id = ?').get(v1);

    const started = supersede(clinic.as(CAM), testPlan, v1);
    const v2 = started.draftVersionId as string;
    expect(started.versions[1]).toMatchObject({ versionNo: 2, state: 'draft', supersedesId: v1 });
    expect(started.versions[1]!.content).toEqual(record.versions[0]!.content);
    expect(refusal(() => supersede(clinic.as(CAM), testPlan, v1)).details).toMatchObject({
      problem: 'draft_open',
    });

    saveDraft(clinic.as(CAM), testPlan, v2, { title: 'Housing', goals: ['Find a flat', 'Keep it'] });
    const after = sign(clinic.as(CAM), testPlan, v2, { role: 'worker' });
    expect(after.versions.map((v) => v.state)).toEqual(['superseded', 'signed']);
    expect(after.currentVersionId).toBe(v2);

    const late = refusal(() =>
      sign(clinic.as(CAM), testPlan, v1, { role: 'client', signerName: 'Ana Diaz' }),
    );
    expect(late).toMatchObject({ code: 'wrong_state', details: { problem: 'version_superseded' } });
    expect(refusal(() => supersede(clinic.as(CAM), testPlan, v1)).details).toMatchObject({
      problem: 'version_not_current',
    });
    expect(clinic.db.prepare('SELECT * FROM record_versions WHERE id = ?').get(v1)).toEqual(v1Row);
  });

  it('addenda attach to a signed version with their own content, author, time and signatures', () => {
    const clinic = recordsClinic();
    const draft = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title: 'Housing' },
    });
    const onDraft = refusal(() =>
      addAddendum(clinic.as(CAM), testPlan, draft.draftVersionId as string, { text: 'x' }),
    );
    expect(onDraft).toMatchObject({ code: 'wrong_state', details: { problem: 'addendum_on_draft' } });

    const { versionId } = signedPlan(clinic);
    const versionRow = clinic.db.prepare('SELECT * FROM record_versions WHERE id = ?').get(versionId);
    const withDraft = addAddendum(clinic.as(SAGE), testPlan, versionId, { text: 'Landlord called back' });
    const addendumId = withDraft.addenda[0]!.id;
    expect(withDraft.addenda[0]).toMatchObject({
      state: 'draft',
      createdByName: 'Sage Supervisor',
      versionId,
    });
    expect(refusal(() => addAddendum(clinic.as(SAGE), testPlan, versionId, { text: '  ' })).code).toBe(
      'invalid_input',
    );
    saveAddendumDraft(clinic.as(SAGE), testPlan, addendumId, { text: 'Landlord called back on Monday' });
    signAddendum(clinic.as(SAGE), testPlan, addendumId, { role: 'worker' });
    const record = signAddendum(clinic.as(CAM), testPlan, addendumId, { role: 'supervisor' });

    const addendum = record.versions.find((v) => v.id === versionId)!.addenda[0]!;
    expect(addendum).toMatchObject({ state: 'signed', content: { text: 'Landlord called back on Monday' } });
    expect(addendum.contentHash).toBe(sha256('{"text":"Landlord called back on Monday"}'));
    expect(addendum.signatures.map((s) => s.role)).toEqual(['worker', 'supervisor']);
    expect(
      refusal(() => saveAddendumDraft(clinic.as(SAGE), testPlan, addendumId, { text: 'Edited later' }))
        .details,
    ).toMatchObject({ problem: 'addendum_not_draft' });
    expect(clinic.db.prepare('SELECT * FROM record_versions WHERE id = ?').get(versionId)).toEqual(
      versionRow,
    );
  });

  it('entered in error is an append-only status event with who, when and why; the record stays', () => {
    const clinic = recordsClinic();
    const { record, versionId } = signedPlan(clinic);
    expect(refusal(() => markEnteredInError(clinic.as(CAM), testPlan, record.id, '  ')).fields).toEqual({
      reason: 'validation.required',
    });
    const marked = markEnteredInError(clinic.as(SAGE), testPlan, record.id, ' Written for the wrong client ');
    expect(marked.standing).toBe('entered_in_error');
    expect(marked.statusEvents).toEqual([
      {
        id: expect.any(String),
        status: 'entered_in_error',
        reason: 'Written for the wrong client',
        at: expect.any(String),
        byId: 'acc-sage',
        byName: 'Sage Supervisor',
      },
    ]);
    expect(marked.versions[0]!.state).toBe('signed');
    const closed = { code: 'wrong_state', details: { problem: 'record_entered_in_error' } };
    expect(refusal(() => sign(clinic.as(SAGE), testPlan, versionId, { role: 'supervisor' }))).toMatchObject(
      closed,
    );
    expect(refusal(() => addAddendum(clinic.as(SAGE), testPlan, versionId, { text: 'More' }))).toMatchObject(
      closed,
    );
    expect(refusal(() => supersede(clinic.as(SAGE), testPlan, versionId))).toMatchObject(closed);
    expect(refusal(() => markEnteredInError(clinic.as(SAGE), testPlan, record.id, 'again'))).toMatchObject(
      closed,
    );

    const unsigned = createDraft(clinic.as(CAM), testPlan, { clientId: 'client-1', content: {} });
    expect(
      refusal(() => markEnteredInError(clinic.as(CAM), testPlan, unsigned.id, 'oops')).details,
    ).toMatchObject({
      problem: 'never_signed',
    });
  });

  it('audits every step with the client as subject and ids, kinds and roles only — never content', () => {
    const clinic = recordsClinic();
    const { record, versionId } = signedPlan(clinic);
    addAddendum(clinic.as(CAM), testPlan, versionId, { text: 'Secret clinical words' });
    markEnteredInError(clinic.as(CAM), testPlan, record.id, 'Wrong client entirely');
    const entries = clinic.audit();
    expect(entries.map((e) => e.action)).toEqual([
      'record.draft_created',
      'record.signed',
      'record.addendum_added',
      'record.entered_in_error',
    ]);
    for (const entry of entries) {
      expect(entry.subject).toBe('client-1');
      expect(JSON.parse(entry.details)).toMatchObject({ kind: 'test_plan', recordId: record.id });
      expect(entry.details).not.toMatch(/Housing|flat|Secret|Wrong client/);
    }
    expect(JSON.parse(entries[1]!.details)).toMatchObject({ versionId, versionNo: 1, role: 'worker' });
  });
});
