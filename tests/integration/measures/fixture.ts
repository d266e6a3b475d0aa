import { clinicWithStaff, client } from '../../helpers/clinic';

/** A movable clock, so due dates and trends can be tested across months. */
export function movableClock(start = '2026-03-02T15:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => now,
    set: (instant: string) => {
      now = new Date(instant);
    },
  };
}

/** PHQ-9 answers: `values` for items 1–9 in order, the difficulty question left out. */
export const phq9 = (...values: number[]) =>
  Object.fromEntries(values.map((value, index) => [`q${index + 1}`, value]));

/**
 * Cam (case manager) with a client of his own, and Sage's client he is not assigned to. Cam is
 * signed in at the end.
 */
export async function measuresClinic() {
  const clock = movableClock();
  const clinic = await clinicWithStaff({ now: clock.now });
  await clinic.as('cam');
  const own = await clinic.call('clients:create', {
    client: client({ sexAtBirth: 'male' }),
    duplicatesReviewed: true,
  });
  await clinic.as('sage');
  const other = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Robin',
      legalLastName: 'Elsewhere',
      birthDate: '1975-05-05',
      assignedCaseManagerIds: [clinic.ids.sage as string],
    }),
    duplicatesReviewed: true,
  });
  await clinic.as('cam');
  return { ...clinic, clock, own: own.id, other: other.id };
}
