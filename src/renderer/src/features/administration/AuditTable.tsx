import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../../shared/contracts/audit';
import { isOneOf } from '../../lib/catalogue';
import { formatDateTime } from '../../lib/i18n';

/** Audit entries, newest first. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table aria-label={t('admin.audit.tableLabel')} className="data-table">
        <TableHeader>
          <Column>{t('admin.audit.seq')}</Column>
          <Column isRowHeader>{t('admin.audit.when')}</Column>
          <Column>{t('admin.audit.who')}</Column>
          <Column>{t('admin.audit.what')}</Column>
          <Column>{t('admin.audit.subject')}</Column>
          <Column>{t('admin.audit.details')}</Column>
        </TableHeader>
        <TableBody items={entries} renderEmptyState={() => t('admin.audit.empty')}>
          {(entry) => (
            <Row id={entry.id}>
              <Cell>#{entry.seq}</Cell>
              <Cell>
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
              </Cell>
              <Cell>{entry.actorName ?? t('admin.audit.nobody')}</Cell>
              <Cell>
                {isOneOf(AUDIT_ACTIONS, entry.action)
                  ? t(`admin.auditActions.${entry.action}`)
                  : entry.action}
              </Cell>
              <Cell>{entry.subject ?? ''}</Cell>
              <Cell>
                <EntryDetails entry={entry} />
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * A read of client information says what was looked at and how many clients it showed
 * ("“smi” — 4 clients"); the ids themselves sit behind a disclosure, for an inquiry.
 */
function EntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { ids, count, query, filter, total, ...rest } = entry.details;
  if (typeof count !== 'number' || typeof ids !== 'string') {
    return <span className="details">{describeDetails(entry.details)}</span>;
  }
  const summary =
    typeof query === 'string'
      ? t('admin.audit.reads.searched', { query, count })
      : typeof filter === 'string'
        ? t('admin.audit.reads.listed', { filter, count, total })
        : t('admin.audit.reads.count', { count });
  const others = describeDetails(rest);
  return (
    <span className="details">
      {summary}
      {others ? `; ${others}` : ''}
      {ids ? (
        <details>
          <summary>{t('admin.audit.reads.clientIds')}</summary>
          <code>{ids}</code>
        </details>
      ) : null}
    </span>
  );
}

/** Recorded facts as "name: value" pairs (e.g. "idleLockMinutes: 10 → 5"). */
function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`,
    )
    .join('; ');
}
