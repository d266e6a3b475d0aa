import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../security/csp';
import { isLanternUrl } from '../security/ipc-sender';

/**
 * The Electron security checklist, applied in one place. Lantern shows only its own pages, so
 * everything a page could use to leave them, open something else or ask for more power is
 * refused here rather than trusted to the renderer's good behaviour.
 */

/** Applied to every webContents as it is created (see lifecycle.ts), not only our window. */
export function guardWebContents(contents: WebContents, devServerUrl?: string): void {
  // A link or script must not take the window to another site.
  contents.on('will-navigate', (event) => {
    if (!isLanternUrl(event.url, devServerUrl)) event.preventDefault();
  });
  // The same for any subframe and for server redirects.
  contents.on('will-frame-navigate', (event) => {
    if (!isLanternUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isLanternUrl(event.url, devServerUrl)) event.preventDefault();
  });
  // No pop-ups and no new windows: window.open and target=_blank links do nothing.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // <webview> would embed a second, differently configured browser; Lantern never uses it.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applied once to the default session, which every Lantern page uses. */
export function guardSession(session: Session, options: { dev: boolean }): void {
  // Camera, microphone, location, notifications, clipboard reads, USB...: Lantern needs none.
  // Everything is denied except writing to the clipboard (the "Copy recovery key" button):
  // sanitized writes cannot read what is already on the clipboard.
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  );
  session.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
  session.setDevicePermissionHandler(() => false);

  // Exports must go through main, where they are audited; a page cannot save files itself.
  session.on('will-download', (event) => event.preventDefault());

  const policy = contentSecurityPolicy({ dev: options.dev });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
}
