import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { RouterProvider } from 'react-aria-components';
import { HashRouter, useHref, useNavigate } from 'react-router';
import type { AppStatus, SessionInfo } from '../../../shared/contracts/session';
import { ChangePasswordGate } from '../features/auth/ChangePasswordGate';
import { RecoveryKeyGate } from '../features/setup/RecoveryKeyGate';
import { lanternKey } from '../lib/client';
import { useAccountLanguageAtSignIn } from './accountLanguage';
import { SessionContext, useLockControls, type IssuedRecoveryKey, type SessionContextValue } from './session';
import { Shell } from './Shell';
import { useActivityReporter, useLockShortcut } from './useLock';

interface Props {
  status: AppStatus;
  session: SessionInfo;
  issuedKey: IssuedRecoveryKey | null;
  setIssuedKey(key: IssuedRecoveryKey | null): void;
  markSignedIn(value: boolean): void;
}

/**
 * Everything a signed-in person sees. App remounts this whole tree on lock, so no state in it
 * survives a lock. Gates come first: a temporary password must be replaced, and an unconfirmed
 * recovery key must be saved, before the shell opens.
 */
export function SignedIn({ status, session, issuedKey, setIssuedKey, markSignedIn }: Props) {
  const queryClient = useQueryClient();
  const { lock } = useLockControls();

  useEffect(() => {
    markSignedIn(true);
    return () => markSignedIn(false);
  }, [markSignedIn]);

  useAccountLanguageAtSignIn(session.language);

  const lockNow = useCallback(() => void lock(), [lock]);
  useLockShortcut(lockNow);
  useActivityReporter(status.idleLockSeconds);

  const value = useMemo<SessionContextValue>(
    () => ({
      status,
      session,
      refreshStatus: () => queryClient.invalidateQueries({ queryKey: lanternKey('app:status') }),
      issuedKey,
      setIssuedKey,
    }),
    [status, session, queryClient, issuedKey, setIssuedKey],
  );

  let screen;
  if (session.mustChangePassword) screen = <ChangePasswordGate />;
  else if (session.recoveryKeyUnconfirmed) screen = <RecoveryKeyGate />;
  else
    screen = (
      <HashRouter>
        <AriaRouter>
          <Shell />
        </AriaRouter>
      </HashRouter>
    );

  return <SessionContext.Provider value={value}>{screen}</SessionContext.Provider>;
}

/** Lets react-aria's Link and Tab navigate with react-router instead of reloading the page. */
function AriaRouter({ children }: { children: React.ReactNode }) {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      {children}
    </RouterProvider>
  );
}
