import type { ChannelName } from '../../shared/contracts';
import { accountHandlers } from '../accounts/handlers';
import { assessmentHandlers } from '../assessments/handlers';
import {
  OpenedAttachments,
  PendingUploads,
  attachmentHandlers,
  attachmentSaveTarget,
} from '../attachments/handlers';
import { auditTrailHandlers } from '../audit-trail/handlers';
import { changeOwnPassword, recover, signIn } from '../auth/service';
import type { Workstation } from '../workstation/workstation';
import { fileHandlers } from '../dialogs/handlers';
import type { PickerAccess } from '../dialogs/handlers';
import type { PathPicker } from '../dialogs/path-picker';
import { backupStatus, runBackup, updateBackupSettings } from '../backup/service';
import { exportClinic, importClinic } from '../backup/move';
import { restorePreUpgradeCopy } from '../backup/pre-upgrade';
import { verifyAuditTrail } from '../backup/verify-audit-trail';
import { inspectBackup, restoreBackup, undoRestore } from '../backup/restore';
import { carePlanHandlers } from '../care-plans/handlers';
import { careTeamHandlers } from '../care-team/handlers';
import { caseloadHandlers } from '../caseload/handlers';
import { clientHandlers } from '../clients/handlers';
import { SaveLocations } from '../dialogs/chosen-locations';
import { diagnosisHandlers } from '../diagnoses/handlers';
import { documentTemplateHandlers } from '../document-templates/handlers';
import { DocumentPreviews } from '../documents/previews';
import { dischargeHandlers } from '../discharge/handlers';
import type { CodeCatalogue } from '../diagnoses/service';
import { documentHandlers } from '../documents/handlers';
import { documentSaveTarget } from '../documents/stored';
import { draftHandlers } from '../drafts/handlers';
import type { ShippedInstruments } from '../measures/catalogue';
import { measureHandlers } from '../measures/handlers';
import type { ShippedNoteFormats } from '../note-formats/formats';
import { noteFormatHandlers } from '../note-formats/handlers';
import { noteSettingsHandlers } from '../note-formats/settings-handlers';
import { noteSearchHandlers } from '../note-search/handlers';
import { progressNoteHandlers } from '../progress-notes/handlers';
import { timelineHandlers } from '../timeline/handlers';
import { fhirHandlers } from '../fhir/handlers';
import { letterheadHandlers } from '../documents/letterhead/handlers';
import { provideDocumentResources } from '../documents/resources';
import type { Handler } from '../request/handler';
import { settingsHandlers } from '../settings/handlers';
import { changeDatabaseKey } from '../workstation/rotate-database-key';
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
  noteFormats: ShippedNoteFormats,
  exampleTemplatesDir: string,
): Handlers {
  const saveLocations = new SaveLocations();
  // Documents made but not yet given out: decrypted client data, forgotten when the session ends.
  const previews = new DocumentPreviews();
  ws.onEvent((event) => {
    if (event === 'session:locked') previews.clear();
  });
  provideDocumentResources({ instruments, noteFormats });
  // Uploads in progress and attachments opened belong to the session: a lock or sign-out ends them.
  const attachments = { uploads: new PendingUploads(), opened: new OpenedAttachments() };
  ws.onEvent((event) => {
    if (event !== 'session:locked') return;
    attachments.uploads.clear();
    attachments.opened.clear();
  });
  return {
    ...fileHandlers(
      pickerAccess(ws),
      picker,
      saveLocations,
      (ctx, ref) => documentSaveTarget(ctx, previews, ref),
      attachmentSaveTarget,
    ),
    ...clientHandlers,
    ...fhirHandlers(saveLocations),
    ...auditTrailHandlers(saveLocations),
    ...caseloadHandlers,
    ...careTeamHandlers,
    ...diagnosisHandlers(catalogue),
    ...assessmentHandlers,
    ...carePlanHandlers(instruments),
    ...draftHandlers,
    ...measureHandlers(instruments),
    ...progressNoteHandlers(noteFormats),
    ...noteFormatHandlers(noteFormats),
    ...noteSettingsHandlers(noteFormats),
    ...noteSearchHandlers,
    ...timelineHandlers(instruments),
    ...dischargeHandlers(instruments),
    ...documentHandlers(previews, saveLocations),
    ...letterheadHandlers,
    ...attachmentHandlers(attachments, saveLocations),
    ...documentTemplateHandlers(previews, instruments, exampleTemplatesDir),
    ...accountHandlers(
      ws.vault,
      (account) => ws.session.info(ws.session.refresh(account)),
      (account) => ws.session.accountChanged(account),
    ),
    ...settingsHandlers({
      renameClinic: async (name) => (await ws.vault.keyring()).setClinicName(name),
      restartIdleTimer: () => ws.session.restartIdleTimer(),
      applySessionLimit: () => ws.session.applySessionLimit(),
    }),
    'app:status': async () => {
      const session = ws.session.current();
      const state = ws.state;
      return {
        state,
        clinicName: state === 'setup' ? null : await clinicNameOrNull(ws),
        session: session ? ws.session.info(session) : null,
        lastUsername: ws.session.previousEnd.username,
        idleLockSeconds: session ? ws.session.idleLockSeconds() : null,
        signInDelaySeconds: ws.session.guard.secondsToWait(ws.now()),
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
      ws.session.signOut();
      return null;
    },
    'auth:lock': () => {
      ws.session.lock('manual');
      return null;
    },
    'auth:activity': () => ({ idleLockSeconds: ws.session.touch() }),
    'auth:changePassword': (input) => changeOwnPassword(ws, input),
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
    return (await ws.vault.keyring()).clinicName;
  } catch {
    return null;
  }
}

/** Who may open a file dialog: the lifecycle state and the session, never the workstation itself. */
function pickerAccess(ws: Workstation): PickerAccess {
  return {
    atSetup: () => ws.state === 'setup',
    session: () => ws.session.current(),
    now: () => ws.now(),
  };
}
