import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contracts/audit';
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
              <Cell>{t(`admin.auditActions.${entry.action}`, { defaultValue: entry.action })}</Cell>
              <Cell>{entry.subject ?? ''}</Cell>
              <Cell>
                <span className="details">{describeDetails(entry.details)}</span>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
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
