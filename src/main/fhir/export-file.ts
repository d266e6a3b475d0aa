import type { SaveLocations } from '../dialogs/chosen-locations';
import { writeToChosenLocation } from '../dialogs/write-chosen';
import type { RequestContext } from '../request/context';

/**
 * Writes an export where the person chose in the save dialog (`files:chooseSaveLocation`, purpose
 * `fhir_export`), and nowhere else. The file is NOT encrypted — the renderer says so before and
 * after — so it goes only where asked.
 */
export function writeChosenExport(
  ctx: RequestContext,
  saveLocations: SaveLocations,
  contents: string,
): { folder: string; file: string } {
  return writeToChosenLocation(ctx, saveLocations, 'fhir_export', contents);
}
