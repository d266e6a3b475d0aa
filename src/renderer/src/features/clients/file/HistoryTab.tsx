import type { TFunction } from 'i18next';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { CARE_TEAM_ROLES, CONTACT_KINDS } from '../../../../../shared/contracts/care-team';
import { LIVING_SITUATIONS, RISK_LEVELS, SEX_AT_BIRTH } from '../../../../../shared/domain/clients';
import { isCatalogueKey, isOneOf } from '../../../lib/catalogue';
import { useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert, LoadingMessage } from '../../../ui/feedback';
import { formatCalendarDate } from '../format';

/**
 * Fields whose recorded values are codes from a list, and how each code reads (typed: a list value
 * without a catalogue entry fails the typecheck). Values no longer on the list are shown as stored.
 */
const VOCABULARY: Record<string, (t: TFunction, text: string) => string | undefined> = {
  kind: (t, text) => (isOneOf(CONTACT_KINDS, text) ? t(`clients.contactKind.${text}`) : undefined),
  careRole: (t, text) => (isOneOf(CARE_TEAM_ROLES, text) ? t(`clients.careRole.${text}`) : undefined),
  riskLevel: (t, text) => (isOneOf(RISK_LEVELS, text) ? t(`clients.risk.${text}`) : undefined),
  livingSituation: (t, text) => (isOneOf(LIVING_SITUATIONS, text) ? t(`clients.living.${text}`) : undefined),
  sexAtBirth: (t, text) => (isOneOf(SEX_AT_BIRTH, text) ? t(`clients.sex.${text}`) : undefined),
};
const DATE_FIELDS = new Set(['birthDate', 'consentDate', 'onsetDate', 'resolvedDate']);

/** Every change to the file: when, who, what (record and field), from and to. */
export function HistoryTab({ file }: { file: ClientFile }) {
  const { t } = useTranslation();
  const history = useLanternQuery('clients:history', { clientId: file.client.id });
  const fieldName = (field: string) => {
    const key = `clients.historyFields.${field.replace(/\./g, '_')}`;
    return isCatalogueKey(key) ? t(key) : field;
  };
  const value = (field: string, text: string | null) => {
    if (text === null || text === '')
      return <span className="muted">{t('clients.history.empty_value')}</span>;
    if (text === 'true') return t('clients.overview.yes');
    if (text === 'false') return t('clients.overview.no');
    const vocabulary = VOCABULARY[field];
    if (vocabulary) return vocabulary(t, text) ?? text;
    if (DATE_FIELDS.has(field)) return formatCalendarDate(text);
    return text;
  };

  return (
    <div className="stack">
      <h2 className="tab-heading">{t('clients.tabs.history')}</h2>
      <p className="muted">{t('clients.history.intro')}</p>
      {history.isPending ? <LoadingMessage /> : null}
      {history.isError ? (
        <ErrorAlert>
          {t('clients.history.loadFailed')} {errorMessage(t, history.error.error)}
        </ErrorAlert>
      ) : null}
      {history.data ? (
        <div className="table-wrap">
          <Table aria-label={t('clients.history.tableLabel')} className="data-table history-table">
            <TableHeader>
              <Column isRowHeader>{t('clients.history.when')}</Column>
              <Column>{t('clients.history.who')}</Column>
              <Column>{t('clients.history.what')}</Column>
              <Column>{t('clients.history.from')}</Column>
              <Column>{t('clients.history.to')}</Column>
            </TableHeader>
            <TableBody items={history.data} renderEmptyState={() => t('clients.history.none')}>
              {(entry) => (
                <Row id={entry.id}>
                  <Cell>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </Cell>
                  <Cell>{entry.actorName ?? '—'}</Cell>
                  <Cell>
                    <span className="muted">
                      {t(`clients.history.entity.${entry.entity}`, { label: entry.entityLabel })}
                    </span>
                    <br />
                    <strong>{fieldName(entry.field)}</strong>
                  </Cell>
                  <Cell>{value(entry.field, entry.from)}</Cell>
                  <Cell>{value(entry.field, entry.to)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
