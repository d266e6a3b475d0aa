import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, auditListInputSchema, type AuditListInput } from '../../../../shared/contracts/audit';
import { useContractForm } from '../../lib/useContractForm';
import { FormDateField, FormSelectField, type SelectOption } from '../../ui/fields';
import { AuditClientPicker, type ChosenClient } from './AuditClientPicker';

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
  client: ChosenClient | null;
  onClient: (client: ChosenClient | null) => void;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
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
      <AuditClientPicker chosen={client} onChoose={onClient} />
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
            onApply({});
          }}
        >
          {t('admin.audit.clear')}
        </Button>
      </div>
    </Form>
  );
}
