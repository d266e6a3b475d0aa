import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { FlagBadges, StatusBadge, setFlags } from '../components/Badges';
import { RiskBadge } from '../components/Badges';
import { ageFromBirthDate, callName, formatCalendarDate, legalName } from '../../../lib/format';

/** Always on screen while the file is open: who this is, how to address them, and what to mind. */
export function ClientHeader({
  file,
  headingRef,
  actions,
}: {
  file: ClientFile;
  headingRef: Ref<HTMLHeadingElement>;
  /** Other features' actions on this file (lib/featureSlots' clientFileActions). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { client } = file;
  const age = ageFromBirthDate(client.birthDate);
  const flags = setFlags(client.flags);
  const workers = client.assignedWorkers.map((worker) => worker.fullName);
  return (
    <header className="client-header" role="region" aria-label={t('clients.header.label')}>
      <div className="client-header-main">
        <h1 id="page-title" ref={headingRef} tabIndex={-1} className="page-title client-name">
          {callName(client)}
          {client.pronouns ? <span className="client-pronouns"> ({client.pronouns})</span> : null}
        </h1>
        <p className="client-legal">
          {t('clients.header.legalName', { name: legalName(client) })}
          {' · '}
          {t('clients.header.born', { date: formatCalendarDate(client.birthDate) })}
          {age === null ? null : <> · {t('clients.ageYears', { count: age })}</>}
        </p>
        <FlagBadges flags={flags} />
      </div>
      <dl className="client-facts">
        <div>
          <dt>{t('clients.fields.clientNumber')}</dt>
          <dd className="mono">{client.clientNumber}</dd>
        </div>
        <div>
          <dt>{t('clients.fields.status')}</dt>
          <dd>
            <StatusBadge status={client.status} />
          </dd>
        </div>
        {file.access === 'full' ? (
          <div>
            <dt>{t('clients.fields.riskLevel')}</dt>
            <dd>
              <RiskBadge level={file.client.riskLevel} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('clients.header.workers', { count: Math.max(1, workers.length) })}</dt>
          <dd>{workers.length ? workers.join(', ') : t('clients.caseload.unassigned')}</dd>
        </div>
      </dl>
      {file.accessReason ? (
        <p className="emergency-note">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('clients.header.emergencyAccess')}</strong> {file.accessReason}
        </p>
      ) : null}
      {actions ? <div className="client-header-actions">{actions}</div> : null}
    </header>
  );
}
