import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../lib/client';
import { errorMessage } from '../lib/errors';
import { i18n } from '../lib/i18n';
import { ErrorAlert, LoadingMessage } from './feedback';

const formatInstant = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/**
 * Recent break-the-glass openings (`clients:breakGlassLog`), newest first: when, who, which client,
 * why, and until when the access lasts. For supervisors (on Today) and administrators.
 */
export function EmergencyAccessReview({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const log = useLanternQuery('clients:breakGlassLog', { limit: 50 });
  const HeadingTag = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="stack" aria-labelledby="emergency-access-title">
      <HeadingTag id="emergency-access-title">{t('review.access.title')}</HeadingTag>
      <p className="muted">{t('review.access.intro')}</p>
      {log.isPending ? <LoadingMessage /> : null}
      {log.isError ? (
        <ErrorAlert>
          {t('review.access.loadFailed')} {errorMessage(t, log.error.error)}
        </ErrorAlert>
      ) : null}
      {log.data ? (
        <div className="table-wrap">
          <Table aria-label={t('review.access.tableLabel')} className="data-table">
            <TableHeader>
              <Column isRowHeader>{t('review.access.when')}</Column>
              <Column>{t('review.access.who')}</Column>
              <Column>{t('review.access.client')}</Column>
              <Column>{t('review.access.reason')}</Column>
              <Column>{t('review.access.until')}</Column>
            </TableHeader>
            <TableBody items={log.data} renderEmptyState={() => t('review.access.empty')}>
              {(entry) => (
                <Row id={entry.id}>
                  <Cell>{formatInstant(entry.grantedAt)}</Cell>
                  <Cell>{entry.accountName ?? t('review.unknownPerson')}</Cell>
                  <Cell>{entry.clientNumber}</Cell>
                  <Cell>
                    {entry.reason ?? <span className="muted">{t('review.access.reasonHidden')}</span>}
                  </Cell>
                  <Cell>{formatInstant(entry.expiresAt)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
