/**
 * Who may talk to the core over IPC. Pure (no Electron import) so the decision is unit tested;
 * `src/main/electron/ipc.ts` gathers the facts from Electron's event and asks here.
 *
 * The preload already refuses unknown channels, but main trusts nothing from a renderer: a
 * compromised or navigated page, or a subframe, must not reach the clinic's data.
 */

/** The privileged scheme the packaged renderer is served from: app://lantern/index.html. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lantern';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL belongs to Lantern's own renderer: `app://lantern/...`, or, in development, the
 * electron-vite dev server's origin (scheme, host and port must all match).
 */
export function isLanternUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (isAppSchemeUrl(parsed)) return true;
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return (
    dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin
  );
}

export interface IpcSenderFacts {
  /** The sending frame's URL, or undefined when Electron no longer knows the frame. */
  frameUrl: string | undefined;
  /** The message came from our window's webContents, not another one. */
  fromOurWebContents: boolean;
  /** The sending frame is that webContents' top-level frame, not an iframe. */
  isMainFrame: boolean;
}

export type IpcSenderVerdict = { trusted: true } | { trusted: false; reason: string };

export function checkIpcSender(facts: IpcSenderFacts, devServerUrl?: string): IpcSenderVerdict {
  if (facts.frameUrl === undefined) return refuse('the sending frame is gone');
  if (!facts.fromOurWebContents) return refuse('the message came from another web page');
  if (!facts.isMainFrame) return refuse('the message came from a subframe');
  if (!isLanternUrl(facts.frameUrl, devServerUrl)) return refuse(`the sending page is not Lantern's own`);
  return { trusted: true };
}

/**
 * app://lantern/..., compared part by part: Node's URL gives non-special schemes an opaque
 * origin ("null"), and unlike Chromium it does not lower-case their host. `host` includes any
 * port, so app://lantern:80 is refused, as is a URL carrying credentials.
 */
export function isAppSchemeUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST && !url.username && !url.password
  );
}

function refuse(reason: string): IpcSenderVerdict {
  return { trusted: false, reason };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
