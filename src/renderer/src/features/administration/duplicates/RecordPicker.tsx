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
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../../shared/contracts/caseload';
import { useLanternQuery } from '../../../lib/client';
import { useDebounced } from '../../../lib/useDebounced';
import { formatCalendarDate } from '../../../lib/format';

const MIN_LENGTH = 2;

/**
 * Chooses one client record with `caseload:search` (names, birth date, client ID, phone). Unlike
 * "Find a client" it opens nothing: the chosen row is handed to `onChange` (a merge's records,
 * the audit trail's client filter).
 */
export function RecordPicker({
  label,
  description,
  value,
  onChange,
  error,
  isRequired = true,
}: {
  label: string;
  description: string;
  value: CaseloadRow | null;
  onChange(row: CaseloadRow | null): void;
  error?: string | undefined;
  /** False where choosing no one is an answer too (a filter). */
  isRequired?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? value.legalName : '');
  const query = useDebounced(text.trim(), 250);
  const search = useLanternQuery(
    'caseload:search',
    { query, limit: 10 },
    { enabled: query.length >= MIN_LENGTH, staleTime: 5_000 },
  );
  const found = query.length >= MIN_LENGTH ? (search.data ?? []) : [];
  // The chosen row stays an item so the box keeps showing it.
  const items = value && !found.some((row) => row.id === value.id) ? [value, ...found] : found;
  const settled = query === text.trim() && !search.isFetching;

  return (
    <ComboBox
      className="field record-picker"
      items={items}
      inputValue={text}
      onInputChange={(next) => {
        setText(next);
        if (value && next !== value.legalName) onChange(null);
      }}
      selectedKey={value?.id ?? null}
      onSelectionChange={(key) => {
        const row = items.find((item) => item.id === key) ?? null;
        onChange(row);
        if (row) setText(row.legalName);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isRequired={isRequired}
    >
      <Label className="field-label">{label}</Label>
      <div className="search-box">
        <span aria-hidden="true" className="search-icon">
          ⌕
        </span>
        <Input className="input search-input" placeholder={t('review.merge.searchPlaceholder')} />
      </div>
      <Text slot="description" className="field-help">
        {description}
      </Text>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover search-popover" placement="bottom start">
        <ListBox
          className="listbox"
          renderEmptyState={() => (
            <p className="listbox-empty">
              {text.trim().length < MIN_LENGTH
                ? t('clients.search.typeMore')
                : settled
                  ? t('clients.search.none')
                  : t('clients.search.searching')}
            </p>
          )}
        >
          {(row: CaseloadRow) => (
            <ListBoxItem id={row.id} className="listbox-item search-result" textValue={row.legalName}>
              <Text slot="label" className="search-result-name">
                {row.legalName}
                {row.preferredName ? (
                  <span className="muted"> {t('clients.caseload.goesBy', { name: row.preferredName })}</span>
                ) : null}
              </Text>
              <Text slot="description" className="search-result-facts">
                {t('review.merge.optionFacts', {
                  birthDate: formatCalendarDate(row.birthDate),
                  clientNumber: row.clientNumber,
                })}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
