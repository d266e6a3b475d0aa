import type { AssessmentContent } from '../../../src/shared/contracts/assessments';
import { clinicWithStaff, client } from '../../helpers/clinic';

/** A complete intake assessment, as a worker would sign it. */
export const completeAssessment = (overrides: Partial<AssessmentContent> = {}): AssessmentContent => ({
  presentingConcerns: '"I can\'t sleep and I\'m scared of losing my apartment."',
  mentalHealthHistory: 'Major depression since 2015; one hospitalisation in 2019; sees Dr. Okafor monthly.',
  substanceUse: 'Alcohol two or three drinks most evenings; no other substances.',
  physicalHealth: 'Type 2 diabetes, managed.',
  medications: 'Sertraline 100 mg daily; metformin.',
  familySupports: 'Sister nearby, visits weekly.',
  housing: 'Rents a studio; two months behind on rent.',
  incomeBenefits: 'SSDI; SNAP pending.',
  educationEmployment: 'High school diploma; not working since 2020.',
  legal: 'None.',
  culturalSpiritual: 'Attends church some Sundays; Spanish at home.',
  clientGoals: '"Keep my place and feel like myself again."',
  strengths: ['Close to her sister', 'Keeps appointments'],
  needs: ['Rent arrears', 'Sleep'],
  risk: { level: 'moderate', reason: 'Passive thoughts of death last month, no plan; protective: sister.' },
  ...overrides,
});

/** A clinic with Cam's own client, Cam signed in. */
export async function clinicWithClient() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const { id } = await clinic.call('clients:create', {
    client: client({ assignedCaseManagerIds: [clinic.ids.cam as string] }),
  });
  return { ...clinic, clientId: id };
}

/** The risk level the client file shows (the clients row the header badge and caseload read). */
export async function fileRiskLevel(clinic: Awaited<ReturnType<typeof clinicWithClient>>): Promise<string> {
  const file = await clinic.call('clients:get', { id: clinic.clientId });
  if (file.access !== 'full') throw new Error('expected the full file');
  return file.client.riskLevel;
}
