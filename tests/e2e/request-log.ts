import type { BrowserContext, Request } from '@playwright/test';

/** Where the packaged app serves its renderer (src/main/electron/protocol.ts). */
export const ELECTRON_APP_ORIGIN = 'app://lantern';

/** Schemes that never leave the page: inline data and the page's own in-memory objects. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * The origin of a URL as scheme://host[:port]. `URL.origin` is "null" for schemes the URL
 * standard does not know (app:), which would make every app:// URL look alike.
 */
export function originOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/** Does this request leave the app (anything but the allowed origins and local schemes)? */
export function isForeign(url: string, allowedOrigins: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true; // not even a URL: report it rather than guess
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return !allowedOrigins.has(originOf(url));
}

/**
 * Records every request the pages of a browser context make (documents, scripts, fetches,
 * images, fonts, workers…), so a test can fail on any that left Lantern's own origin: Lantern
 * works offline, and a request to anywhere else would be a leak or a dependency on the network.
 */
export class RequestLog {
  private readonly allowed = new Set<string>();
  private readonly seen: { url: string; method: string; type: string }[] = [];
  private readonly watched = new WeakSet<BrowserContext>();

  /** Allows the origin of `url` (the harness's http://127.0.0.1:PORT, or app://lantern). */
  allowOrigin(url: string): void {
    this.allowed.add(originOf(url));
  }

  origins(): string[] {
    return [...this.allowed];
  }

  /** Starts recording a context's requests; call before its first page navigates. */
  watch(context: BrowserContext): void {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    context.on('request', (request: Request) =>
      this.seen.push({ url: request.url(), method: request.method(), type: request.resourceType() }),
    );
  }

  /** Every request so far that left the allowed origins, as "METHOD type URL". */
  foreign(): string[] {
    return this.seen
      .filter((request) => isForeign(request.url, this.allowed))
      .map((request) => `${request.method} ${request.type} ${request.url}`);
  }

  /** How many requests were recorded in all (to show that recording works at all). */
  count(): number {
    return this.seen.length;
  }
}
