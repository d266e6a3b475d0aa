import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import type { SessionInfo } from '../../../shared/contracts/session';
import { can } from '../../../shared/domain/roles';
import { AdministrationPage } from '../features/administration/AdministrationPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { ClientFilePage } from '../features/clients/file/ClientFilePage';
import { NewClientPage } from '../features/clients/NewClientPage';
import { DischargePage } from '../features/discharge/DischargePage';
import { NoteSearchPage } from '../features/note-search/NoteSearchPage';
import { TemplateFieldsPage } from '../features/documents/templates/TemplateFieldsPage';
import { MyNotesPage } from '../features/progress-notes/MyNotesPage';
import { MyPhrasesPage } from '../features/note-formats/MyPhrasesPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ResourcesPage } from '../features/resources/ResourcesPage';
import { TodayPage } from '../features/today/TodayPage';
import { Page } from '../ui/Page';
import { useSession } from './session';

/**
 * Administration is for roles that manage accounts or settings, read the audit trail, keep the
 * clinic's care plan templates or manage measurement schedules (supervisors see those sections).
 */
export function canAdminister(session: SessionInfo): boolean {
  return (
    can(session.role, 'accounts:manage') ||
    can(session.role, 'settings:manage') ||
    can(session.role, 'audit:read') ||
    can(session.role, 'plans:manage_templates') ||
    can(session.role, 'measures:manage')
  );
}

export function AppRoutes() {
  const { session } = useSession();
  const canSeeClients = can(session.role, 'clients:read_demographics');
  return (
    <Routes>
      <Route index element={<TodayPage />} />
      <Route path="clients" element={canSeeClients ? <ClientsPage /> : <ForbiddenPage />} />
      <Route
        path="clients/new"
        element={can(session.role, 'clients:register') ? <NewClientPage /> : <ForbiddenPage />}
      />
      <Route path="clients/:id/:tab?" element={canSeeClients ? <ClientFilePage /> : <ForbiddenPage />} />
      <Route
        path="clients/:id/discharge/:dischargeId"
        element={can(session.role, 'clients:read_caseload') ? <DischargePage /> : <ForbiddenPage />}
      />
      <Route path="notes" element={can(session.role, 'clients:edit') ? <MyNotesPage /> : <ForbiddenPage />} />
      <Route
        path="notes/search"
        element={can(session.role, 'clients:read_caseload') ? <NoteSearchPage /> : <ForbiddenPage />}
      />
      <Route
        path="documents/template-fields"
        element={
          can(session.role, 'clients:read_demographics') ||
          can(session.role, 'documents:manage_templates') ? (
            <TemplateFieldsPage />
          ) : (
            <ForbiddenPage />
          )
        }
      />
      <Route path="resources" element={<ResourcesPage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route
        path="administration/:section?"
        element={canAdminister(session) ? <AdministrationPage /> : <ForbiddenPage />}
      />
      <Route
        path="notes/phrases"
        element={can(session.role, 'clients:edit') ? <MyPhrasesPage /> : <ForbiddenPage />}
      />
      <Route path="account/password" element={<ChangePasswordPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** The UI hides what a role cannot use; main refuses it regardless. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('pages.forbidden.title')}>
      <p>{t('pages.forbidden.body')}</p>
    </Page>
  );
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('pages.notFound.title')}>
      <p>{t('pages.notFound.body')}</p>
      <Link href="/" className="text-link">
        {t('pages.notFound.home')}
      </Link>
    </Page>
  );
}
