import type { ChannelName } from '../../shared/contracts';
import { accountHandlers } from '../accounts/handlers';
import { listAudit } from '../audit/service';
import { verifyAuditTrail } from '../audit/verify';
import { changeOwnPassword, recover, signIn } from '../auth/service';
import type { Workstation } from '../workstation/workstation';
import { fileHandlers } from '../dialogs/handlers';
import type { PathPicker } from '../dialogs/path-picker';
import { backupStatus, runBackup, updateBackupSettings } from '../backup/service';
import { exportClinic, importClinic } from '../backup/move';
import { restorePreUpgradeCopy } from '../backup/pre-upgrade';
import { inspectBackup, restoreBackup, undoRestore } from '../backup/restore';
import { careTeamHandlers } from '../care-team/handlers';
import { caseloadHandlers } from '../caseload/handlers';
import { clientHandlers } from '../clients/handlers';
import { SaveLocations } from '../dialogs/chosen-locations';
import { diagnosisHandlers } from '../diagnoses/handlers';
import type { CodeCatalogue } from '../diagnoses/service';
import { draftHandlers } from '../drafts/handlers';
import type { ShippedInstruments } from '../measures/catalogue';
import { measureHandlers } from '../measures/handlers';
import { fhirHandlers } from '../fhir/handlers';
import type { Handler } from '../request/handler';
import { settingsHandlers } from '../settings/handlers';
import { changeDatabaseKey } from '../security/rotate-database-key';
import { confirmRecoveryKey, createClinic, regenerateRecoveryKey } from '../setup/service';

type Handlers = { [C in ChannelName]: Handler<C> };

/**
 * The whole handler table: each feature's slice (its handlers.ts), plus the lifecycle channels —
 * setup, sign-in, key changes, backups — which are the only ones that touch the workstation.
 */
export function createHandlers(
  ws: Workstation,
  catalogue: () => CodeCatalogue,
  picker: PathPicker,
  instruments: ShippedInstruments,
): Handlers {
  const saveLocations = new SaveLocations();
  return {
    ...fileHandlers(ws, picker, saveLocations),
    ...clientHandlers,
    ...fhirHandlers(saveLocations),
    ...caseloadHandlers,
    ...careTeamHandlers,
    ...diagnosisHandlers(catalogue),
    ...draftHandlers,
    ...measureHandlers(instruments),
    ...accountHandlers(ws, (account) => ws.sessionInfo(ws.refresh(account))),
    ...settingsHandlers({
      renameClinic: async (name) => (await ws.keyring()).setClinicName(name),
      restartIdleTimer: () => ws.restartIdleTimer(),
      applySessionLimit: () => ws.applySessionLimit(),
    }),
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
        interruptedUpgrade: ws.interrupted
          ? { startedAt: ws.interrupted.startedAt, from: ws.interrupted.from, to: ws.interrupted.to }
          : null,
      };
    },
    'setup:create': (input) => createClinic(ws, input),
    'setup:confirmRecoveryKey': () => confirmRecoveryKey(ws),
    'setup:regenerateRecoveryKey': () => regenerateRecoveryKey(ws),
    'setup:importClinic': (input) => importClinic(ws, input),
    'security:rotateDatabaseKey': () => changeDatabaseKey(ws, { reason: 'administrator' }),
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
    'audit:list': (input, ctx) => listAudit(ctx.db, input),
    'audit:verify': () => verifyAuditTrail(ws),
    'backup:status': () => backupStatus(ws),
    'backup:updateSettings': (input) => updateBackupSettings(ws, input),
    'backup:run': () => {
      const progress = { snapshot: 10, verify: 60, finish: 90 } as const;
      const summary = runBackup(ws, 'manual', (stage) =>
        ws.emit('backup:progress', { stage, percent: progress[stage] }),
      );
      ws.emit('backup:progress', { stage: 'done', percent: 100 });
      return summary;
    },
    'backup:inspect': (input) => inspectBackup(input.path),
    'backup:restore': (input) => restoreBackup(ws, input),
    'backup:exportClinic': () => exportClinic(ws),
    'backup:restorePreUpgrade': (input) => restorePreUpgradeCopy(ws, input),
    'backup:undoRestore': () => undoRestore(ws),
  };
}

async function clinicNameOrNull(ws: Workstation): Promise<string | null> {
  try {
    return (await ws.keyring()).clinicName;
  } catch {
    return null;
  }
}
