import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/contracts/assessments';
import { toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import type { ClientTabProps } from '../../lib/featureSlots';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import type { AppError } from '../../../../shared/result';
import { AssessmentList } from './AssessmentList';
import { AssessmentPanel } from './AssessmentPanel';
import { ReassessmentDue } from './ReassessmentDue';
import { RiskPanel } from './RiskPanel';

/**
 * The client file's Assessments tab: when the next reassessment is due, the assessments (drafts
 * and signed), the one opened — its form while a draft, as signed once signed — and the risk level
 * history with "Set risk level".
 */
export function AssessmentsTab({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const clientId = file.client.id;
  const list = useLanternQuery('assessments:list', { clientId });
  const startIntake = useLanternMutation('assessments:startIntake');
  const startReassessment = useLanternMutation('assessments:startReassessment');
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<AppError | null>(null);

  const start = async (kind: 'intake' | 'reassessment') => {
    setRefusal(null);
    setNotice(null);
    try {
      const started = await (kind === 'intake' ? startIntake : startReassessment).mutateAsync({ clientId });
      setOpenId(started.summary.id);
    } catch (thrown) {
      setRefusal(toAppError(thrown));
    }
  };

  const items: AssessmentSummary[] = list.data ?? [];
  const hasSigned = items.some((a) => a.state === 'signed');
  const draft = items.find((a) => a.state === 'draft');
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.assessments')}</h2>
        {canEdit && list.data && !draft ? (
          <div className="row-actions">
            {hasSigned ? (
              <Button className="button button-primary" onPress={() => void start('reassessment')}>
                {t('assessments.startReassessment')}
              </Button>
            ) : null}
            <Button
              className={hasSigned ? 'button' : 'button button-primary'}
              onPress={() => void start('intake')}
            >
              {t('assessments.startIntake')}
            </Button>
          </div>
        ) : null}
      </div>
      <ReassessmentDue clientId={clientId} />
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={refusal} />
      {list.isPending ? <LoadingMessage /> : null}
      {list.isError ? (
        <ErrorAlert>
          {t('assessments.loadFailed')} {errorMessage(t, list.error.error)}
        </ErrorAlert>
      ) : null}
      {list.data ? <AssessmentList items={items} openId={openId} onOpen={setOpenId} /> : null}
      {openId ? (
        <AssessmentPanel
          key={openId}
          id={openId}
          canEdit={canEdit}
          onSigned={() => setNotice(t('assessments.signed'))}
          onDiscarded={() => {
            setOpenId(null);
            setNotice(t('assessments.discarded'));
          }}
        />
      ) : null}
      <RiskPanel clientId={clientId} canEdit={canEdit} />
    </div>
  );
}
