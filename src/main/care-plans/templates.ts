import type { PlanNeed, PlanTemplate } from '../../shared/contracts/care-plans';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import {
  archiveTemplate,
  findTemplate,
  listTemplates,
  templateNameTaken,
  upsertTemplate,
} from './repository';

/**
 * Plan templates: the clinic's common needs, goals, objectives and interventions ("Housing
 * stability"), kept by an administrator or supervisor. They hold no client information, so any
 * signed-in worker may list them to start a plan from one.
 */

const templateNotFound = () =>
  new DomainError('not_found', 'That plan template was not found.', undefined, {
    messageKey: 'errors.care_plan_template_not_found',
  });

/** A template keeps wording, not a client's dates or progress. */
function stripped(needs: PlanNeed[]): PlanNeed[] {
  const reset = { status: 'not_started' as const, statusDate: null };
  return needs.map((need) => ({
    ...need,
    fromAssessment: null,
    goals: need.goals.map((goal) => ({
      ...goal,
      ...reset,
      measure: goal.measure ? { ...goal.measure, byDate: null } : null,
      objectives: goal.objectives.map((objective) => ({
        ...objective,
        ...reset,
        targetDate: null,
        interventions: objective.interventions.map((iv) => ({ ...iv, ...reset })),
      })),
    })),
  }));
}

export const planTemplates = (ctx: RequestContext): PlanTemplate[] => listTemplates(ctx.db);

export function savePlanTemplate(
  ctx: RequestContext,
  input: { id: string | null; template: { name: string; needs: PlanNeed[] } },
): PlanTemplate {
  if (input.id && !findTemplate(ctx.db, input.id)) throw templateNotFound();
  if (templateNameTaken(ctx.db, input.template.name, input.id))
    throw new DomainError(
      'conflict',
      'Another template already has this name.',
      { 'template.name': 'validation.template_name_taken' },
      { messageKey: 'errors.care_plan_template_name_taken' },
    );
  const id = input.id ?? newId();
  ctx.db.transaction(() => {
    upsertTemplate(ctx.db, {
      id,
      name: input.template.name,
      needs: stripped(input.template.needs),
      by: ctx.actor.id,
      byName: ctx.actor.fullName,
      at: ctx.now.toISOString(),
    });
    ctx.audit({
      action: 'care_plan.template_saved',
      details: { templateId: id, created: input.id === null },
    });
  })();
  const saved = findTemplate(ctx.db, id);
  if (!saved) throw templateNotFound();
  return saved;
}

export function archivePlanTemplate(ctx: RequestContext, input: { id: string }): null {
  ctx.db.transaction(() => {
    if (!archiveTemplate(ctx.db, input.id, ctx.now.toISOString())) throw templateNotFound();
    ctx.audit({ action: 'care_plan.template_archived', details: { templateId: input.id } });
  })();
  return null;
}
