import { useEffect, useMemo, useRef, type ComponentType } from 'react';
import { Link, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { can } from '../../../../../shared/domain/roles';
import { useSession } from '../../../app/session';
import { useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import {
  CLIENT_FILE_TABS,
  useFeatureSlots,
  type ClientFileTab,
  type ClientFileTabId,
  type ClientTabProps,
} from '../../../lib/featureSlots';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { Page } from '../../../ui/Page';
import { callName } from '../../../lib/format';
import { BreakGlassPage } from './BreakGlassPage';
import { ClientHeader } from './ClientHeader';
import { ComingSoonTab } from './ComingSoonTab';
import { ContactsTab } from './ContactsTab';
import { DiagnosesTab } from './DiagnosesTab';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';

/** The file's own tabs; the clinical features add theirs through the feature slots. */
const OWN_TABS: Partial<
  Record<ClientFileTabId, { clinical: boolean; Panel: ComponentType<ClientTabProps> }>
> = {
  overview: { clinical: false, Panel: OverviewTab },
  contacts: { clinical: false, Panel: ContactsTab },
  diagnoses: { clinical: true, Panel: DiagnosesTab },
  history: { clinical: true, Panel: HistoryTab },
};

/** Every tab in order: the file's own, a feature's, or an honest "coming soon". */
function fileTabs(featureTabs: readonly ClientFileTab[]) {
  return CLIENT_FILE_TABS.map((id) => {
    const own = OWN_TABS[id];
    if (own) return { id, ...own };
    const feature = featureTabs.find((tab) => tab.id === id);
    const Panel = feature ? feature.Panel : () => <ComingSoonTab tab={id} />;
    return { id, clinical: true, Panel };
  });
}

/** Where the file was opened from, e.g. the caseload row's name (for the break-the-glass question). */
interface ArrivalState {
  name?: string;
  added?: boolean;
}

/** `/clients/:id/:tab?` — the client's file, or the question "why do you need it?" first. */
export function ClientFilePage() {
  const { t } = useTranslation();
  const { id = '', tab } = useParams();
  const arrival = (useLocation().state ?? {}) as ArrivalState;
  const file = useLanternQuery('clients:get', { id });

  if (file.isPending) {
    return (
      <Page title={arrival.name ?? t('clients.file.loadingTitle')}>
        <LoadingMessage />
      </Page>
    );
  }
  if (file.isError) {
    const { error } = file.error;
    if (error.code === 'forbidden' && error.details?.needsReason) {
      return <BreakGlassPage clientId={id} name={arrival.name ?? null} />;
    }
    if (error.code === 'not_found' || error.code === 'invalid_input') {
      return (
        <Page title={t('clients.file.notFoundTitle')}>
          <p>{t('clients.file.notFoundBody')}</p>
          <Link href="/clients" className="text-link">
            {t('clients.file.backToClients')}
          </Link>
        </Page>
      );
    }
    return (
      <Page title={t('clients.file.loadFailedTitle')}>
        <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>
        <Link href="/clients" className="text-link">
          {t('clients.file.backToClients')}
        </Link>
      </Page>
    );
  }
  // A merged duplicate is not a file of its own any more: its rows are read in the kept record.
  const keptId = 'mergedIntoId' in file.data.client ? file.data.client.mergedIntoId : null;
  if (keptId) {
    return (
      <Page title={t('clients.file.mergedTitle')}>
        <p>{t('clients.file.mergedBody')}</p>
        <Link href={`/clients/${keptId}`} className="text-link">
          {t('clients.file.openKept')}
        </Link>
      </Page>
    );
  }
  // A different client starts afresh (no edit form or dialog carried over).
  return (
    <ClientFileView key={file.data.client.id} file={file.data} tab={tab} added={Boolean(arrival.added)} />
  );
}

function ClientFileView({ file, tab, added }: { file: ClientFile; tab: string | undefined; added: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { client } = file;
  const full = file.access === 'full';
  const canEdit = full && can(session.role, 'clients:edit');
  // Front desk and administrators see demographics and contacts; no clinical tab at all.
  const { clientFileTabs, clientBanners, clientFileActions } = useFeatureSlots();
  const tabs = useMemo(() => fileTabs(clientFileTabs), [clientFileTabs]).filter(
    (item) => full || !item.clinical,
  );
  const selected: ClientFileTabId = tabs.find((item) => item.id === tab)?.id ?? 'overview';

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [client.id]);

  return (
    <section className="page page-wide client-file" aria-labelledby="page-title">
      <ClientHeader
        file={file}
        headingRef={heading}
        actions={
          full
            ? clientFileActions.map(({ id, Action }) => <Action key={id} file={file} canEdit={canEdit} />)
            : null
        }
      />
      {full ? clientBanners.map(({ id, Banner }) => <Banner key={id} file={file} canEdit={canEdit} />) : null}
      <StatusMessage>
        {added
          ? t(full ? 'clients.file.added' : 'clients.file.registered', {
              name: `${callName(client)} ${client.legalLastName}`,
            })
          : null}
      </StatusMessage>
      <Tabs
        className="tabs"
        selectedKey={selected}
        onSelectionChange={(key) => void navigate(`/clients/${client.id}/${String(key)}`, { replace: true })}
      >
        <TabList className="tab-list client-tabs" aria-label={t('clients.file.tabsLabel')}>
          {tabs.map((item) => (
            <Tab key={item.id} id={item.id} className="tab">
              {t(`clients.tabs.${item.id}`)}
            </Tab>
          ))}
        </TabList>
        {tabs.map((item) => (
          <TabPanel key={item.id} id={item.id} className="tab-panel">
            <item.Panel file={file} canEdit={canEdit} />
          </TabPanel>
        ))}
      </Tabs>
    </section>
  );
}
