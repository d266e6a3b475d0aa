import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { PathPicker } from '../dialogs/path-picker';

/**
 * The core's path picker, as the operating system's own dialogs. Each is modal to Lantern's
 * window when there is one. The paths they answer are checked by the core like typed ones.
 */
export function electronPathPicker(window: () => BrowserWindow | null): PathPicker {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const parent = window();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const save = async (options: SaveDialogOptions): Promise<string | null> => {
    const parent = window();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  };
  return {
    pickFolder: ({ title }) => open({ title, properties: ['openDirectory', 'createDirectory'] }),
    pickFile: ({ title, filters }) => open({ title, filters, properties: ['openFile'] }),
    chooseSaveLocation: ({ title, suggestedName, filters }) =>
      save({
        title,
        filters,
        defaultPath: join(app.getPath('documents'), suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
  };
}
