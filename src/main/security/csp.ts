/**
 * The Content-Security-Policy for every page Lantern shows. Pure so the Electron binding and the
 * loopback test harness send the very same policy, and so a unit test can pin it down.
 *
 * Packaged: only Lantern's own files may run or load. Nothing remote, no plugins, no forms that
 * post anywhere, no framing, no <base> tricks.
 *
 * Development: electron-vite's dev server needs two relaxations and nothing more — the React
 * fast-refresh preamble is an inline <script>, and hot reload talks over a websocket to the dev
 * server on localhost.
 */
export function contentSecurityPolicy(opts: { dev: boolean }): string {
  const scriptSrc = opts.dev ? ["'self'", "'unsafe-inline'"] : ["'self'"];
  const connectSrc = opts.dev ? ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'] : ["'self'"];

  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', scriptSrc],
    // React and react-aria set style attributes at run time; inline styles cannot run code.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // data: and blob: for generated images such as document previews; never remote images.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', connectSrc],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export type ResponseHeaders = Record<string, string[]>;

/**
 * Returns response headers with our policy as the only Content-Security-Policy. Any policy the
 * response already carried is dropped (header names are case-insensitive), so a looser header
 * can never sit beside ours.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string | string[]>> | undefined,
  policy: string,
): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
