import { forwardRef } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/contracts/clients';
import { isOneOf } from '../../../lib/catalogue';
import { formatCalendarDate } from '../../../lib/format';

/** The reasons main gives (src/main/clients/duplicates.ts); another reads "Looks similar". */
const DUPLICATE_REASONS = [
  'same_birth_date_similar_name',
  'names_swapped',
  'similar_birth_date_same_name',
] as const;

/**
 * "Possible duplicates": clients already in Lantern that look like the person being added, each
 * with why and a way to open it, and the explicit choice to save a different person anyway.
 */
export const DuplicateWarning = forwardRef<
  HTMLHeadingElement,
  { candidates: readonly DuplicateCandidate[]; isPending: boolean; onSaveAnyway(): void }
>(function DuplicateWarning({ candidates, isPending, onSaveAnyway }, headingRef) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={candidates.length ? 'alert alert-warning duplicates' : 'visually-empty'}>
      {candidates.length ? (
        <>
          <h2 className="duplicates-title" ref={headingRef} tabIndex={-1}>
            <span aria-hidden="true">⚠ </span>
            {t('clients.duplicates.title')}
          </h2>
          <p>{t('clients.duplicates.intro', { count: candidates.length })}</p>
          <ul className="duplicate-list">
            {candidates.map((candidate) => {
              const name = `${candidate.legalFirstName} ${candidate.legalLastName}`;
              return (
                <li key={candidate.id} className="duplicate-item">
                  <div>
                    <strong>{name}</strong>
                    {candidate.preferredName ? (
                      <span className="muted">
                        {' '}
                        {t('clients.caseload.goesBy', { name: candidate.preferredName })}
                      </span>
                    ) : null}
                    <div className="duplicate-facts">
                      {t('clients.duplicates.facts', {
                        birthDate: formatCalendarDate(candidate.birthDate),
                        clientNumber: candidate.clientNumber,
                      })}
                    </div>
                    <div className="duplicate-why">
                      {isOneOf(DUPLICATE_REASONS, candidate.reason)
                        ? t(`clients.duplicates.reasons.${candidate.reason}`)
                        : t('clients.duplicates.reasons.other')}
                    </div>
                  </div>
                  <Link
                    href={`/clients/${candidate.id}`}
                    className="button button-small"
                    aria-label={t('clients.duplicates.openName', { name })}
                  >
                    {t('clients.duplicates.open')}
                  </Link>
                </li>
              );
            })}
          </ul>
          <p className="small">{t('clients.duplicates.draftKept')}</p>
          <Button className="button button-primary" isPending={isPending} onPress={onSaveAnyway}>
            {t('clients.duplicates.saveAnyway')}
          </Button>
        </>
      ) : null}
    </div>
  );
});
