/**
 * How tall the caseload's rows are. Compact (one line a row, the default) fits a caseload on a
 * clinic laptop's screen; comfortable gives each row room and puts "goes by" and the age on a
 * line of their own. The choice is each person's on this computer: it holds no client data, so
 * it is kept in localStorage under the account's id, like the workstation's language.
 */
export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];

const storageKey = (accountId: string) => `lantern.caseload.density.${accountId}`;

export function recallDensity(accountId: string): Density {
  const stored = globalThis.localStorage?.getItem(storageKey(accountId));
  return stored === 'comfortable' ? 'comfortable' : 'compact';
}

export function rememberDensity(accountId: string, density: Density): void {
  globalThis.localStorage?.setItem(storageKey(accountId), density);
}

/** Pixels a row is expected to take before it is measured (and a page of rows for Page Down). */
export const ROW_ESTIMATE: Record<Density, number> = { compact: 34, comfortable: 60 };
