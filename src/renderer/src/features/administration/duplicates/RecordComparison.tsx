import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../../shared/contracts/caseload';
import { formatCalendarDate } from '../../../lib/format';

/** The two chosen records side by side: name, birth date, client ID, phone and case managers. */
export function RecordComparison({
  keep,
  duplicate,
}: {
  keep: CaseloadRow | null;
  duplicate: CaseloadRow | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="summary-grid">
      <RecordCard heading={t('review.merge.keepHeading')} row={keep} />
      <RecordCard heading={t('review.merge.duplicateHeading')} row={duplicate} />
    </div>
  );
}

function RecordCard({ heading, row }: { heading: string; row: CaseloadRow | null }) {
  const { t } = useTranslation();
  const none = t('review.merge.none');
  return (
    <section className="panel summary-section" aria-label={heading}>
      <h2>{heading}</h2>
      {row ? (
        <dl className="facts">
          <Fact label={t('review.merge.name')}>
            {row.legalName}
            {row.preferredName ? (
              <span className="muted"> {t('clients.caseload.goesBy', { name: row.preferredName })}</span>
            ) : null}
          </Fact>
          <Fact label={t('review.merge.birthDate')}>{formatCalendarDate(row.birthDate)}</Fact>
          <Fact label={t('review.merge.clientNumber')}>{row.clientNumber}</Fact>
          <Fact label={t('review.merge.phone')}>{row.phone ?? none}</Fact>
          <Fact label={t('review.merge.caseManagers')}>
            {row.caseManagers.length > 0 ? row.caseManagers.join(', ') : none}
          </Fact>
        </dl>
      ) : (
        <p className="muted">{t('review.merge.notChosen')}</p>
      )}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
