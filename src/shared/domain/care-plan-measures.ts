import type { GoalMeasure } from '../contracts/care-plans';

/**
 * A goal's measure target against a score: "PHQ-9 below 10" is met by 9, not by 10. The plan
 * shows the latest score beside the target; where that score comes from (the measures feature)
 * is wired by the caller, this only compares.
 */
export function measureTargetMet(measure: Pick<GoalMeasure, 'comparison' | 'value'>, score: number): boolean {
  switch (measure.comparison) {
    case 'below':
      return score < measure.value;
    case 'at_most':
      return score <= measure.value;
    case 'above':
      return score > measure.value;
    case 'at_least':
      return score >= measure.value;
  }
}
