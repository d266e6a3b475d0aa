import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SetupWizard } from '../features/setup/SetupWizard';
import { SignInScreen } from '../features/auth/SignInScreen';
import { bridge } from '../lib/bridge';
import { FeatureSlotsProvider } from '../lib/featureSlots';
import { AppErrorException, call, lanternKey, useLanternQuery } from '../lib/client';
import { ErrorAlert, LoadingMessage } from '../ui/feedback';
import { ErrorBoundary } from './ErrorBoundary';
import { FEATURE_SLOTS } from './featureSlots';
import { LockContext, type IssuedRecoveryKey, type LockControls } from './session';
import { SignedIn } from './SignedIn';

/** The query client, and a signal it raises when main says nobody is signed in any more. */
function createQueryClient(): { queryClient: QueryClient; sessionEnded: EventTarget } {
  const sessionEnded = new EventTarget();
  const onError = (error: unknown) => {
    if (error instanceof AppErrorException && error.code === 'not_signed_in') {
      sessionEnded.dispatchEvent(new Event('ended'));
    }
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // A desktop app talking to its own process: no focus refetching, no silent retries.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return { queryClient, sessionEnded };
}

/**
 * Providers, the error boundary and the lock rule: when the session ends (lock, idle, sign-out,
 * or main saying "not signed in"), the whole query cache is cleared and the signed-in tree is
 * thrown away by remounting everything under a new key. Only the sign-in form remains.
 */
export function App() {
  const [epoch, setEpoch] = useState(0);
  const signedIn = useRef(false);
  const [{ queryClient, sessionEnded }] = useState(createQueryClient);

  const forget = useCallback(() => {
    if (!signedIn.current) {
      // Not showing signed-in screens: nothing to forget, but the status may have changed.
      void queryClient.invalidateQueries({ queryKey: lanternKey('app:status') });
      return;
    }
    signedIn.current = false;
    queryClient.clear();
    // Start again at Today: the next person must not land on the last person's screen.
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    setEpoch((value) => value + 1);
  }, [queryClient]);

  useEffect(() => bridge().subscribe('session:locked', () => forget()), [forget]);

  useEffect(() => {
    const onEnded = () => forget();
    sessionEnded.addEventListener('ended', onEnded);
    return () => sessionEnded.removeEventListener('ended', onEnded);
  }, [sessionEnded, forget]);

  const controls = useMemo<LockControls>(
    () => ({
      lock: async () => {
        await call('auth:lock', {}).catch(() => undefined);
        forget();
      },
      signOut: async () => {
        await call('auth:signOut', {}).catch(() => undefined);
        forget();
      },
    }),
    [forget],
  );

  const markSignedIn = useCallback((value: boolean) => {
    signedIn.current = value;
  }, []);

  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <LockContext.Provider value={controls}>
          <FeatureSlotsProvider value={FEATURE_SLOTS}>
            <Workstation key={epoch} markSignedIn={markSignedIn} />
          </FeatureSlotsProvider>
        </LockContext.Provider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

/** The top-level state machine, straight from `app:status`: setup, locked, or signed in. */
function Workstation({ markSignedIn }: { markSignedIn: (value: boolean) => void }) {
  const { t } = useTranslation();
  const status = useLanternQuery('app:status', {}, { staleTime: Infinity });
  const [issuedKey, setIssuedKey] = useState<IssuedRecoveryKey | null>(null);

  if (status.isPending) {
    return (
      <main className="centered-screen">
        <LoadingMessage />
      </main>
    );
  }
  if (status.isError) {
    return (
      <main className="centered-screen">
        <div className="card">
          <ErrorAlert>{t('status.loadFailed')}</ErrorAlert>
          <ErrorAlert error={status.error.error} />
          <Button className="button button-primary" onPress={() => void status.refetch()}>
            {t('status.retry')}
          </Button>
        </div>
      </main>
    );
  }

  const current = status.data;
  switch (current.state) {
    case 'setup':
      return <SetupWizard onIssued={setIssuedKey} />;
    case 'locked':
      return <SignInScreen status={current} />;
    case 'unlocked':
      if (!current.session) return <SignInScreen status={current} />;
      return (
        <SignedIn
          status={current}
          session={current.session}
          issuedKey={issuedKey}
          setIssuedKey={setIssuedKey}
          markSignedIn={markSignedIn}
        />
      );
  }
}
