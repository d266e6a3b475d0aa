import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { LanternCore } from '../core/types';

/**
 * A small application menu. Its main job is the Lock command (Ctrl+L / Cmd+L), which works even
 * while a dialog or a busy screen has focus; the renderer handles the same shortcut itself too.
 * Edit roles are kept because on macOS copy and paste in text fields only work through them.
 */
export function installAppMenu(core: LanternCore, options: { allowDevTools: boolean }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Lantern',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => core.lock('manual') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Reload and developer tools only in development: in a packaged build they would let
        // anyone at the desk inspect the page.
        ...(options.allowDevTools
          ? ([
              { type: 'separator' },
              { role: 'reload' },
              { role: 'toggleDevTools' },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
