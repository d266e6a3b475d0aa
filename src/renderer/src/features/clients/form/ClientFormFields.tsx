import type { ReactNode } from 'react';
import type { RiskLevel } from '../../../../../shared/domain/clients';
import type { ClientForm } from './clientForm';
import { CaseManagersSection } from './CaseManagersSection';
import { ContactSection } from './ContactSection';
import { IdentitySection } from './IdentitySection';
import { InsuranceSection } from './InsuranceSection';
import { LivingSection } from './LivingSection';
import { ProgramsSection } from './ProgramsSection';
import { RiskSection } from './RiskSection';

/**
 * Every field of the client, in the sections a case manager fills them in. `currentRisk` (an
 * edit) shows the risk level read-only: it is not a field of the form.
 */
export function ClientFormFields({
  form,
  afterIdentity,
  currentRisk,
}: {
  form: ClientForm;
  afterIdentity?: ReactNode;
  currentRisk?: { clientId: string; level: RiskLevel };
}) {
  return (
    <>
      <IdentitySection form={form} />
      {afterIdentity}
      <ContactSection form={form} />
      <LivingSection form={form} />
      <ProgramsSection form={form} />
      <CaseManagersSection form={form} />
      <InsuranceSection form={form} />
      <RiskSection form={form} currentRisk={currentRisk} />
    </>
  );
}
