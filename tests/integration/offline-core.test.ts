import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, clinicWithStaff } from '../helpers/clinic';
import { ADMIN } from '../helpers/lantern';
import { plantedHttpsRequest } from './fixtures/planted-network';

/**
 * Lantern's core makes no network call at run time. Every way out of the process is trapped
 * (the socket layer itself, so nothing built on it escapes: http, https, tls, fetch/undici,
 * WebSocket; plus UDP and DNS), the core is driven through setup, sign-in and everyday work,
 * and the test fails if anything reached for the network. A trapped call throws and nothing is
 * sent. The second part plants calls, including one from a module that imported `node:https`
 * before the traps were set (as src/main would), and checks each one is caught.
 * tests/unit/security/no-network-main.test.ts checks the same in the source.
 */

// Kept to show that fetch's own machinery (undici, inside Node) is caught at the socket layer.
const fetchBeforeTraps = globalThis.fetch;
const attempts: string[] = [];
const restores: (() => void)[] = [];

function trap<T extends object>(owner: T, key: keyof T & string, label: string) {
  const original = owner[key];
  const trapped = function (this: unknown) {
    attempts.push(label);
    throw new Error(`offline test: ${label} was called`);
  };
  Object.defineProperty(owner, key, { value: trapped, configurable: true, writable: true });
  restores.push(() =>
    Object.defineProperty(owner, key, { value: original, configurable: true, writable: true }),
  );
}

beforeAll(() => {
  // The socket layer: every TCP or TLS client ends here, however it was imported.
  trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
  trap(dgram.Socket.prototype, 'send', 'dgram.Socket#send');
  trap(dgram.Socket.prototype, 'bind', 'dgram.Socket#bind');
  // The module functions, for a clear label (and for named imports: see syncBuiltinESMExports).
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  trap(tls, 'connect', 'tls.connect');
  trap(http, 'request', 'http.request');
  trap(http, 'get', 'http.get');
  trap(https, 'request', 'https.request');
  trap(https, 'get', 'https.get');
  trap(http2, 'connect', 'http2.connect');
  trap(dgram, 'createSocket', 'dgram.createSocket');
  trap(dns, 'lookup', 'dns.lookup');
  trap(dns, 'resolve', 'dns.resolve');
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  trap(globalThis, 'fetch', 'fetch');
  if ('WebSocket' in globalThis) trap(globalThis, 'WebSocket', 'WebSocket');
  // `import { request } from 'node:https'` binds to the ESM view of the module; this makes
  // those bindings follow the traps above.
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const restore of restores.reverse()) restore();
  syncBuiltinESMExports();
});

describe('the core makes no network call', () => {
  it('through setup, sign-in, client work, export, backup, lock and sign-in again', async () => {
    attempts.length = 0;
    const clinic = await clinicWithStaff();
    await clinic.as('sage');
    const created = await clinic.call('clients:create', { client: client() });
    await clinic.call('caseload:list', {});
    await clinic.call('caseload:search', { query: 'Smith' });
    await clinic.call('clients:get', { id: created.id });
    await clinic.call('clients:history', { clientId: created.id });
    await clinic.call('diagnoses:searchCodes', { query: 'depress' });
    await clinic.call('files:chooseSaveLocation', { purpose: 'fhir_export', title: 'Save the record' });
    await clinic.call('clients:exportFhir', { clientId: created.id });
    await clinic.call('auth:lock', {});
    await clinic.as('cam');
    await clinic.call('caseload:list', {});
    await clinic.as(ADMIN.username);
    await clinic.call('backup:run', {});
    await clinic.call('audit:verify', {});
    await clinic.call('audit:list', { limit: 50 });
    clinic.core.close();
    expect(attempts).toEqual([]);
  });
});

describe('the traps (planted network calls)', () => {
  const planted: [string, () => unknown][] = [
    ['fetch', () => fetch('http://127.0.0.1:59999/')],
    ['http.get', () => http.get('http://127.0.0.1:59999/')],
    ['https.request', () => https.request('https://127.0.0.1:59999/')],
    ['net.connect', () => net.connect(59999, '127.0.0.1')],
    ['net.Socket#connect', () => new net.Socket().connect(59999, '127.0.0.1')],
    ['tls.connect', () => tls.connect(59999, '127.0.0.1')],
    ['http2.connect', () => http2.connect('http://127.0.0.1:59999')],
    ['dgram.createSocket', () => dgram.createSocket('udp4')],
    ['dns.lookup', () => dns.lookup('localhost', () => undefined)],
    ['https.request', () => plantedHttpsRequest()],
  ];
  it.each(planted)('%s is caught', async (label, call) => {
    attempts.length = 0;
    let threw = false;
    try {
      await call();
    } catch {
      threw = true;
    }
    expect(threw).toBe(true);
    expect(attempts).toContain(label);
  });

  it('catches what bypasses the trapped functions: the real fetch, saved before the traps', async () => {
    attempts.length = 0;
    await expect(fetchBeforeTraps('http://127.0.0.1:59999/')).rejects.toThrow();
    expect(attempts.some((label) => label.startsWith('net.'))).toBe(true);
  });
});
