import type { CarePlanContent } from '../../shared/contracts/care-plans';

/**
 * Part 2 on a care plan: a need or goal about substance use is marked `part2` by the worker
 * (like the assessment's substance-use section). For a viewer the policy denies `part2`, the
 * marked needs (with all their goals) and marked goals are taken out of the content shown.
 * Writing a plan needs `part2` (service.ts): a draft saved without the withheld items would
 * otherwise lose them.
 */

/** The content without its Part 2 needs and goals, and how many items were taken out. */
export function withoutPart2(content: CarePlanContent): { content: CarePlanContent; withheld: number } {
  let withheld = 0;
  const needs = content.needs.flatMap((need) => {
    if (need.part2) {
      withheld += 1;
      return [];
    }
    const goals = need.goals.filter((goal) => !goal.part2);
    withheld += need.goals.length - goals.length;
    return [{ ...need, goals }];
  });
  return { content: { ...content, needs }, withheld };
}
