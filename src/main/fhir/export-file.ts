import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { localPathProblem } from '../../shared/domain/local-path';
import { fileProblemOf, logFileError } from '../backup/problems';
import { writeFileAtomically } from '../files/atomic-file';
import type { SaveLocations } from '../dialogs/chosen-locations';
import type { RequestContext } from '../request/context';
import { DomainError } from '../errors';

/**
 * Writes an export where the person chose in the save dialog (`files:chooseSaveLocation`), and
 * nowhere else: the path comes from main's own record of that choice, not from the renderer. The
 * file is NOT encrypted — the renderer says so before and after — so it goes only where asked.
 */
export function writeChosenExport(
  ctx: RequestContext,
  saveLocations: SaveLocations,
  contents: string | Uint8Array,
  purpose: 'fhir_export' | 'audit_export' = 'fhir_export',
): { folder: string; file: string } {
  const file = saveLocations.take(purpose, ctx.actor.id, ctx.now);
  if (!file || localPathProblem(file)) {
    throw new DomainError('wrong_state', 'Choose where to save the file first.', undefined, {
      messageKey: 'errors.export_choose_location',
    });
  }
  const folder = dirname(file);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    writeFileAtomically(file, contents);
  } catch (error) {
    logFileError('export could not be written', error);
    throw new DomainError(
      'wrong_state',
      'The file could not be saved there. Choose another place (a folder on this computer you can write to).',
      undefined,
      { messageKey: 'errors.export_write_failed', problem: fileProblemOf(error) },
    );
  }
  return { folder, file };
}
