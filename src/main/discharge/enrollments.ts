import type { ClientFields } from '../../shared/contracts/clients';
import { DomainError } from '../errors';

/** The client's enrollments as discharge reads them: which may be closed, which reopened. */

type Enrollment = ClientFields['enrollments'][number];

const OPEN_STATUSES: readonly Enrollment['status'][] = ['active', 'on_hold'];

/** Where the program's open (active or on hold) enrollment is in the list, or -1. */
export const openEnrollmentIndex = (enrollments: readonly Enrollment[], program: string): number =>
  enrollments.findIndex((e) => e.program === program && OPEN_STATUSES.includes(e.status));

export const openPrograms = (enrollments: readonly Enrollment[]): string[] => [
  ...new Set(enrollments.filter((e) => OPEN_STATUSES.includes(e.status)).map((e) => e.program)),
];

/** Programs left (discharged) and not taken up again in any way (referred, waitlisted, active, on hold). */
export const reenrollPrograms = (enrollments: readonly Enrollment[]): string[] => {
  const current = new Set(enrollments.filter((e) => e.status !== 'discharged').map((e) => e.program));
  return [
    ...new Set(
      enrollments.filter((e) => e.status === 'discharged' && !current.has(e.program)).map((e) => e.program),
    ),
  ];
};

export const programNotOpen = () =>
  new DomainError(
    'invalid_input',
    'The client is not active or on hold in that program.',
    { program: 'validation.discharge_program_not_open' },
    { messageKey: 'errors.discharge_program_not_open' },
  );
