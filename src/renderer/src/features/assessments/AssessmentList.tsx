import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/contracts/assessments';
import { formatDay } from '../../lib/format';

/** The client's assessments, newest first: type, draft or signed, dates and who signed. */
export function AssessmentList(props: {
  items: readonly AssessmentSummary[];
  openId: string | null;
  onOpen(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table aria-label={t('assessments.list.label')} className="data-table">
        <TableHeader>
          <Column isRowHeader>{t('assessments.list.type')}</Column>
          <Column>{t('assessments.list.state')}</Column>
          <Column>{t('assessments.list.started')}</Column>
          <Column>{t('assessments.list.signed')}</Column>
          <Column>{t('assessments.list.risk')}</Column>
          <Column>{t('assessments.list.actions')}</Column>
        </TableHeader>
        <TableBody items={props.items} renderEmptyState={() => t('assessments.list.empty')}>
          {(item) => (
            <Row id={item.id}>
              <Cell>{t(`assessments.type.${item.type}`)}</Cell>
              <Cell>
                <span className={`badge badge-record-${item.state}`}>
                  {t(`assessments.state.${item.state}`)}
                </span>
              </Cell>
              <Cell>
                {formatDay(item.startedAt)} · {item.startedByName}
              </Cell>
              <Cell>{item.signedAt ? `${formatDay(item.signedAt)} · ${item.signedByName ?? ''}` : '—'}</Cell>
              <Cell>{item.riskLevel ? t(`clients.risk.${item.riskLevel}`) : '—'}</Cell>
              <Cell>
                <Button
                  className="button button-small"
                  aria-label={t(
                    item.state === 'draft' ? 'assessments.list.continueNamed' : 'assessments.list.readNamed',
                    {
                      type: t(`assessments.type.${item.type}`),
                      date: formatDay(item.startedAt),
                    },
                  )}
                  aria-pressed={props.openId === item.id}
                  onPress={() => props.onOpen(item.id)}
                >
                  {t(item.state === 'draft' ? 'assessments.list.continue' : 'assessments.list.read')}
                </Button>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
