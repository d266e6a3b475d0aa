import { describe, expect, it } from 'vitest';
import { planReviewsFor } from '../../../src/main/care-plans/repository';
import { insertCarePlan, setReviewDate } from '../../../src/main/care-plans/repository';
import { carePlanKind } from '../../../src/main/care-plans/kind';
import { createDraft, sign } from '../../../src/main/records';
import { localToday } from '../../../src/shared/domain/clients';
import { recordsClinic } from '../records/fixture';
import { planClinic, planContent } from './plan-clinic';

const IMMUTABLE = /signed_record_immutable/;
const inDays = (days: number) =>
  new Date(Date.parse(`${localToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('who may see and change care plans', () => {
  it('front desk and an off-caseload case manager are refused; the refusal changes nothing', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const versionId = created.draftVersionId as string;
    const content = planContent('2026-01-05', '2026-04-05');
    for (const person of ['fran', 'dee']) {
      await clinic.as(person);
      const read = await clinic.refuse('carePlans:get', { clientId: clinic.clientId });
      expect(read.code, person).toBe('forbidden');
      expect((await clinic.refuse('carePlans:saveDraft', { versionId, content })).code, person).toBe(
        'forbidden',
      );
      expect((await clinic.refuse('carePlans:signAsWorker', { versionId })).code, person).toBe('forbidden');
      expect((await clinic.refuse('carePlans:discardDraft', { versionId })).code, person).toBe('forbidden');
    }
    // Dee may break the glass (then she reads, audited); front desk never.
    await clinic.as('cam');
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions.map((v) => [v.state, v.content.needs.length, v.signatures.length])).toEqual([
      ['draft', 0, 0],
    ]);
  });

  it('reporting and administrators see no plan', async () => {
    const clinic = await planClinic();
    for (const person of ['remy', 'ada']) {
      await clinic.as(person);
      expect((await clinic.refuse('carePlans:get', { clientId: clinic.clientId })).code, person).toBe(
        'forbidden',
      );
    }
  });
});

describe('plan templates', () => {
  it('an administrator saves one; a worker starts a plan from it with fresh ids and dates', async () => {
    const clinic = await planClinic();
    const template = planContent('2026-01-05', '2026-04-05');
    const refused = await clinic.refuse('carePlans:saveTemplate', {
      template: { name: 'Mood', needs: template.needs },
    });
    expect(refused.code).toBe('forbidden');
    await clinic.as('ada');
    const saved = await clinic.call('carePlans:saveTemplate', {
      template: { name: 'Mood', needs: template.needs },
    });
    expect(saved.needs[0]?.goals[0]?.objectives[0]?.targetDate).toBeNull();
    const taken = await clinic.refuse('carePlans:saveTemplate', {
      template: { name: 'mood', needs: template.needs },
    });
    expect(taken.fields).toEqual({ 'template.name': 'validation.template_name_taken' });

    await clinic.as('cam');
    expect((await clinic.call('carePlans:templates', {})).map((t) => t.name)).toEqual(['Mood']);
    const plan = await clinic.call('carePlans:create', {
      clientId: clinic.clientId,
      templateId: saved.id,
      startDate: localToday(),
    });
    const content = plan.versions[0]?.content;
    expect(content?.reviewDate).toBe(inDays(90));
    const goal = content?.needs[0]?.goals[0];
    expect(goal?.measure).toEqual({
      instrumentId: 'phq-9',
      comparison: 'below',
      value: 10,
      byDate: inDays(90),
    });
    expect(goal?.objectives[0]?.targetDate).toBe(inDays(90));
    expect(goal?.id).not.toBe('goal-1');
    // Straight from the template it can be signed.
    const signed = await clinic.call('carePlans:signAsWorker', { versionId: plan.draftVersionId as string });
    expect(signed.stage).toBe('awaiting_client');

    await clinic.as('ada');
    await clinic.call('carePlans:archiveTemplate', { id: saved.id });
    expect(await clinic.call('carePlans:templates', {})).toEqual([]);
  });
});

describe('the care plan kind in the database', () => {
  function signedPlan() {
    const clinic = recordsClinic();
    const ctx = clinic.as({ id: 'acc-cam', role: 'case_manager', fullName: 'Cam Manager' } as never);
    const view = createDraft(ctx, carePlanKind, {
      clientId: 'client-1',
      content: planContent('2026-01-05', '2026-04-05'),
    });
    const versionId = view.draftVersionId as string;
    sign(ctx, carePlanKind, versionId, { role: 'worker' });
    return { ...clinic, ctx, recordId: view.id, versionId };
  }

  it('refuses UPDATE and DELETE of a signed plan version and its signature by direct SQL', () => {
    const { db, versionId } = signedPlan();
    expect(() =>
      db.prepare(`UPDATE record_versions SET content = '{"needs":[]}' WHERE id = ?`).run(versionId),
    ).toThrow(IMMUTABLE);
    expect(() => db.prepare('DELETE FROM record_versions WHERE id = ?').run(versionId)).toThrow(IMMUTABLE);
    expect(() =>
      db.prepare(`UPDATE record_signatures SET signer_name = 'x' WHERE version_id = ?`).run(versionId),
    ).toThrow(IMMUTABLE);
    const row = db.prepare('SELECT content FROM record_versions WHERE id = ?').get(versionId) as {
      content: string;
    };
    expect(JSON.parse(row.content).needs[0].text).toBe('Low mood most days');
  });

  it('answers the review date and overdue for many clients at once', () => {
    const { db, recordId, versionId } = signedPlan();
    db.exec(`INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
      VALUES ('client-2', 'C-2', 'Bo', 'Lee', 'lee, bo', '1991-01-01', 'active', 'x', 'x')`);
    insertCarePlan(db, { record_id: recordId, client_id: 'client-1', created_at: 'x', updated_at: 'x' });
    setReviewDate(db, recordId, '2026-04-05', versionId, 'x');
    const answer = planReviewsFor(db, ['client-1', 'client-2', 'client-3'], '2026-04-06');
    expect([...answer]).toEqual([['client-1', { reviewDate: '2026-04-05', overdue: true }]]);
    expect(planReviewsFor(db, ['client-1'], '2026-04-05').get('client-1')?.overdue).toBe(false);
    expect(planReviewsFor(db, [], '2026-04-05').size).toBe(0);
  });
});
