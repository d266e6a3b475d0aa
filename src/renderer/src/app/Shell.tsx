import { useRef } from 'react';
import {
  Button,
  Header,
  Link,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isLanguage, LANGUAGES } from '../../../shared/domain/languages';
import { can } from '../../../shared/domain/roles';
import { currentLanguage } from '../lib/language';
import { BrandMark, PadlockIcon } from '../ui/Brand';
import { ErrorAlert } from '../ui/feedback';
import { useChangeOwnLanguage } from './accountLanguage';
import { AppRoutes, canAdminister } from './routes';
import './language.css';
import { useLockControls, useSession } from './session';
import { isMac, lockShortcutLabel } from './useLock';

const NAV = [
  { to: '/', key: 'today' },
  { to: '/clients', key: 'clients' },
  { to: '/resources', key: 'resources' },
  { to: '/reports', key: 'reports' },
] as const;

/** Header (clinic, who is signed in, Lock, My account), primary navigation and the routed screen. */
export function Shell() {
  const { t } = useTranslation();
  const { status, session } = useSession();
  const { lock, signOut } = useLockControls();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const language = useChangeOwnLanguage();

  // Note search reads clinical content: only roles with a caseload of their own (or all of them).
  const items = [
    ...NAV.slice(0, 2),
    ...(can(session.role, 'clients:read_caseload')
      ? [{ to: '/notes/search', key: 'noteSearch' } as const]
      : []),
    ...NAV.slice(2),
    ...(canAdminister(session) ? [{ to: '/administration', key: 'administration' } as const] : []),
  ];
  const isCurrent = (to: string) =>
    to === '/'
      ? location.pathname === '/'
      : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <div className="shell">
      <Button className="skip-link" onPress={() => main.current?.focus()}>
        {t('app.skipToContent')}
      </Button>
      <header className="app-header">
        <div className="brand">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
          {status.clinicName ? <span className="clinic-name">{status.clinicName}</span> : null}
        </div>
        <div className="header-actions">
          <p className="signed-in-as">
            {t('shell.signedInAs', { name: session.fullName, role: t(`roles.${session.role}`) })}
          </p>
          <MenuTrigger>
            <Button className="button button-quiet">
              {t('shell.accountMenu')} <span aria-hidden="true">▾</span>
            </Button>
            <Popover className="popover" placement="bottom end">
              <Menu
                className="menu"
                onAction={(key) => {
                  if (key === 'password') void navigate('/account/password');
                  if (key === 'signOut') void signOut();
                }}
              >
                <MenuItem id="password" className="menu-item">
                  {t('shell.changePassword')}
                </MenuItem>
                <MenuItem id="signOut" className="menu-item">
                  {t('shell.signOut')}
                </MenuItem>
                {/* Each name in its own language, so anyone finds theirs; the choice is the account's. */}
                <MenuSection
                  selectionMode="single"
                  disallowEmptySelection
                  selectedKeys={[currentLanguage()]}
                  onSelectionChange={(keys) => {
                    const [picked] = [...keys];
                    if (isLanguage(picked) && picked !== currentLanguage()) language.change(picked);
                  }}
                >
                  <Header className="menu-header">{t('shell.language')}</Header>
                  {LANGUAGES.map((code) => (
                    <MenuItem key={code} id={code} lang={code} className="menu-item">
                      {({ isSelected }) => (
                        <>
                          <span className="menu-check" aria-hidden="true">
                            {isSelected ? '✓' : ''}
                          </span>
                          {t(`language.names.${code}`)}
                        </>
                      )}
                    </MenuItem>
                  ))}
                </MenuSection>
              </Menu>
            </Popover>
          </MenuTrigger>
          <Button
            className="button button-lock"
            onPress={() => void lock()}
            aria-keyshortcuts={isMac() ? 'Meta+L' : 'Control+L'}
          >
            <PadlockIcon />
            {t('shell.lock')}
            <kbd className="shortcut" aria-hidden="true">
              {lockShortcutLabel()}
            </kbd>
          </Button>
        </div>
      </header>
      {language.failed ? <ErrorAlert>{t('shell.languageFailed')}</ErrorAlert> : null}
      <nav className="app-nav" aria-label={t('shell.navLabel')}>
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <Link
                href={item.to}
                className="nav-link"
                aria-current={isCurrent(item.to) ? 'page' : undefined}
              >
                {t(`shell.nav.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main" ref={main} tabIndex={-1}>
        <AppRoutes />
      </main>
    </div>
  );
}
