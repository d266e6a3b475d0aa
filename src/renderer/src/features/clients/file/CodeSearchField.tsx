import { useState } from 'react';
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DiagnosisFieldsInput } from '../../../../../shared/contracts/diagnoses';
import { useLanternQuery } from '../../../lib/client';
import { fieldMessage } from '../../../lib/errors';
import { useDebounced } from '../../../lib/useDebounced';

const LOOKS_LIKE_CODE = /^[A-Za-z]\d{2}(?:\.[0-9A-Za-z]{0,4})?$/;
const label = (code: string, title: string) => `${code} — ${title}`;

/**
 * The ICD-10-CM code as a searchable combobox (`diagnoses:searchCodes`): type words ("depress",
 * "recurrent") or a code ("F33"). Category headings are listed but cannot be chosen.
 */
export function CodeSearchField({
  control,
  initialLabel,
}: {
  control: Control<DiagnosisFieldsInput>;
  initialLabel: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialLabel);
  const query = useDebounced(text.trim(), 200);
  const searching = query.length >= 2 && query !== initialLabel;
  const results = useLanternQuery(
    'diagnoses:searchCodes',
    { query },
    { enabled: searching, staleTime: 60_000 },
  );
  const items = searching ? (results.data ?? []) : [];

  return (
    <Controller
      control={control}
      name="code"
      render={({ field, fieldState }) => (
        <ComboBox
          className="field"
          items={items}
          inputValue={text}
          onInputChange={(value) => {
            setText(value);
            const picked = items.find((item) => label(item.code, item.title) === value);
            const typed = value.trim();
            field.onChange(picked ? picked.code : LOOKS_LIKE_CODE.test(typed) ? typed.toUpperCase() : '');
          }}
          onSelectionChange={(key) => {
            const picked = items.find((item) => item.code === key);
            if (!picked) return;
            field.onChange(picked.code);
            setText(label(picked.code, picked.title));
          }}
          disabledKeys={items.filter((item) => !item.billable).map((item) => item.code)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          isRequired
          menuTrigger="input"
          allowsEmptyCollection
          validationBehavior="aria"
          allowsCustomValue
        >
          <Label className="field-label">{t('clients.diagnoses.code')}</Label>
          <Input
            ref={field.ref}
            className="input input-wide"
            placeholder={t('clients.diagnoses.codePlaceholder')}
          />
          <Text slot="description" className="field-help">
            {t('clients.diagnoses.codeHelp')}
          </Text>
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
          <Popover className="popover search-popover" placement="bottom start">
            <ListBox
              className="listbox"
              renderEmptyState={() => (
                <p className="listbox-empty">
                  {results.isFetching ? t('clients.search.searching') : t('clients.diagnoses.noCodes')}
                </p>
              )}
            >
              {(item: (typeof items)[number]) => (
                <ListBoxItem
                  id={item.code}
                  className="listbox-item code-option"
                  textValue={label(item.code, item.title)}
                >
                  <span className="mono code-option-code">{item.code}</span> {item.title}
                  {item.billable ? null : <span className="muted"> {t('clients.diagnoses.heading')}</span>}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
    />
  );
}
