import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isAppSchemeUrl } from '../security/ipc-sender';

/**
 * Maps an app://lantern/... request to a file inside the built renderer folder. Pure (no
 * Electron import) so the path-traversal rules are unit tested. protocol.ts does the serving.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  // Unknown types are served as opaque bytes; with nosniff the browser will not guess.
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type RendererFile = { ok: true; filePath: string } | { ok: false; status: 400 | 404 };

/**
 * The file a request URL asks for. Only app://lantern/ is served; the path is decoded once and
 * must stay inside `rendererDir`. Paths without an extension are client-side routes and get
 * index.html, so reloading on a deep route still opens the app.
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): RendererFile {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!isAppSchemeUrl(url)) return { ok: false, status: 404 };

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 }; // malformed %-escape
  }
  // A NUL byte or a backslash never belongs in our asset names; both are classic traversal tools.
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };

  const relativePath =
    pathname === '/' || extname(pathname) === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rendererDir);
  const filePath = resolve(root, relativePath);
  const fromRoot = relative(root, filePath);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
    return { ok: false, status: 404 };
  }
  return { ok: true, filePath };
}
