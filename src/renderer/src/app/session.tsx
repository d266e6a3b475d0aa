import { createContext, useContext } from 'react';
import type { AppStatus, SessionInfo } from '../../../shared/contracts/session';

/** Ways to end the session, owned by App so they outlive the signed-in tree they tear down. */
export interface LockControls {
  /** Locks (auth:lock), then forgets every piece of client state. */
  lock(): Promise<void>;
  /** Signs out (auth:signOut), then forgets every piece of client state. */
  signOut(): Promise<void>;
}

export const LockContext = createContext<LockControls | null>(null);

export function useLockControls(): LockControls {
  const value = useContext(LockContext);
  if (!value) throw new Error('useLockControls must be used inside <App>.');
  return value;
}

/** A recovery key main has just issued; held in memory only until it is confirmed or Lantern locks. */
export interface IssuedRecoveryKey {
  recoveryKey: string;
  clinicName: string;
  issuedAt: Date;
  /** 'setup' when it is step 2 of the first-run wizard. */
  origin: 'setup' | 'replacement';
}

export interface SessionContextValue {
  status: AppStatus;
  session: SessionInfo;
  /** Asks main for `app:status` again (after sign-in, password change, settings change…). */
  refreshStatus(): Promise<void>;
  issuedKey: IssuedRecoveryKey | null;
  setIssuedKey(key: IssuedRecoveryKey | null): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside the signed-in tree.');
  return value;
}
