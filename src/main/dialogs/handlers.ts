import { basename, dirname } from 'node:path';
import type { ChannelName } from '../../shared/contracts';
import { localPathProblem } from '../../shared/domain/local-path';
import { can } from '../../shared/domain/roles';
import type { Session } from '../workstation/session';
import { DomainError, forbidden } from '../errors';
import type { SaveLocations } from './chosen-locations';
import type { FileFilter, PathPicker } from './path-picker';
import type { RequestContext } from '../request/context';
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
 * What a save dialog offers and where main keeps the answer: `key` names what the location is
 * for (the FHIR export, one preview, one stored copy), so it is used for nothing else.
 */
export interface SaveTarget {
  key: string;
  suggestedName: string;
  filters: FileFilter[];
  /** A name typed without it gets it (`.fhir.json`, `.pdf`). */
  extension: string;
}

/** The save target of a document (a preview or a stored copy), from the documents feature. */
/** The save target of an attachment's copy, from the attachments feature (it checks access). */
export type AttachmentSaveTarget = (ctx: RequestContext, ref: { attachmentId: string }) => SaveTarget;

export type DocumentSaveTarget = (
  ctx: RequestContext,
  ref: { previewId?: string | undefined; documentId?: string | undefined },
) => SaveTarget;

/** A name typed without the file's extension gets it. */
function withExtension(path: string, extension: string): string {
  const last = extension.split('.').at(-1) ?? '';
  return new RegExp(`\\.${last}$`, 'i').test(basename(path)) ? path : `${path}${extension}`;
}

/** No client number or name in the suggested file name: file names show up in sync clients,
 * recent-files lists and backups of the Documents folder. */
const fhirTarget = (now: Date): SaveTarget => ({
  key: 'fhir_export',
  suggestedName: `Lantern-client-record-${now.toISOString().slice(0, 10)}.fhir.json`,
  filters: [{ name: 'FHIR JSON', extensions: ['json'] }],
  extension: '.fhir.json',
});

/** The audit trail as a spreadsheet or a table PDF (administrators, Administration → Audit trail). */
const auditTarget = (format: 'csv' | 'pdf', now: Date): SaveTarget => ({
  key: 'audit_export',
  suggestedName: `Lantern-audit-trail-${now.toISOString().slice(0, 10)}.${format}`,
  filters: [{ name: format.toUpperCase(), extensions: [format] }],
  extension: `.${format}`,
});

/** Who may ask for each kind of save dialog (the channel itself is open to any session). */
export const SAVE_PERMISSION = {
  fhir_export: 'clients:read_caseload',
  document: 'clients:read_caseload',
  attachment: 'clients:read_caseload',
  audit_export: 'audit:read',
} as const;

export function fileHandlers(
  access: PickerAccess,
  picker: PathPicker,
  saveLocations: SaveLocations,
  documentSaveTarget: DocumentSaveTarget,
  attachmentSaveTarget: AttachmentSaveTarget,
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
    'files:chooseSaveLocation': async (input, ctx) => {
      if (!can(ctx.actor.role, SAVE_PERMISSION[input.purpose])) throw forbidden();
      const target =
        input.purpose === 'document'
          ? documentSaveTarget(ctx, input)
          : input.purpose === 'attachment'
            ? attachmentSaveTarget(ctx, input)
            : input.purpose === 'audit_export'
              ? auditTarget(input.format, ctx.now)
              : fhirTarget(ctx.now);
      const chosen = checked(
        await picker.chooseSaveLocation({
          title: input.title,
          suggestedName: target.suggestedName,
          filters: target.filters,
        }),
      );
      if (!chosen) return { path: null, syncService: null };
      const path = withExtension(chosen, target.extension);
      saveLocations.remember(target.key, ctx.actor.id, path, access.now());
      return { path, syncService: syncServiceOf(dirname(path), process.env, process.platform) };
    },
  };
}
