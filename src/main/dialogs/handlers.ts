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

/**
 * What each save dialog is for: who may ask, the file type offered and the name suggested. No
 * client number or name in a suggested file name: file names show up in sync clients,
 * recent-files lists and backups of the Documents folder. A name typed without the extension
 * gets it.
 */
function savePurpose(purpose: 'fhir_export' | 'audit_export', format: 'csv' | 'pdf' = 'csv') {
  const [permission, type, extension, name, suffix] =
    purpose === 'fhir_export'
      ? (['clients:read_caseload', 'FHIR JSON', 'json', 'Lantern-client-record', '.fhir.json'] as const)
      : (['audit:read', format.toUpperCase(), format, 'Lantern-audit-trail', `.${format}`] as const);
  return {
    permission,
    filter: { name: type, extensions: [extension] },
    suggestedName: (day: string) => `${name}-${day}${suffix}`,
    withExtension: (path: string) =>
      basename(path).toLowerCase().endsWith(`.${extension}`) ? path : `${path}${suffix}`,
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
    'files:chooseSaveLocation': async ({ purpose, title, format }, ctx) => {
      const save = savePurpose(purpose, format);
      if (!can(ctx.actor.role, save.permission)) throw forbidden();
      const chosen = checked(
        await picker.chooseSaveLocation({
          title,
          suggestedName: save.suggestedName(ctx.now.toISOString().slice(0, 10)),
          filters: [save.filter],
        }),
      );
      if (!chosen) return { path: null, syncService: null };
      const path = save.withExtension(chosen);
      saveLocations.remember(purpose, ctx.actor.id, path, access.now());
      return { path, syncService: syncServiceOf(dirname(path), process.env, process.platform) };
    },
  };
}
