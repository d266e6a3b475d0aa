import type { ReactNode } from 'react';
import type { ClientForm } from './clientForm';
import { CaseManagersSection } from './CaseManagersSection';
import { ContactSection } from './ContactSection';
import { IdentitySection } from './IdentitySection';
import { InsuranceSection } from './InsuranceSection';
import { LivingSection } from './LivingSection';
import { ProgramsSection } from './ProgramsSection';
import { RiskSection } from './RiskSection';

/** Every field of the client, in the sections a case manager fills them in. */
export function ClientFormFields({ form, afterIdentity }: { form: ClientForm; afterIdentity?: ReactNode }) {
  return (
    <>
      <IdentitySection form={form} />
      {afterIdentity}
      <ContactSection form={form} />
      <LivingSection form={form} />
      <ProgramsSection form={form} />
      <CaseManagersSection form={form} />
      <InsuranceSection form={form} />
      <RiskSection form={form} />
    </>
  );
}
