import { Button } from 'react-aria-components';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PHONE_KINDS } from '../../../../../shared/domain/clients';
import { FormSelectField, FormTextField } from '../../../ui/fields';
import type { ClientForm } from './clientForm';

const MAX_PHONES = 5;

export function ContactSection({ form }: { form: ClientForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const phones = useFieldArray({ control, name: 'phones' });
  const kinds = PHONE_KINDS.map((kind) => ({ id: kind, label: t(`clients.phoneKind.${kind}`) }));
  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.contact')}</legend>
      <div className="repeat-list">
        {phones.fields.map((phone, index) => (
          <div
            key={phone.id}
            className="repeat-item"
            role="group"
            aria-label={t('clients.form.phoneN', { n: index + 1 })}
          >
            <FormSelectField
              control={control}
              name={`phones.${index}.kind`}
              label={t('clients.fields.phoneKind')}
              options={kinds}
            />
            <FormTextField
              control={control}
              name={`phones.${index}.number`}
              label={t('clients.fields.phoneNumber')}
              autoComplete="off"
              isRequired
            />
            <Button
              className="button button-small button-danger repeat-remove"
              aria-label={t('clients.form.removePhoneN', { n: index + 1 })}
              onPress={() => phones.remove(index)}
            >
              {t('clients.form.remove')}
            </Button>
          </div>
        ))}
      </div>
      {phones.fields.length < MAX_PHONES ? (
        <Button className="button button-small" onPress={() => phones.append({ kind: 'mobile', number: '' })}>
          <span aria-hidden="true">+</span> {t('clients.form.addPhone')}
        </Button>
      ) : null}
      <div className="form-grid form-grid-spaced">
        <FormTextField control={control} name="email" label={t('clients.fields.email')} autoComplete="off" />
      </div>
      <div className="form-grid">
        <FormTextField
          control={control}
          name="address.line1"
          label={t('clients.fields.addressLine1')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="address.line2"
          label={t('clients.fields.addressLine2')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="address.city"
          label={t('clients.fields.city')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="address.region"
          label={t('clients.fields.region')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="address.postalCode"
          label={t('clients.fields.postalCode')}
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
