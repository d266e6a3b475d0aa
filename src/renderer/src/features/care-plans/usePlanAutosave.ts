import type { CarePlanContent } from '../../../../shared/contracts/care-plans';
import { carePlanDraftSchema } from '../../../../shared/contracts/care-plans';
import { useLanternMutation } from '../../lib/client';
import { useDebouncedDraftSave, type DraftSaveState } from '../../lib/useDebouncedDraftSave';

/** Quiet time after the last change before the draft is saved. */
export const PLAN_AUTOSAVE_QUIET_MS = 1_000;
/** While changes keep coming, the draft is still saved at least this often. */
export const PLAN_AUTOSAVE_MAX_WAIT_MS = 3_000;

/** Its `invalid`: the draft as it stands fails the draft schema (a box over its length). */
export type PlanSaveState = DraftSaveState;

const parse = (values: unknown) => carePlanDraftSchema.safeParse(values);

/**
 * Saves the plan draft in main (the signed-record primitive's draft, so it survives a lock or a
 * crash): a moment after typing stops, at least every few seconds while it goes on, and when the
 * editor goes away (a lock, another tab) with anything unsaved. A failed save is tried again at
 * the next change. `paused` stops it while the content is being signed (it is about to freeze).
 */
export function usePlanAutosave(
  values: unknown,
  versionId: string,
  initial: CarePlanContent,
  paused: boolean,
) {
  const save = useLanternMutation('carePlans:saveDraft');
  return useDebouncedDraftSave({
    values,
    initial,
    parse,
    save: (content: CarePlanContent) => save.mutateAsync({ versionId, content }),
    quietMs: PLAN_AUTOSAVE_QUIET_MS,
    maxWaitMs: PLAN_AUTOSAVE_MAX_WAIT_MS,
    paused,
    draftKey: versionId,
  });
}
