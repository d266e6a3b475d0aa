import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contracts';
import * as accounts from '../accounts/service';
import { listAudit, verifyAudit, appendAudit } from '../audit/service';
import { actorOf, changeOwnPassword, recover, signIn } from '../auth/service';
import type { Workstation } from '../core/workstation';
import * as settings from '../settings/handlers';
import { confirmRecoveryKey, createClinic, regenerateRecoveryKey } from '../setup/service';

type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};

/** One line per channel: the router has already checked session, role and input. */
export function createHandlers(ws: Workstation): Handlers {
  return {
    'app:status': async () => {
      const session = ws.session();
      const state = ws.state;
      return {
        state,
        clinicName: state === 'setup' ? null : await clinicNameOrNull(ws),
        session: session ? ws.sessionInfo(session) : null,
        lastUsername: ws.previousEnd.username,
        idleLockSeconds: session ? ws.idleLockSeconds() : null,
        signInDelaySeconds: ws.guard.secondsToWait(ws.now()),
      };
    },
    'setup:create': (input) => createClinic(ws, input),
    'setup:confirmRecoveryKey': () => confirmRecoveryKey(ws),
    'setup:regenerateRecoveryKey': () => regenerateRecoveryKey(ws),
    'auth:signIn': (input) => signIn(ws, input),
    'auth:recover': (input) => recover(ws, input),
    'auth:signOut': () => {
      ws.signOut();
      return null;
    },
    'auth:lock': () => {
      ws.lock('manual');
      return null;
    },
    'auth:activity': () => ({ idleLockSeconds: ws.touch() }),
    'auth:changePassword': (input) => changeOwnPassword(ws, input),
    'accounts:list': () => accounts.list(ws),
    'accounts:create': (input) => accounts.create(ws, input),
    'accounts:deactivate': (input) => accounts.deactivate(ws, input),
    'accounts:resetPassword': (input) => accounts.resetPassword(ws, input),
    'settings:get': () => settings.get(ws),
    'settings:update': (input) => settings.update(ws, input),
    'audit:list': (input) => listAudit(ws.database(), input),
    'audit:verify': () => {
      const db = ws.database();
      const result = verifyAudit(db);
      const { account } = ws.requireSession();
      // The check itself is recorded (after it ran, so it does not verify its own entry).
      appendAudit(
        db,
        { action: 'audit.verified', actor: actorOf(account), details: { intact: result.intact, checked: result.checked } },
        ws.now(),
      );
      return result;
    },
  };
}

async function clinicNameOrNull(ws: Workstation): Promise<string | null> {
  try {
    return (await ws.keyring()).clinicName;
  } catch {
    return null;
  }
}
