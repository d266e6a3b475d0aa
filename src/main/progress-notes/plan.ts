import type { CarePlanContent } from '../../shared/contracts/care-plans';
import { carePlanDraftSchema } from '../../shared/contracts/care-plans';
import { latestCarePlanOf } from '../care-plans/repository';
import type { Db } from '../db/open';
import type { PlanGoals } from './checks';
import { planGoalsOf } from './checks';
import { signedPlanVersion } from './repository';

/**
 * The client's current plan for a note: the signed version in force of the plan the client's
 * file shows (its own or a merged duplicate's). A plan never signed has no goals to address yet.
 */
export function currentPlan(
  db: Db,
  clientId: string,
): { versionId: string; content: CarePlanContent } | null {
  const plan = latestCarePlanOf(db, clientId);
  const version = plan ? signedPlanVersion(db, plan.record_id) : undefined;
  if (!version) return null;
  return { versionId: version.id, content: carePlanDraftSchema.parse(JSON.parse(version.content)) };
}

export function currentPlanGoals(db: Db, clientId: string): PlanGoals {
  const plan = currentPlan(db, clientId);
  return plan ? planGoalsOf(plan.versionId, plan.content) : null;
}
