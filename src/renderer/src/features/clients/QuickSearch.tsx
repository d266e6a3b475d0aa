import { useContext, useState, type KeyboardEvent } from 'react';
import {
  ComboBox,
  ComboBoxStateContext,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../shared/contracts/caseload';
import { useLanternQuery } from '../../lib/client';
import { OffCaseloadBadge } from './components/Badges';
import { useDebounced } from '../../lib/useDebounced';
import { ageFromBirthDate, formatCalendarDate } from '../../lib/format';

const MIN_LENGTH = 2;

/**
 * "Find a client" as you type (`caseload:search`: names, birth date, client ID, phone; typos
 * tolerated by main). Arrow keys move through the matches; Enter or a click opens one, and Enter
 * straight from the box opens the best match.
 */
export function QuickSearch({
  markOffCaseload,
  onOpen,
}: {
  markOffCaseload: boolean;
  onOpen(row: CaseloadRow): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const search = useLanternQuery(
    'caseload:search',
    { query, limit: 10 },
    { enabled: query.length >= MIN_LENGTH, staleTime: 5_000 },
  );
  const results = query.length >= MIN_LENGTH ? (search.data ?? []) : [];
  const settled = query === text.trim() && !search.isFetching;

  const open = (row: CaseloadRow | undefined) => {
    if (!row) return;
    onOpen(row);
  };

  return (
    <ComboBox
      className="quick-search"
      items={results}
      inputValue={text}
      onInputChange={setText}
      onSelectionChange={(key) => open(results.find((row) => row.id === key))}
      menuTrigger="input"
      allowsEmptyCollection
    >
      <Label className="field-label">{t('clients.search.label')}</Label>
      <div className="search-box">
        <span aria-hidden="true" className="search-icon">
          ⌕
        </span>
        <SearchInput
          placeholder={t('clients.search.placeholder')}
          onEnterWithoutChoice={() => open(settled ? results[0] : undefined)}
        />
      </div>
      <Text slot="description" className="field-help">
        {t('clients.search.help')}
      </Text>
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
            <ListBoxItem
              id={row.id}
              className="listbox-item search-result"
              textValue={`${row.legalName}${row.preferredName ? ` (${row.preferredName})` : ''}`}
            >
              <Text slot="label" className="search-result-name">
                {row.legalName}
                {row.preferredName ? (
                  <span className="muted"> {t('clients.caseload.goesBy', { name: row.preferredName })}</span>
                ) : null}
              </Text>
              <Text slot="description" className="search-result-facts">
                {t('clients.search.facts', {
                  birthDate: formatCalendarDate(row.birthDate),
                  age: ageFromBirthDate(row.birthDate) ?? '?',
                  clientNumber: row.clientNumber,
                })}
                {markOffCaseload && !row.onCaseload ? <OffCaseloadBadge /> : null}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** The combobox's text box; Enter with no match highlighted opens the best match. */
function SearchInput({
  placeholder,
  onEnterWithoutChoice,
}: {
  placeholder: string;
  onEnterWithoutChoice(): void;
}) {
  const state = useContext(ComboBoxStateContext);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && state?.selectionManager.focusedKey == null) onEnterWithoutChoice();
  };
  return <Input className="input search-input" placeholder={placeholder} onKeyDown={onKeyDown} />;
}
