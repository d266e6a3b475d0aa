import { useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../shared/contracts/caseload';
import { useLanternQuery } from '../../lib/client';
import { useDebounced } from '../../lib/useDebounced';

const MIN_LENGTH = 2;

/** The client the audit trail is filtered on, as the picker shows it. */
export interface ChosenClient {
  id: string;
  label: string;
}

/**
 * "Entries about this client": a search by name or client ID over the quick search channel
 * (`caseload:search`, which asks the access policy and is itself audited). Choosing a client
 * filters at once — type, pick, and the list shows who did what in that client's file.
 */
export function AuditClientPicker({
  chosen,
  onChoose,
}: {
  chosen: ChosenClient | null;
  onChoose(client: ChosenClient | null): void;
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

  const choose = (row: CaseloadRow | undefined) => {
    if (!row) return;
    setText('');
    onChoose({
      id: row.id,
      label: t('auditLog.parties.client', { name: row.legalName, clientNumber: row.clientNumber }),
    });
  };

  return (
    <div>
      <ComboBox
        className="quick-search"
        items={results}
        inputValue={text}
        onInputChange={setText}
        onSelectionChange={(key) => choose(results.find((row) => row.id === key))}
        menuTrigger="input"
        allowsEmptyCollection
      >
        <Label className="field-label">{t('auditLog.clientFilter.label')}</Label>
        <div className="search-box">
          <span aria-hidden="true" className="search-icon">
            ⌕
          </span>
          <Input className="input search-input" placeholder={t('auditLog.clientFilter.placeholder')} />
        </div>
        <Text slot="description" className="field-help">
          {t('auditLog.clientFilter.help')}
        </Text>
        <Popover className="popover search-popover" placement="bottom start">
          <ListBox
            className="listbox"
            renderEmptyState={() => (
              <p className="listbox-empty">
                {text.trim().length < MIN_LENGTH
                  ? t('auditLog.clientFilter.typeMore')
                  : settled
                    ? t('auditLog.clientFilter.none')
                    : t('auditLog.clientFilter.searching')}
              </p>
            )}
          >
            {(row: CaseloadRow) => (
              <ListBoxItem id={row.id} className="listbox-item search-result" textValue={row.legalName}>
                <Text slot="label" className="search-result-name">
                  {row.legalName}
                </Text>
                <Text slot="description" className="search-result-facts">
                  {t('auditLog.clientFilter.facts', { clientNumber: row.clientNumber })}
                </Text>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {chosen ? (
        <p className="audit-client-filter">
          <span>{t('auditLog.clientFilter.chosen', { client: chosen.label })}</span>
          <Button className="button button-quiet" onPress={() => onChoose(null)}>
            {t('auditLog.clientFilter.remove')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
