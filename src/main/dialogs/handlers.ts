import { basename, dirname } from 'node:path';
import type { ChannelName } from '../../shared/contracts';
import { localPathProblem } from '../../shared/domain/local-path';
import { can } from '../../shared/domain/roles';
import type { Session } from '../workstation/session';
import { DomainError, forbidden } from '../errors';
import type { SaveLocations } from './chosen-locations';
import type { PathPicker } from './path-picker';
import type { HandlerSlice } from '../request/handler';
import { syncServiceOf } from './sync-folders';

type FileChannel = Extract<ChannelName, `files:${string}`>;
type FileHandlers = HandlerSlice<FileChannel>;

/** What decides who may pick: is this a first run, and who is signed in (and are they gated). */
export interface PickerAccess {
  atSetup(): boolean;
  session(): Session | null;
  /** The clock when the choice is made: a dialog can stay open for minutes after the request began. */
  now(): Date;
}

/**
 * Administrators pick backup folders; at first run (no clinic yet, nobody to sign in) anyone at
 * the computer may pick the clinic file or backup to bring in, as they may import it.
 */
function requireMayPick(access: PickerAccess, allowedAtSetup: boolean): void {
  if (allowedAtSetup && access.atSetup()) return;
  const session = access.session();
  if (!session)
    throw new DomainError('not_signed_in', 'Please sign in.', undefined, {
      messageKey: 'errors.not_signed_in',
    });
  if (session.gate || !can(session.account.role, 'settings:manage')) throw forbidden();
}

/** A picked path is checked like a typed one: a dialog can browse to a network share too. */
function checked(path: string | null): string | null {
  if (path === null) return null;
  const problem = localPathProblem(path);
  if (problem)
    throw new DomainError(
      'invalid_input',
      'Choose a folder or file on this computer.',
      { path: problem },
      { messageKey: 'errors.path_not_local' },
    );
  return path;
}

/** Exports are JSON; a name typed without the extension gets it. */
function withJsonExtension(path: string): string {
  return /\.json$/i.test(basename(path)) ? path : `${path}.fhir.json`;
}

/**
 * What the save dialog suggests for each purpose. An attachment's extension is added when it is
 * saved (src/main/attachments/save.ts), from the type its bytes showed.
 */
function saveDialogFor(purpose: 'fhir_export' | 'attachment', day: string) {
  if (purpose === 'attachment')
    return { suggestedName: `Lantern-attachment-${day}`, filters: [], finalPath: (path: string) => path };
  return {
    suggestedName: `Lantern-client-record-${day}.fhir.json`,
    filters: [{ name: 'FHIR JSON', extensions: ['json'] }],
    finalPath: withJsonExtension,
  };
}

export function fileHandlers(
  access: PickerAccess,
  picker: PathPicker,
  saveLocations: SaveLocations,
): FileHandlers {
  return {
    'files:pickFolder': async ({ purpose, title }) => {
      requireMayPick(access, purpose === 'backup_to_restore');
      return { path: checked(await picker.pickFolder({ title })) };
    },
    'files:pickFile': async ({ title }) => {
      requireMayPick(access, true);
      const filters = [{ name: 'Lantern clinic file', extensions: ['lanternclinic'] }];
      return { path: checked(await picker.pickFile({ title, filters })) };
    },
    'files:chooseSaveLocation': async ({ purpose, title }, ctx) => {
      // No client number or name in the suggested file name: file names show up in sync
      // clients, recent-files lists and backups of the Documents folder.
      const dialog = saveDialogFor(purpose, ctx.now.toISOString().slice(0, 10));
      const chosen = checked(
        await picker.chooseSaveLocation({
          title,
          suggestedName: dialog.suggestedName,
          filters: dialog.filters,
        }),
      );
      if (!chosen) return { path: null, syncService: null };
      const path = dialog.finalPath(chosen);
      saveLocations.remember(purpose, ctx.actor.id, path, access.now());
      return { path, syncService: syncServiceOf(dirname(path), process.env, process.platform) };
    },
  };
}
