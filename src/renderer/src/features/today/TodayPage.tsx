import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import { Page } from '../../ui/Page';
import { BackupWarning } from './BackupWarning';
import { EmergencyAccessReview } from '../../ui/EmergencyAccessReview';

export function TodayPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  // Administrators review emergency access under Administration; supervisors have it here.
  const reviewsAccess = can(session.role, 'clients:review_access') && !can(session.role, 'accounts:manage');
  return (
    <Page title={t('pages.today.title')}>
      <BackupWarning />
      <p className="coming-soon">{t('pages.today.soon')}</p>
      {reviewsAccess ? <EmergencyAccessReview /> : null}
    </Page>
  );
}
