import { TEXT_SECTIONS, type TextSection } from '../../../../shared/contracts/assessments';

/**
 * How the form groups the sections: the person's story first, then health, then life, then the
 * summary (strengths, needs, goals, risk). Every text section appears exactly once.
 */
export const SECTION_GROUPS: readonly {
  id: 'story' | 'health' | 'life';
  sections: readonly TextSection[];
}[] = [
  { id: 'story', sections: ['presentingConcerns', 'mentalHealthHistory', 'trauma'] },
  { id: 'health', sections: ['substanceUse', 'physicalHealth', 'medications'] },
  {
    id: 'life',
    sections: [
      'familySupports',
      'housing',
      'incomeBenefits',
      'educationEmployment',
      'legal',
      'culturalSpiritual',
    ],
  },
];

/** The field names main may name in a refusal, as the form knows them. */
export const FORM_FIELDS: readonly string[] = [
  ...TEXT_SECTIONS,
  'strengths',
  'needs',
  'risk',
  'risk.level',
  'risk.reason',
];
