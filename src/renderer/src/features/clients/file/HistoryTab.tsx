import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { isCatalogueKey } from '../../../lib/catalogue';
import { useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert, LoadingMessage } from '../../../ui/feedback';
import { HistoryValue } from './HistoryValue';

/** Every change to the file: when, who, what (record and field), from and to. */
export function HistoryTab({ file }: { file: ClientFile }) {
  const { t } = useTranslation();
  const history = useLanternQuery('clients:history', { clientId: file.client.id });
  const fieldName = (field: string) => {
    const key = `clients.historyFields.${field.replace(/\./g, '_')}`;
    return isCatalogueKey(key) ? t(key) : field;
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
                  <Cell>
                    <HistoryValue field={entry.field} value={entry.from} />
                  </Cell>
                  <Cell>
                    <HistoryValue field={entry.field} value={entry.to} />
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
