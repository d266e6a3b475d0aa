import type { Workstation } from '../core/workstation';

/** A save location is good for one export, by the person who chose it, for a few minutes. */
const VALID_FOR_MS = 10 * 60_000;

interface Chosen {
  accountId: string;
  path: string;
  at: number;
}

/**
 * Where the person chose (in the OS save dialog) to write an export. Main keeps it, so the path
 * written to is the one the dialog answered, never one the renderer sends back.
 */
const chosenFor = new WeakMap<Workstation, Map<string, Chosen>>();

export function rememberSaveLocation(
  ws: Workstation,
  purpose: string,
  accountId: string,
  path: string,
): void {
  const chosen = chosenFor.get(ws) ?? new Map<string, Chosen>();
  chosen.set(purpose, { accountId, path, at: ws.now().getTime() });
  chosenFor.set(ws, chosen);
}

/** The location chosen for this purpose by this account, used up by taking it. */
export function takeSaveLocation(ws: Workstation, purpose: string, accountId: string): string | null {
  const chosen = chosenFor.get(ws);
  const found = chosen?.get(purpose);
  chosen?.delete(purpose);
  if (!found || found.accountId !== accountId) return null;
  return ws.now().getTime() - found.at <= VALID_FOR_MS ? found.path : null;
}
