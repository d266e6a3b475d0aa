import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const COOKIE = 'lantern_harness';

/** Loopback only, by address and by Host header (a DNS-rebinding page cannot pass the latter). */
export function isLoopbackRequest(request: IncomingMessage, port: number): boolean {
  const remote = request.socket.remoteAddress ?? '';
  const loopback = remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1';
  const host = request.headers.host ?? '';
  return loopback && (host === `127.0.0.1:${port}` || host === `localhost:${port}`);
}

export function sameToken(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenFromCookie(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

/** HttpOnly and SameSite=Strict: page scripts cannot read it and other sites cannot send it. */
export function tokenCookie(token: string): string {
  return `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
