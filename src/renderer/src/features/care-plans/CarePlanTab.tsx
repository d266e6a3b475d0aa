import { useCallback } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CarePlan, LatestScores } from '../../../../shared/contracts/care-plans';
import { useSession } from '../../app/session';
import { useLanternMutation, useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import type { ClientTabProps } from '../../lib/featureSlots';
import { formatCalendarDate } from '../../lib/format';
import { isPlanNeedHandoff } from '../../lib/planNeedHandoff';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { ClientAgreement } from './ClientAgreement';
import { PlanContentView } from './PlanContentView';
import { PlanEditor } from './PlanEditor';
import { SignatureList } from './SignatureList';
import { StartPlan } from './StartPlan';
import { VersionsPanel } from './VersionsPanel';

/**
 * The client's care plan: where it stands, the draft being written (or a start), the version in
 * force with its signatures and what it still waits for, and every version with the differences.
 * A goal linked to a measure shows its latest score: carePlans:get answers them (main reads the
 * measures), so this feature needs nothing from the measures feature.
 */
export function CarePlanTab({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const clientId = file.client.id;
  const query = useLanternQuery('carePlans:get', { clientId });
  const handoff = isPlanNeedHandoff(location.state) ? location.state.addNeed : null;
  const clearHandoff = useCallback(
    () => void navigate(location.pathname, { replace: true, state: null }),
    [navigate, location.pathname],
  );

  if (query.isPending) return <LoadingMessage />;
  if (query.isError)
    return (
      <ErrorAlert>
        {t('carePlans.loadFailed')} {errorMessage(t, query.error.error)}
      </ErrorAlert>
    );
  const { plan, latestScores } = query.data;
  const clientName = `${file.client.legalFirstName} ${file.client.legalLastName}`;
  return (
    <div className="stack care-plan">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.care-plan')}</h2>
      </div>
      {!plan ? (
        canEdit ? (
          <StartPlan clientId={clientId} pendingNeed={handoff?.text ?? null} />
        ) : (
          <p className="empty-state">{t('carePlans.none')}</p>
        )
      ) : (
        <PlanBody
          plan={plan}
          canEdit={canEdit}
          isSupervisor={session.role === 'supervisor'}
          clientName={clientName}
          handoff={handoff}
          onHandoffUsed={clearHandoff}
          latestScores={latestScores}
        />
      )}
    </div>
  );
}

function PlanBody(props: {
  plan: CarePlan;
  canEdit: boolean;
  isSupervisor: boolean;
  clientName: string;
  handoff: { text: string; assessmentId: string } | null;
  onHandoffUsed: () => void;
  latestScores: LatestScores;
}) {
  const { plan, isSupervisor, clientName, handoff, onHandoffUsed, latestScores } = props;
  // Main refuses a change from someone shown the plan without its Part 2 items (it would drop them).
  const canEdit = props.canEdit && plan.withheldPart2 === 0;
  const { t } = useTranslation();
  const revise = useLanternMutation('carePlans:revise');
  const approve = useLanternMutation('carePlans:approve');
  const draft = plan.versions.find((v) => v.id === plan.draftVersionId);
  const current = plan.versions.find((v) => v.id === plan.currentVersionId);
  const roles = new Set(current?.signatures.map((s) => s.role));
  return (
    <>
      <p className="plan-summary" data-testid="plan-summary">
        <span className={`badge plan-stage plan-stage-${plan.stage}`}>
          {t(`carePlans.stage.${plan.stage}`)}
        </span>{' '}
        {plan.reviewDate ? t('carePlans.reviewOn', { date: formatCalendarDate(plan.reviewDate) }) : null}{' '}
        {plan.reviewOverdue ? (
          <span className="badge badge-risk-high">{t('carePlans.reviewOverdue')}</span>
        ) : null}
      </p>
      {plan.withheldPart2 > 0 ? (
        <p className="alert alert-info">{t('carePlans.part2.withheld', { count: plan.withheldPart2 })}</p>
      ) : null}
      {draft && canEdit ? (
        <PlanEditor key={draft.id} version={draft} handoff={handoff} onHandoffUsed={onHandoffUsed} />
      ) : null}
      {handoff && !draft && canEdit ? (
        <p className="alert alert-info">{t('carePlans.reviseToAdd', { need: handoff.text })}</p>
      ) : null}
      {current ? (
        <section className="panel plan-current" aria-labelledby="plan-current-title">
          <h3 id="plan-current-title">{t('carePlans.current', { n: current.versionNo })}</h3>
          <PlanContentView content={current.content} latestScores={latestScores} />
          <h4>{t('carePlans.signatures.title')}</h4>
          <SignatureList signatures={current.signatures} />
          <div className="form-actions">
            {isSupervisor && !roles.has('supervisor') ? (
              <Button
                className="button"
                onPress={() => void approve.mutateAsync({ versionId: current.id })}
                isPending={approve.isPending}
              >
                {t('carePlans.approve')}
              </Button>
            ) : null}
            {canEdit && !draft ? (
              <Button
                className="button"
                onPress={() => void revise.mutateAsync({ versionId: current.id })}
                isPending={revise.isPending}
              >
                {t('carePlans.revise')}
              </Button>
            ) : null}
          </div>
          <ErrorAlert error={revise.error?.error ?? approve.error?.error ?? null} />
        </section>
      ) : null}
      {current && canEdit && !roles.has('client') ? (
        <ClientAgreement key={current.id} versionId={current.id} clientName={clientName} />
      ) : null}
      <VersionsPanel plan={plan} />
    </>
  );
}
