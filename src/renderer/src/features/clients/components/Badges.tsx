import { useTranslation } from 'react-i18next';
import type { ClientFlag, EnrollmentStatus, RiskLevel } from '../../../../../shared/domain/clients';

/**
 * Flags, status and risk as words in outlined badges. Colour only repeats what the words say,
 * and a symbol marks the serious ones for people who do not see the colour.
 */
const FLAG_ICON: Record<ClientFlag, string> = {
  safetyConcern: '⚠',
  financialConcern: '$',
  legalInvolvement: '⚖',
  part2Protected: '§',
  householdUnaware: '✉',
};

export function FlagBadges({ flags }: { flags: readonly ClientFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <ul className="badge-list" aria-label={t('clients.flagsLabel')}>
      {flags.map((flag) => (
        <li key={flag} className={`badge badge-flag badge-flag-${flag}`}>
          <span aria-hidden="true" className="badge-icon">
            {FLAG_ICON[flag]}
          </span>
          {t(`clients.flags.${flag}`)}
        </li>
      ))}
    </ul>
  );
}

export function StatusBadge({ status }: { status: EnrollmentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status badge-status-${status}`}>{t(`clients.status.${status}`)}</span>;
}

export function RiskBadge({ level }: { level: RiskLevel | null }) {
  const { t } = useTranslation();
  if (level === null) return null;
  return (
    <span className={`badge badge-risk badge-risk-${level}`}>
      {level === 'high' || level === 'imminent' ? (
        <span aria-hidden="true" className="badge-icon">
          {level === 'imminent' ? '‼' : '▲'}
        </span>
      ) : null}
      {t(`clients.risk.${level}`)}
    </span>
  );
}

/** Marks a row or file outside the signed-in person's caseload. */
export function OffCaseloadBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-off-caseload">{t('clients.notOnCaseload')}</span>;
}

/** The flags that are set, in the catalogue's order. */
export function setFlags(flags: Partial<Record<ClientFlag, boolean>>): ClientFlag[] {
  return (Object.keys(FLAG_ICON) as ClientFlag[]).filter((flag) => flags[flag]);
}
