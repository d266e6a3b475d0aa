/**
 * The operating system's file dialogs, as the core sees them. The core stays free of Electron:
 * the Electron edge implements this with `dialog` (src/main/electron/dialog-picker.ts) and the
 * test harness with answers its tests give (src/main/harness/test-picker.ts). Every method is
 * async and takes plain data only, so the calls could later be forwarded from a worker thread.
 * Each answers a path, or null when the person cancelled. What it answers is checked by the
 * caller like any typed path: a picker is a convenience, not a source of trusted paths.
 */
export interface FileFilter {
  /** Shown in the dialog, e.g. "Lantern clinic file". */
  name: string;
  /** Without the dot: `lanternclinic`, `json`. */
  extensions: string[];
}

export interface PickRequest {
  /** The dialog's title, already translated by the renderer. */
  title: string;
}

export interface PathPicker {
  pickFolder(request: PickRequest): Promise<string | null>;
  pickFile(request: PickRequest & { filters: FileFilter[] }): Promise<string | null>;
  chooseSaveLocation(
    request: PickRequest & { suggestedName: string; filters: FileFilter[] },
  ): Promise<string | null>;
}

/** Where no dialog can be shown (unit tests of the core): every pick is "cancelled". */
export const noPathPicker: PathPicker = {
  pickFolder: () => Promise.resolve(null),
  pickFile: () => Promise.resolve(null),
  chooseSaveLocation: () => Promise.resolve(null),
};
