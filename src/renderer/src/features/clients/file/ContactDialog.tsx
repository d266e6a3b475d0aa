import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CARE_TEAM_ROLES,
  CONTACT_KINDS,
  contactFieldsSchema,
  type Contact,
} from '../../../../../shared/contracts/care-team';
import { useLanternMutation } from '../../../lib/client';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert } from '../../../ui/feedback';
import { FormDateField, FormSelectField, FormTextField } from '../../../ui/fields';
import { ModalDialog } from '../../../ui/ModalDialog';
import { FormCheckBox } from '../../../ui/CheckBox';

/** Add or change a contact (`contactFieldsSchema`); `contact` null means a new one. */
export function ContactDialog(props: {
  isOpen: boolean;
  clientId: string;
  contact: Contact | null;
  onClose(): void;
  onSaved(name: string): void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={
        props.contact
          ? t('clients.contacts.editTitle', { name: props.contact.name })
          : t('clients.contacts.addTitle')
      }
    >
      {(close) => (
        <ContactForm
          clientId={props.clientId}
          contact={props.contact}
          onCancel={close}
          onSaved={(name) => {
            props.onSaved(name);
            close();
          }}
        />
      )}
    </ModalDialog>
  );
}

function ContactForm({
  clientId,
  contact,
  onCancel,
  onSaved,
}: {
  clientId: string;
  contact: Contact | null;
  onCancel(): void;
  onSaved(name: string): void;
}) {
  const { t } = useTranslation();
  const add = useLanternMutation('careTeam:add');
  const update = useLanternMutation('careTeam:update');
  const { form, error, submit } = useContractForm({
    schema: contactFieldsSchema,
    root: 'contact',
    mode: 'onTouched',
    defaultValues: contact
      ? {
          kind: contact.kind,
          careRole: contact.careRole,
          name: contact.name,
          relationship: contact.relationship,
          organisation: contact.organisation,
          phone: contact.phone,
          email: contact.email,
          mayContact: contact.mayContact,
          consentDate: contact.consentDate,
          notes: contact.notes,
        }
      : {
          careRole: null,
          name: '',
          relationship: '',
          organisation: '',
          phone: '',
          email: '',
          mayContact: false,
          consentDate: null,
          notes: '',
        },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const mayContact = useWatch({ control: form.control, name: 'mayContact' });

  const onSubmit = submit(async (values) => {
    const saved = contact
      ? await update.mutateAsync({ id: contact.id, contact: values })
      : await add.mutateAsync({ clientId, contact: values });
    onSaved(saved.name);
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <div className="form-grid">
        <FormSelectField
          control={form.control}
          name="kind"
          label={t('clients.contacts.kind')}
          placeholder={t('clients.contacts.chooseKind')}
          options={CONTACT_KINDS.map((value) => ({ id: value, label: t(`clients.contactKind.${value}`) }))}
          isRequired
        />
        {kind === 'care_team' ? (
          <FormSelectField
            control={form.control}
            name="careRole"
            label={t('clients.contacts.careRole')}
            placeholder={t('clients.contacts.chooseRole')}
            options={CARE_TEAM_ROLES.map((value) => ({ id: value, label: t(`clients.careRole.${value}`) }))}
            isRequired
          />
        ) : null}
        <FormTextField
          control={form.control}
          name="name"
          label={t('clients.contacts.name')}
          autoFocus
          isRequired
        />
        <FormTextField
          control={form.control}
          name="relationship"
          label={t('clients.contacts.relationship')}
        />
        <FormTextField
          control={form.control}
          name="organisation"
          label={t('clients.contacts.organisation')}
        />
        <FormTextField
          control={form.control}
          name="phone"
          label={t('clients.contacts.phone')}
          autoComplete="off"
        />
        <FormTextField
          control={form.control}
          name="email"
          label={t('clients.contacts.email')}
          autoComplete="off"
        />
      </div>
      <FormCheckBox
        control={form.control}
        name="mayContact"
        label={t('clients.contacts.mayContact')}
        description={t('clients.contacts.mayContactHelp')}
      />
      {mayContact ? (
        <FormDateField
          control={form.control}
          name="consentDate"
          label={t('clients.contacts.consentDate')}
          isRequired
        />
      ) : null}
      <FormTextField control={form.control} name="notes" label={t('clients.contacts.notes')} multiline />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={add.isPending || update.isPending}>
          {contact ? t('clients.contacts.saveChanges') : t('clients.contacts.addSubmit')}
        </Button>
      </div>
    </Form>
  );
}
