import type { RiskLevel } from './clients';

/**
 * The risk levels a person sets (from an assessment's risk summary or on its own, with a reason).
 * `unknown` ("not assessed") is only where nobody has set one yet.
 */
export const ASSESSED_RISK_LEVELS = ['low', 'moderate', 'high', 'imminent'] as const;
export type AssessedRiskLevel = (typeof ASSESSED_RISK_LEVELS)[number];

/** The order the caseload sorts and filters by (the clients table's `risk_rank`). */
export const RISK_RANK: Record<RiskLevel, number> = { unknown: 0, low: 1, moderate: 2, high: 3, imminent: 4 };
