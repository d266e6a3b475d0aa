import { readFile } from 'node:fs/promises';
import { protocol, type BrowserWindow } from 'electron';
import { contentSecurityPolicy } from '../security/csp';
import { APP_ENTRY_URL, APP_SCHEME } from '../security/ipc-sender';
import { mimeTypeFor, resolveRendererFile } from './renderer-files';

/**
 * The packaged renderer is served from app://lantern/ rather than file://. A file:// page could
 * read any file the user can; a standard, secure custom scheme gives the page a real origin of
 * its own that the CSP, the navigation guard and the IPC sender check can all name exactly.
 */

/** Must run before `app` is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin and relative URLs; secure: counts as a secure context;
      // supportFetchAPI: the page may fetch its own assets. No corsEnabled, no bypassCSP.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves files from `rendererDir` (out/renderer) on app://lantern/. Call after app ready. */
export function serveRenderer(rendererDir: string): void {
  const policy = contentSecurityPolicy({ dev: false });
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveRendererFile(rendererDir, request.url);
    if (!target.ok) return new Response(null, { status: target.status });
    try {
      const body = await readFile(target.filePath);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(target.filePath),
          // Sent here too, because the session's header hook is not guaranteed to see
          // responses from custom protocol handlers.
          'Content-Security-Policy': policy,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** Loads the renderer: the electron-vite dev server in development, app://lantern/ otherwise. */
export function loadRenderer(window: BrowserWindow, devServerUrl: string | undefined): Promise<void> {
  return window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}
