import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { localPathProblem } from '../../shared/domain/local-path';
import { fileProblemOf, logFileError } from '../backup/problems';
import { writeFileAtomically } from '../files/atomic-file';
import type { RequestContext } from '../request/context';
import { DomainError } from '../errors';
import type { SaveLocations } from './chosen-locations';

/**
 * Writes a file where the person chose in the save dialog (`files:chooseSaveLocation`), and
 * nowhere else: the path comes from main's own record of that choice (`key`: what it was chosen
 * for), never from the renderer. What is written is NOT encrypted — the screen says so before
 * and after — so it goes only where asked. Used by the FHIR export, documents and attachments.
 */
export function writeToChosenLocation(
  ctx: RequestContext,
  saveLocations: SaveLocations,
  key: string,
  /** Text, bytes, or pieces written in turn (an attachment's chunks read one at a time). */
  contents: string | Uint8Array | Iterable<Buffer>,
): { folder: string; file: string } {
  const file = saveLocations.take(key, ctx.actor.id, ctx.now);
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
    logFileError('a chosen file could not be written', error);
    throw new DomainError(
      'wrong_state',
      'The file could not be saved there. Choose another place (a folder on this computer you can write to).',
      undefined,
      { messageKey: 'errors.export_write_failed', problem: fileProblemOf(error) },
    );
  }
  return { folder, file };
}
