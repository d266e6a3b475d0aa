import { createContext, useContext, type ComponentType } from 'react';
import type { ClientFile } from '../../../shared/contracts/clients';
import type { Permission } from '../../../shared/domain/roles';
import type { CatalogueKey } from './catalogue';

/**
 * Places where one feature's screen appears inside another's page — a tab of the client file, a
 * section of Administration — without the host feature importing it (features stand alone, see
 * eslint/renderer-features.js). `app/featureSlots.ts` fills them; the host reads them here.
 */

/** The tabs of a client's file, in the order they are shown. */
export const CLIENT_FILE_TABS = [
  'overview',
  'timeline',
  'contacts',
  'diagnoses',
  'history',
  'assessments',
  'measures',
  'care-plan',
  'notes',
  'referrals',
  'medications',
  'documents',
] as const;
export type ClientFileTabId = (typeof CLIENT_FILE_TABS)[number];

export interface ClientTabProps {
  file: ClientFile;
  /** The viewer may change this client's file (full access and the edit permission). */
  canEdit: boolean;
}

/** A clinical tab a feature adds to the client's file (shown only with full access). */
export interface ClientFileTab {
  id: ClientFileTabId;
  Panel: ComponentType<ClientTabProps>;
}

/** A section a feature adds to Administration, for roles with `permission`. */
export interface AdministrationSection {
  id: string;
  label: CatalogueKey;
  permission: Permission;
  Panel: ComponentType;
}

/**
 * Something a feature shows above the tabs of a client's file, under the header, whatever tab is
 * open (an alert that must not be missed). Shown only with full access, like the clinical tabs.
 */
export interface ClientBanner {
  id: string;
  Banner: ComponentType<ClientTabProps>;
}

/**
 * An action a feature adds to the client file's header, beside who the client is, whatever tab is
 * open ("Discharge…", "Re-enroll…"). Shown only with full access, like the clinical tabs.
 */
export interface ClientFileAction {
  id: string;
  Action: ComponentType<ClientTabProps>;
}

export interface FeatureSlots {
  clientFileTabs: readonly ClientFileTab[];
  clientBanners: readonly ClientBanner[];
  clientFileActions: readonly ClientFileAction[];
  administrationSections: readonly AdministrationSection[];
}

const NO_SLOTS: FeatureSlots = {
  clientFileTabs: [],
  clientBanners: [],
  clientFileActions: [],
  administrationSections: [],
};
const FeatureSlotsContext = createContext<FeatureSlots>(NO_SLOTS);

export const FeatureSlotsProvider = FeatureSlotsContext.Provider;

export function useFeatureSlots(): FeatureSlots {
  return useContext(FeatureSlotsContext);
}
