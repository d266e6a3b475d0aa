import type { ReactNode } from 'react';
import { RECORD_KINDS, type RecordKind } from '../../../../../shared/domain/access';
import type { RiskLevel } from '../../../../../shared/domain/clients';
import type { ClientForm } from './clientForm';
import { CaseManagersSection } from './CaseManagersSection';
import { ContactSection } from './ContactSection';
import { IdentitySection } from './IdentitySection';
import { InsuranceSection } from './InsuranceSection';
import { LivingSection } from './LivingSection';
import { ProgramsSection } from './ProgramsSection';
import { RiskSection } from './RiskSection';

const EVERY_KIND: ReadonlySet<RecordKind> = new Set(RECORD_KINDS);

/**
 * Every field of the client, in the sections a case manager fills them in. `currentRisk` (an
 * edit) shows the risk level read-only: it is not a field of the form. `kinds` are the kinds of
 * record this person may set (the access table's change rules): the form shows only those, so
 * front desk sees names, birth date and contact details, and nothing clinical or assigned.
 */
export function ClientFormFields({
  form,
  afterIdentity,
  currentRisk,
  kinds = EVERY_KIND,
}: {
  form: ClientForm;
  afterIdentity?: ReactNode;
  currentRisk?: { clientId: string; level: RiskLevel };
  kinds?: ReadonlySet<RecordKind>;
}) {
  return (
    <>
      <IdentitySection form={form} kinds={kinds} />
      {afterIdentity}
      <ContactSection form={form} />
      <LivingSection form={form} kinds={kinds} />
      {kinds.has('clinical') ? <ProgramsSection form={form} /> : null}
      {kinds.has('demographics') ? <CaseManagersSection form={form} /> : null}
      {kinds.has('demographics') ? <InsuranceSection form={form} /> : null}
      <RiskSection form={form} currentRisk={kinds.has('clinical') ? currentRisk : undefined} kinds={kinds} />
    </>
  );
}
