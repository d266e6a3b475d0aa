import { localToday } from '../../../src/shared/domain/clients';
import type { NoteDetail, ProgressNoteDraftInput } from '../../../src/shared/contracts/progress-notes';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { planContent } from '../care-plans/plan-clinic';

/** Local calendar days from today (negative: in the past). */
export const dayOffset = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localToday(d);
};

/**
 * A clinic where Cam has one client (Ana Diaz) with a signed care plan (goal-1 with obj-1,
 * goal-2), Cam signed in. Dee has her own client, not Cam's.
 */
export async function noteClinic(
  options: {
    plan?: boolean;
    /** The signed plan's content instead of planContent's (goal-1 with obj-1, goal-2). */
    planContent?: ReturnType<typeof planContent>;
    now?: () => Date;
  } = {},
) {
  const clinic = await clinicWithStaff(options.now ? { now: options.now } : {});
  await clinic.as('dee');
  const other = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Bo',
      legalLastName: 'Other',
      assignedCaseManagerIds: [clinic.ids.dee as string],
    }),
  });
  await clinic.as('cam');
  const { id } = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Ana',
      legalLastName: 'Diaz',
      assignedCaseManagerIds: [clinic.ids.cam as string],
    }),
  });
  let planVersionId: string | null = null;
  if (options.plan !== false) {
    const created = await clinic.call('carePlans:create', { clientId: id });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', {
      versionId,
      content: options.planContent ?? planContent(localToday(), dayOffset(90)),
    });
    await clinic.call('carePlans:signAsWorker', { versionId });
    planVersionId = versionId;
  }
  return { ...clinic, clientId: id, otherClientId: other.id, planVersionId };
}

export type NoteClinic = Awaited<ReturnType<typeof noteClinic>>;

/**
 * Revises the client's signed plan as whoever is signed in: `change` edits a copy of the current
 * content; the new version is signed by the worker, so it is the plan notes are checked against.
 */
export async function revisePlan(
  clinic: Pick<NoteClinic, 'call' | 'clientId'>,
  change: (content: ReturnType<typeof planContent>) => void,
): Promise<string> {
  const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
  const signed = plan?.versions.find((v) => v.state === 'signed');
  if (!signed) throw new Error('fixture: no signed plan');
  const revised = await clinic.call('carePlans:revise', { versionId: signed.id });
  const versionId = revised.draftVersionId as string;
  const content = structuredClone(signed.content) as ReturnType<typeof planContent>;
  change(content);
  await clinic.call('carePlans:saveDraft', { versionId, content });
  await clinic.call('carePlans:signAsWorker', { versionId });
  return versionId;
}

/** A DAP note's content, complete enough to sign: yesterday at 10:00 for 45 minutes, goal-1 progressing. */
export function dapContent(overrides: Partial<ProgressNoteDraftInput> = {}): ProgressNoteDraftInput {
  return {
    formatId: 'dap',
    formatVersion: '1',
    contactDate: dayOffset(-1),
    startTime: '10:00',
    durationMinutes: 45,
    contactType: 'home_visit',
    location: 'Client home',
    participants: 'Client and sister',
    addressed: [
      { goalId: 'goal-1', objectiveId: 'obj-1', mark: 'progress' },
      { goalId: 'goal-2', mark: 'no_change' },
    ],
    sections: [
      { id: 'data', text: 'Client reported sleeping better; attended two therapy sessions.' },
      { id: 'assessment', text: 'Mood improving; engaged.' },
      { id: 'plan', text: 'Follow up next week on the housing form.' },
    ],
    interventions: 'Reviewed the sleep diary.',
    clientResponse: 'Receptive.',
    nextSteps: 'Home visit next Tuesday.',
    ...overrides,
  };
}

/** Starts a note for the client as whoever is signed in, saves `content`, and returns the draft. */
export async function draftNote(
  clinic: Pick<NoteClinic, 'call'>,
  clientId: string,
  content: ProgressNoteDraftInput = dapContent(),
): Promise<NoteDetail> {
  const started = await clinic.call('notes:start', { clientId });
  await clinic.call('notes:saveDraft', { versionId: started.current.id, content });
  return clinic.call('notes:get', { noteId: started.id });
}

/** A signed note (drafted and signed by whoever is signed in). */
export async function signedNote(
  clinic: Pick<NoteClinic, 'call'>,
  clientId: string,
  content: ProgressNoteDraftInput = dapContent(),
): Promise<NoteDetail> {
  const draft = await draftNote(clinic, clientId, content);
  return clinic.call('notes:sign', { versionId: draft.current.id });
}
