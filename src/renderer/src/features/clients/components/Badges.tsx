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

/**
 * `short`: a one-word name on screen (the compact caseload, where a row is one line); the full
 * name is what a screen reader says and what a pointer's tooltip shows.
 */
export function FlagBadges({ flags, short = false }: { flags: readonly ClientFlag[]; short?: boolean }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <ul className="badge-list" aria-label={t('clients.flagsLabel')}>
      {flags.map((flag) => (
        <li
          key={flag}
          className={`badge badge-flag badge-flag-${flag}`}
          title={short ? t(`clients.flags.${flag}`) : undefined}
        >
          <span aria-hidden="true" className="badge-icon">
            {FLAG_ICON[flag]}
          </span>
          {short ? (
            <>
              <span aria-hidden="true">{t(`clients.flagsShort.${flag}`)}</span>
              <span className="visually-hidden">{t(`clients.flags.${flag}`)}</span>
            </>
          ) : (
            t(`clients.flags.${flag}`)
          )}
        </li>
      ))}
    </ul>
  );
}

export function StatusBadge({ status }: { status: EnrollmentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status badge-status-${status}`}>{t(`clients.status.${status}`)}</span>;
}

/** `short`: "High" on screen in the compact caseload's Risk column; "High risk" is what is read out. */
export function RiskBadge({ level, short = false }: { level: RiskLevel | null; short?: boolean }) {
  const { t } = useTranslation();
  if (level === null) return null;
  return (
    <span className={`badge badge-risk badge-risk-${level}`}>
      {level === 'high' || level === 'imminent' ? (
        <span aria-hidden="true" className="badge-icon">
          {level === 'imminent' ? '‼' : '▲'}
        </span>
      ) : null}
      {short ? (
        <>
          <span aria-hidden="true">{t(`clients.riskShort.${level}`)}</span>
          <span className="visually-hidden">{t(`clients.risk.${level}`)}</span>
        </>
      ) : (
        t(`clients.risk.${level}`)
      )}
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
