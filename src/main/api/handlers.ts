import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contracts';
import * as accounts from '../accounts/service';
import { setOwnLanguage } from '../accounts/language';
import * as teams from '../accounts/teams';
import { listAudit } from '../audit/service';
import { verifyAuditTrail } from '../audit/verify';
import { changeOwnPassword, recover, signIn } from '../auth/service';
import type { Workstation } from '../core/workstation';
import { fileHandlers } from '../dialogs/handlers';
import type { PathPicker } from '../dialogs/path-picker';
import { backupStatus, runBackup, updateBackupSettings } from '../backup/service';
import { exportClinic, importClinic } from '../backup/move';
import { restorePreUpgradeCopy } from '../backup/pre-upgrade';
import { inspectBackup, restoreBackup, undoRestore } from '../backup/restore';
import * as careTeam from '../care-team/service';
import * as caseload from '../caseload/service';
import { breakGlass, breakGlassLog } from '../clients/break-glass';
import { listMerges, mergeClients } from '../clients/merge';
import * as clients from '../clients/service';
import type { CodeCatalogue } from '../diagnoses/service';
import * as diagnoses from '../diagnoses/service';
import { discardDraft, getDraft, saveDraft } from '../drafts/service';
import { exportClientFhir } from '../fhir/export';
import * as settings from '../settings/handlers';
import { changeDatabaseKey } from '../security/rotate-database-key';
import { confirmRecoveryKey, createClinic, regenerateRecoveryKey } from '../setup/service';

type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};

/** One line per channel: the router has already checked session, role and input. */
export function createHandlers(
  ws: Workstation,
  catalogue: () => CodeCatalogue,
  picker: PathPicker,
): Handlers {
  return {
    ...fileHandlers(ws, picker),
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
    'accounts:list': () => accounts.list(ws),
    'accounts:create': (input) => accounts.create(ws, input),
    'accounts:deactivate': (input) => accounts.deactivate(ws, input),
    'accounts:resetPassword': (input) => accounts.resetPassword(ws, input),
    'accounts:setTeam': (input) => teams.setTeam(ws, input),
    'accounts:setLanguage': (input) => setOwnLanguage(ws, input),
    'teams:list': () => teams.list(ws),
    'teams:create': (input) => teams.create(ws, input),
    'settings:get': () => settings.get(ws),
    'settings:update': (input) => settings.update(ws, input),
    'audit:list': (input) => listAudit(ws.database(), input),
    'audit:verify': () => verifyAuditTrail(ws),
    'clients:create': (input) => clients.createClient(ws, input),
    'clients:update': (input) => clients.updateClient(ws, input),
    'clients:get': (input) => clients.getClient(ws, input.id),
    'clients:checkDuplicates': (input) => clients.checkDuplicates(ws, input),
    'clients:history': (input) => clients.clientHistory(ws, input.clientId),
    'clients:breakGlass': (input) => breakGlass(ws, input),
    'clients:breakGlassLog': (input) => breakGlassLog(ws, input.limit),
    'clients:exportFhir': (input) => exportClientFhir(ws, input.clientId),
    'clients:merge': (input) => mergeClients(ws, input),
    'clients:merges': () => listMerges(ws),
    'caseload:list': (input) => caseload.list(ws, input),
    'caseload:search': (input) => caseload.search(ws, input),
    'caseload:views': () => caseload.views(ws),
    'caseload:saveView': (input) => caseload.saveView(ws, input),
    'caseload:deleteView': (input) => caseload.deleteView(ws, input.id),
    'caseload:staff': () => caseload.staff(ws),
    'caseload:programs': () => caseload.programs(ws),
    'careTeam:list': (input) => careTeam.listContacts(ws, input.clientId),
    'careTeam:add': (input) => careTeam.addContact(ws, input),
    'careTeam:update': (input) => careTeam.updateContact(ws, input),
    'careTeam:remove': (input) => careTeam.removeContact(ws, input),
    'diagnoses:searchCodes': (input) => catalogue().searchCodes(input.query, 20),
    'diagnoses:list': (input) => diagnoses.listDiagnoses(ws, input.clientId),
    'diagnoses:add': (input) => diagnoses.addDiagnosis(ws, catalogue(), input),
    'diagnoses:update': (input) => diagnoses.updateDiagnosis(ws, catalogue(), input),
    'diagnoses:remove': (input) => diagnoses.removeDiagnosis(ws, input),
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
    'drafts:get': (input) => getDraft(ws, input.key),
    'drafts:save': (input) => saveDraft(ws, input),
    'drafts:discard': (input) => discardDraft(ws, input.key),
  };
}

async function clinicNameOrNull(ws: Workstation): Promise<string | null> {
  try {
    return (await ws.keyring()).clinicName;
  } catch {
    return null;
  }
}
