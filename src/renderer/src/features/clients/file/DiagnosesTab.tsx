import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import type { Diagnosis } from '../../../../../shared/contracts/diagnoses';
import { useLanternMutation, useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { formatCalendarDate } from '../../../lib/format';
import { DiagnosisDialog } from './DiagnosisDialog';
import { ReasonDialog } from './ReasonDialog';

type Open = { kind: 'add' } | { kind: 'edit' | 'remove'; diagnosis: Diagnosis } | null;

/** ICD-10-CM diagnoses, the primary one first and marked in words. */
export function DiagnosesTab({ file, canEdit }: { file: ClientFile; canEdit: boolean }) {
  const { t } = useTranslation();
  const remove = useLanternMutation('diagnoses:remove');
  const clientId = file.client.id;
  const diagnoses = useLanternQuery('diagnoses:list', { clientId });
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const markInError = async (diagnosis: Diagnosis, reason: string) => {
    await remove.mutateAsync({ id: diagnosis.id, reason });
    setNotice(t('clients.diagnoses.removed', { code: diagnosis.code }));
  };

  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.diagnoses')}</h2>
        {canEdit ? (
          <Button className="button button-primary" onPress={() => setOpen({ kind: 'add' })}>
            <span aria-hidden="true">+</span> {t('clients.diagnoses.add')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {diagnoses.isPending ? <LoadingMessage /> : null}
      {diagnoses.isError ? (
        <ErrorAlert>
          {t('clients.diagnoses.loadFailed')} {errorMessage(t, diagnoses.error.error)}
        </ErrorAlert>
      ) : null}
      {diagnoses.data ? (
        <div className="table-wrap">
          <Table aria-label={t('clients.diagnoses.tableLabel')} className="data-table diagnoses-table">
            <TableHeader>
              <Column isRowHeader>{t('clients.diagnoses.diagnosis')}</Column>
              <Column>{t('clients.diagnoses.onset')}</Column>
              <Column>{t('clients.diagnoses.resolved')}</Column>
              <Column>{t('clients.diagnoses.recordedBy')}</Column>
              <Column>{t('clients.diagnoses.actions')}</Column>
            </TableHeader>
            <TableBody items={diagnoses.data} renderEmptyState={() => t('clients.diagnoses.empty')}>
              {(diagnosis) => (
                <Row id={diagnosis.id}>
                  <Cell>
                    <span className="mono">{diagnosis.code}</span> {diagnosis.title}
                    {diagnosis.isPrimary ? (
                      <span className="badge badge-primary">{t('clients.diagnoses.primaryBadge')}</span>
                    ) : null}
                  </Cell>
                  <Cell>{formatCalendarDate(diagnosis.onsetDate) || '—'}</Cell>
                  <Cell>{formatCalendarDate(diagnosis.resolvedDate) || t('clients.diagnoses.current')}</Cell>
                  <Cell>{diagnosis.recordedByName ?? '—'}</Cell>
                  <Cell>
                    {canEdit ? (
                      <div className="row-actions">
                        <Button
                          className="button button-small"
                          aria-label={t('clients.diagnoses.editCode', { code: diagnosis.code })}
                          onPress={() => setOpen({ kind: 'edit', diagnosis })}
                        >
                          {t('clients.diagnoses.edit')}
                        </Button>
                        <Button
                          className="button button-small button-danger"
                          aria-label={t('clients.diagnoses.inErrorCode', { code: diagnosis.code })}
                          onPress={() => setOpen({ kind: 'remove', diagnosis })}
                        >
                          {t('clients.diagnoses.inError')}
                        </Button>
                      </div>
                    ) : null}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}

      <DiagnosisDialog
        isOpen={open?.kind === 'add' || open?.kind === 'edit'}
        clientId={clientId}
        diagnosis={open?.kind === 'edit' ? open.diagnosis : null}
        onClose={() => setOpen(null)}
        onSaved={(label) => setNotice(t('clients.diagnoses.saved', { label }))}
      />
      <ReasonDialog
        isOpen={open?.kind === 'remove'}
        title={t('clients.diagnoses.inErrorTitle', {
          code: open?.kind === 'remove' ? open.diagnosis.code : '',
        })}
        intro={t('clients.diagnoses.inErrorIntro')}
        label={t('clients.diagnoses.inErrorReason')}
        help={t('clients.diagnoses.inErrorReasonHelp')}
        submit={t('clients.diagnoses.inErrorSubmit')}
        onClose={() => setOpen(null)}
        onConfirm={(reason) =>
          open?.kind === 'remove' ? markInError(open.diagnosis, reason) : Promise.resolve()
        }
      />
    </div>
  );
}
