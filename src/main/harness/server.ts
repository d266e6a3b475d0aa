import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanternCore } from '../core/types';
import { contentSecurityPolicy } from '../security/csp';
import { isLoopbackRequest, sameToken, tokenCookie, tokenFromCookie } from './guard';
import type { PickerAnswer, TestPicker } from './test-picker';

const MAX_BODY_BYTES = 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const BRIDGE_FILE = fileURLToPath(new URL('./bridge.browser.js', import.meta.url));

/** Deeper than any form Lantern has (drafts allow 32); counted without recursion. */
const MAX_DEPTH = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPickerAnswer(value: unknown): value is PickerAnswer {
  if (!isPlainObject(value)) return false;
  const kindOk = value.kind === 'folder' || value.kind === 'file' || value.kind === 'save';
  const pathOk = value.path === null || (typeof value.path === 'string' && value.path.length <= 1000);
  return kindOk && pathOk;
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Nesting depth of a parsed JSON value, walked with an explicit stack. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The loopback binding of the router, for end-to-end tests and development only: the same
 * renderer and the same core as the Electron app, reached over HTTP on 127.0.0.1 with a random
 * per-run token instead of over IPC.
 */
export async function startHarnessServer(
  core: LanternCore,
  options: { rendererDir: string; port: number; picker?: TestPicker },
): Promise<HarnessServer> {
  const token = randomBytes(24).toString('base64url');
  let port = options.port;
  const eventStreams = new Set<ServerResponse>();
  const unsubscribe = core.onEvent((event, payload) => {
    for (const stream of eventStreams) stream.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  const send = (response: ServerResponse, status: number, body: string | Buffer, type = 'text/plain') => {
    response.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy({ dev: false }),
    });
    response.end(body);
  };

  const serveIndex = (response: ServerResponse, setCookie: boolean) => {
    const html = readFileSync(join(options.rendererDir, 'index.html'), 'utf8').replace(
      '<head>',
      '<head>\n    <script src="/__harness/bridge.js"></script>',
    );
    if (setCookie) response.setHeader('set-cookie', tokenCookie(token));
    send(response, 200, html, MIME['.html']);
  };

  const serveStatic = (response: ServerResponse, pathname: string) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's mistake, not a reason to stop.
      return send(response, 400, 'Bad request');
    }
    const file = normalize(join(options.rendererDir, decoded));
    // Only regular files inside the renderer folder: a folder (`/assets`) is not found either.
    if (!file.startsWith(options.rendererDir + sep) || !isRegularFile(file))
      return send(response, 404, 'Not found');
    send(response, 200, readFileSync(file), MIME[extname(file)] ?? 'application/octet-stream');
  };

  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(new Error('too large'));
          request.destroy();
        } else chunks.push(chunk);
      });
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      request.on('error', reject);
    });

  const handleInvoke = async (request: IncomingMessage, response: ServerResponse) => {
    // Cross-site pages cannot forge this: the cookie is SameSite=Strict and the origin must be ours.
    const origin = request.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return send(response, 403, 'Forbidden');
    }
    const unreadable = () => {
      const error = { code: 'invalid_input', message: 'The request could not be read.' };
      send(response, 400, JSON.stringify({ ok: false, error }), MIME['.json']);
    };
    let message: unknown;
    try {
      message = JSON.parse(await readBody(request)) as unknown;
    } catch {
      return unreadable();
    }
    // `null`, an array, a bare string, or a value nested deeper than any form is: refused here,
    // before the router's schemas walk it (deep recursion there would overflow the stack).
    if (!isPlainObject(message) || typeof message.channel !== 'string' || nestingDepth(message) > MAX_DEPTH)
      return unreadable();
    const result = await core.invoke(message.channel, message.input);
    send(response, 200, JSON.stringify(result), MIME['.json']);
  };

  const route = (request: IncomingMessage, response: ServerResponse) => {
    if (!isLoopbackRequest(request, port))
      return send(response, 403, 'The Lantern harness serves 127.0.0.1 only.');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const fromQuery = url.searchParams.get('token');
    if (request.method === 'GET' && url.pathname === '/' && sameToken(fromQuery, token)) {
      return serveIndex(response, true);
    }
    if (!sameToken(tokenFromCookie(request), token))
      return send(response, 401, 'Missing or wrong harness token.');
    if (request.method === 'POST' && url.pathname === '/__harness/picker') {
      handlePickerAnswers(request, response).catch((error: unknown) => answerInternal(response, error));
      return;
    }
    if (request.method === 'POST' && url.pathname === '/__harness/invoke') {
      handleInvoke(request, response).catch((error: unknown) => answerInternal(response, error));
      return;
    }
    if (request.method !== 'GET') return send(response, 405, 'Method not allowed');
    if (url.pathname === '/') return serveIndex(response, false);
    if (url.pathname === '/__harness/bridge.js')
      return send(response, 200, readFileSync(BRIDGE_FILE), MIME['.js']);
    if (url.pathname === '/__harness/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    serveStatic(response, url.pathname);
  };

  /** Whatever a request does, the harness answers it and keeps running. */
  const answerInternal = (response: ServerResponse, error: unknown) => {
    process.stderr.write(`lantern harness: request failed: ${String(error)}\n`);
    if (response.headersSent) return void response.end();
    const answer = { code: 'internal', message: 'Something went wrong inside Lantern. Nothing was lost.' };
    send(response, 200, JSON.stringify({ ok: false, error: answer }), MIME['.json']);
  };

  /** Tests only: the answers the next file dialogs give (see test-picker.ts). */
  const handlePickerAnswers = async (request: IncomingMessage, response: ServerResponse) => {
    let answers: unknown;
    try {
      answers = JSON.parse(await readBody(request)) as unknown;
    } catch {
      answers = null;
    }
    if (!options.picker || !Array.isArray(answers) || !answers.every(isPickerAnswer))
      return send(response, 400, 'Expected [{ "kind": "folder" | "file" | "save", "path": string | null }]');
    options.picker.answer(...answers);
    send(response, 200, JSON.stringify({ ok: true, queued: answers.length }), MIME['.json']);
  };

  const server = createServer((request, response) => {
    try {
      route(request, response);
    } catch (error) {
      answerInternal(response, error);
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
