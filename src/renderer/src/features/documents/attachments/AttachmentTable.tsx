import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/attachments';
import { formatBytes, formatCalendarDate } from '../../../lib/format';
import { formatDateTime } from '../../../lib/i18n';

export type AttachmentAction = 'open' | 'save' | 'remove';

/**
 * The client's attachments as a table (title, kind, date, type, size, who added it and when),
 * each row with what this viewer may do. `removed`: the list of removed ones, greyed, with who
 * removed each, when and why.
 */
export function AttachmentTable(props: {
  attachments: readonly Attachment[];
  removed?: boolean;
  canEdit: boolean;
  onAction(action: AttachmentAction, attachment: Attachment): void;
}) {
  const { t } = useTranslation();
  const { removed = false } = props;
  return (
    <div className="table-wrap">
      <Table
        aria-label={removed ? t('attachments.removedTable.caption') : t('attachments.table.caption')}
        className={removed ? 'data-table attachments-removed' : 'data-table'}
      >
        <TableHeader>
          <Column isRowHeader>{t('attachments.table.title')}</Column>
          <Column>{t('attachments.table.kind')}</Column>
          <Column>{t('attachments.table.date')}</Column>
          <Column>{t('attachments.table.type')}</Column>
          <Column>{t('attachments.table.size')}</Column>
          <Column>{removed ? t('attachments.removedTable.removed') : t('attachments.table.added')}</Column>
          <Column>{t('attachments.table.actions')}</Column>
        </TableHeader>
        <TableBody items={props.attachments} renderEmptyState={() => t('attachments.empty')}>
          {(attachment) => (
            <Row id={attachment.id}>
              <Cell>
                {attachment.title}
                {attachment.part2 ? <span className="badge">{t('attachments.table.part2')}</span> : null}
              </Cell>
              <Cell>{t(`attachments.kind.${attachment.kind}`)}</Cell>
              <Cell>{formatCalendarDate(attachment.documentDate)}</Cell>
              <Cell>{t(`attachments.type.${attachment.type}`)}</Cell>
              <Cell>{formatBytes(attachment.sizeBytes)}</Cell>
              <Cell>
                {attachment.removed
                  ? t('attachments.removedTable.removedBy', {
                      name: attachment.removed.byName,
                      when: formatDateTime(attachment.removed.at),
                      reason: attachment.removed.reason,
                    })
                  : t('attachments.table.addedBy', {
                      name: attachment.addedByName,
                      when: formatDateTime(attachment.addedAt),
                    })}
              </Cell>
              <Cell>
                <div className="attachment-actions">
                  {attachment.can.open ? (
                    <Button
                      className="button button-small"
                      aria-label={t('attachments.openNamed', { title: attachment.title })}
                      onPress={() => props.onAction('open', attachment)}
                    >
                      {t('attachments.open')}
                    </Button>
                  ) : null}
                  {attachment.can.save ? (
                    <Button
                      className="button button-small"
                      aria-label={t('attachments.saveAsNamed', { title: attachment.title })}
                      onPress={() => props.onAction('save', attachment)}
                    >
                      {t('attachments.saveAs')}
                    </Button>
                  ) : null}
                  {attachment.can.remove && props.canEdit ? (
                    <Button
                      className="button button-small button-danger"
                      aria-label={t('attachments.removeNamed', { title: attachment.title })}
                      onPress={() => props.onAction('remove', attachment)}
                    >
                      {t('attachments.remove')}
                    </Button>
                  ) : null}
                </div>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
