import type { SaveLocations } from '../dialogs/chosen-locations';
import type { HandlerSlice } from '../request/handler';
import { exportAuditTrail } from './export';
import { listAuditTrail } from './list';

/** Administration → Audit trail: the list with names, and its export (`audit:verify` needs the workstation). */
export const auditTrailHandlers = (
  saveLocations: SaveLocations,
): HandlerSlice<'audit:list' | 'audit:export'> => ({
  'audit:list': (input, ctx) => listAuditTrail(ctx, input),
  'audit:export': (input, ctx) => exportAuditTrail(ctx, saveLocations, input),
});
