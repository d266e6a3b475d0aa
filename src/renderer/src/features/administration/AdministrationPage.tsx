import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can, type Permission } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import type { CatalogueKey } from '../../lib/catalogue';
import { useFeatureSlots } from '../../lib/featureSlots';
import { Page } from '../../ui/Page';
import { AuditTrailTab } from './AuditTrailTab';
import { BackupsTab } from './BackupsTab';
import { DatabaseKeyTab } from './DatabaseKeyTab';
import { DuplicateRecordsTab } from './duplicates/DuplicateRecordsTab';
import { EmergencyAccessTab } from './EmergencyAccessTab';
import { RecoveryKeyTab } from './RecoveryKeyTab';
import { SettingsTab } from './SettingsTab';
import { StaffAccountsTab } from './StaffAccountsTab';

const SECTIONS = [
  { id: 'staff', label: 'admin.tabs.staff', permission: 'accounts:manage', Panel: StaffAccountsTab },
  { id: 'settings', label: 'admin.tabs.settings', permission: 'settings:manage', Panel: SettingsTab },
  { id: 'backups', label: 'backup.tab', permission: 'settings:manage', Panel: BackupsTab },
  { id: 'audit', label: 'admin.tabs.audit', permission: 'audit:read', Panel: AuditTrailTab },
  {
    id: 'duplicates',
    label: 'admin.tabs.duplicates',
    permission: 'clients:merge',
    Panel: DuplicateRecordsTab,
  },
  {
    id: 'emergency-access',
    label: 'admin.tabs.emergencyAccess',
    permission: 'clients:review_access',
    Panel: EmergencyAccessTab,
  },
  {
    id: 'recovery-key',
    label: 'admin.tabs.recoveryKey',
    permission: 'accounts:manage',
    Panel: RecoveryKeyTab,
  },
  {
    id: 'database-key',
    label: 'admin.tabs.databaseKey',
    permission: 'accounts:manage',
    Panel: DatabaseKeyTab,
  },
] as const satisfies readonly {
  id: string;
  label: CatalogueKey;
  permission: Permission;
  Panel: () => React.ReactNode;
}[];

/** Staff accounts, settings, backups, audit trail, duplicates, emergency access, recovery key and database key: each tab only for roles allowed it. */
export function AdministrationPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const { section } = useParams();
  const { administrationSections } = useFeatureSlots();
  const available = [...SECTIONS, ...administrationSections].filter((item) =>
    can(session.role, item.permission),
  );
  const selected = available.find((item) => item.id === section)?.id ?? available[0]?.id;

  return (
    <Page title={t('admin.title')} wide>
      <Tabs
        className="tabs"
        selectedKey={selected}
        onSelectionChange={(key) => void navigate(`/administration/${String(key)}`)}
      >
        <TabList className="tab-list" aria-label={t('admin.tabsLabel')}>
          {available.map((item) => (
            <Tab key={item.id} id={item.id} className="tab">
              {t(item.label)}
            </Tab>
          ))}
        </TabList>
        {available.map((item) => (
          <TabPanel key={item.id} id={item.id} className="tab-panel">
            <item.Panel />
          </TabPanel>
        ))}
      </Tabs>
    </Page>
  );
}
