/**
 * "Make this need part of the care plan" in one click: the assessment's screen navigates to the
 * client's care-plan tab with this in the router's state, and the plan editor adds the need to
 * its draft. Kept here, not in either feature, so neither imports the other.
 */
export interface PlanNeedHandoff {
  addNeed: {
    /** The need as the assessment worded it. */
    text: string;
    /** The signed assessment it came from (its record id), kept with the plan's need. */
    assessmentId: string;
  };
}

export function isPlanNeedHandoff(state: unknown): state is PlanNeedHandoff {
  if (typeof state !== 'object' || state === null || !('addNeed' in state)) return false;
  const need: unknown = state.addNeed;
  return (
    typeof need === 'object' &&
    need !== null &&
    'text' in need &&
    typeof need.text === 'string' &&
    'assessmentId' in need &&
    typeof need.assessmentId === 'string'
  );
}
