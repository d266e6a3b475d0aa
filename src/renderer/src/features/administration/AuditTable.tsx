import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditNames } from '../../../../shared/contracts/audit';
import { describeAuditEntry } from '../../../../shared/domain/audit-sentences';
import { formatDateTime } from '../../lib/i18n';
import { useAuditCatalogue } from './auditCatalogue';
import './audit-trail.css';

/**
 * Audit entries, newest first, each said as a sentence from the catalogue with the names main
 * resolved for the page ("Cam Manager opened the file of Ana López (C-0042) with full access");
 * facts the sentence does not say follow it in words, and record ids sit behind a disclosure.
 */
export function AuditTable({ entries, names }: { entries: readonly AuditEntry[]; names: AuditNames }) {
  const { t } = useTranslation();
  const catalogue = useAuditCatalogue();
  return (
    <div className="table-wrap">
      <Table aria-label={t('admin.audit.tableLabel')} className="data-table audit-table">
        <TableHeader>
          <Column>{t('auditLog.columns.entry')}</Column>
          <Column isRowHeader>{t('auditLog.columns.when')}</Column>
          <Column>{t('auditLog.columns.who')}</Column>
          <Column>{t('auditLog.columns.what')}</Column>
          <Column>{t('auditLog.columns.about')}</Column>
        </TableHeader>
        <TableBody items={entries} renderEmptyState={() => t('admin.audit.empty')}>
          {(entry) => {
            const said = describeAuditEntry(entry, names, catalogue);
            return (
              <Row id={entry.id}>
                <Cell>#{entry.seq}</Cell>
                <Cell>
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                </Cell>
                <Cell>{entry.actorName ?? t('admin.audit.nobody')}</Cell>
                <Cell>
                  <p className="audit-sentence">{said.sentence}</p>
                  {said.details.length > 0 ? (
                    <ul className="audit-details">
                      {said.details.map((line) => (
                        <li key={line.label}>
                          {line.label}: {line.value}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {said.references.length > 0 ? (
                    <details className="audit-references" aria-label={t('auditLog.columns.references')}>
                      <summary>{t('auditLog.columns.references')}</summary>
                      <ul>
                        {said.references.map((line) => (
                          <li key={line.label}>
                            {line.label}: <span className="audit-reference">{line.value}</span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </Cell>
                <Cell>{said.about ?? ''}</Cell>
              </Row>
            );
          }}
        </TableBody>
      </Table>
    </div>
  );
}
