import type { SaveLocations } from '../dialogs/chosen-locations';
import type { HandlerSlice } from '../request/handler';
import { exportClientFhir } from './export';

export const fhirHandlers = (saveLocations: SaveLocations): HandlerSlice<'clients:exportFhir'> => ({
  'clients:exportFhir': (input, ctx) => exportClientFhir(ctx, saveLocations, input.clientId),
});
