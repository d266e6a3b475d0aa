import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, auditListInputSchema, type AuditListInput } from '../../../../shared/contracts/audit';
import { useContractForm } from '../../lib/useContractForm';
import { FormDateField, FormSelectField, type SelectOption } from '../../ui/fields';
import type { CaseloadRow } from '../../../../shared/contracts/caseload';
import { AuditClientPicker } from './AuditClientPicker';

export type AuditFilterValues = Pick<AuditListInput, 'actorAccountId' | 'action' | 'from' | 'to'>;

/**
 * A client (applied as soon as one is chosen), a person, an action and a date range, checked
 * with the contract's `auditListInputSchema`; they all narrow the same list together.
 */
export function AuditFilters({
  people,
  client,
  onClient,
  onApply,
}: {
  people: readonly SelectOption[];
  client: CaseloadRow | null;
  onClient: (client: CaseloadRow | null) => void;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  // "Clear filters" gives the client box a fresh start (it would keep showing the name typed).
  const [cleared, setCleared] = useState(0);
  const { form } = useContractForm({
    schema: auditListInputSchema,
    defaultValues: {} as AuditFilterValues,
  });
  const actions = AUDIT_ACTIONS.map((action) => ({
    id: action,
    label: t(`admin.auditActions.${action}`, { defaultValue: action }),
  }));

  const onSubmit = form.handleSubmit((values) => {
    onApply({
      ...(values.actorAccountId ? { actorAccountId: values.actorAccountId } : {}),
      ...(values.action ? { action: values.action } : {}),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
    });
  });

  return (
    <Form
      className="panel filters"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-label={t('admin.audit.filters')}
    >
      <AuditClientPicker key={cleared} chosen={client} onChoose={onClient} />
      <div className="filter-grid">
        <FormSelectField
          control={form.control}
          name="actorAccountId"
          label={t('admin.audit.person')}
          emptyOption={t('admin.audit.anyPerson')}
          options={people}
        />
        <FormSelectField
          control={form.control}
          name="action"
          label={t('admin.audit.action')}
          emptyOption={t('admin.audit.anyAction')}
          options={actions}
        />
        <FormDateField control={form.control} name="from" label={t('admin.audit.from')} />
        <FormDateField control={form.control} name="to" label={t('admin.audit.to')} />
      </div>
      <div className="form-actions">
        <Button type="submit" className="button button-primary">
          {t('admin.audit.apply')}
        </Button>
        <Button
          className="button button-quiet"
          onPress={() => {
            form.reset({});
            onClient(null);
            setCleared((count) => count + 1);
            onApply({});
          }}
        >
          {t('admin.audit.clear')}
        </Button>
      </div>
    </Form>
  );
}
