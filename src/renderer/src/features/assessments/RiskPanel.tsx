import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { formatDay } from '../../lib/format';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { RiskDialog } from './RiskDialog';

/** The client's risk level history (who, when, level, reason, from what) and "Set risk level". */
export function RiskPanel({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const history = useLanternQuery('assessments:riskHistory', { clientId });
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="stack" aria-labelledby="risk-history-title">
      <div className="tab-toolbar">
        <h3 id="risk-history-title" className="tab-heading">
          {t('assessments.risk.title')}
        </h3>
        {canEdit ? (
          <Button className="button" onPress={() => setOpen(true)}>
            {t('assessments.risk.set')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {history.isPending ? <LoadingMessage /> : null}
      {history.isError ? <ErrorAlert>{errorMessage(t, history.error.error)}</ErrorAlert> : null}
      {history.data ? (
        <div className="table-wrap">
          <Table aria-label={t('assessments.risk.tableLabel')} className="data-table">
            <TableHeader>
              <Column isRowHeader>{t('assessments.risk.level')}</Column>
              <Column>{t('assessments.risk.reason')}</Column>
              <Column>{t('assessments.risk.source')}</Column>
              <Column>{t('assessments.risk.setBy')}</Column>
              <Column>{t('assessments.risk.when')}</Column>
            </TableHeader>
            <TableBody items={history.data} renderEmptyState={() => t('assessments.risk.empty')}>
              {(entry) => (
                <Row id={entry.id}>
                  <Cell>{t(`clients.risk.${entry.level}`)}</Cell>
                  <Cell>{entry.reason}</Cell>
                  <Cell>{t(`assessments.risk.from_${entry.source}`)}</Cell>
                  <Cell>{entry.setByName}</Cell>
                  <Cell>{formatDay(entry.setAt)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <RiskDialog
        clientId={clientId}
        isOpen={open}
        onClose={() => setOpen(false)}
        onSaved={() => setNotice(t('assessments.risk.saved'))}
      />
    </section>
  );
}
