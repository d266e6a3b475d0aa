import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HarnessServer } from '../../../src/main/harness/server';
import { startHarnessServer } from '../../../src/main/harness/server';
import { TestPicker } from '../../../src/main/harness/test-picker';
import { testLantern } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

let server: HarnessServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body>Lantern</body></html>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
  mkdirSync(join(rendererDir, 'assets'));
  const dataDir = tempDir();
  const picker = new TestPicker({ saveRoot: dataDir, exportsFolder: join(dataDir, 'exports') });
  const lantern = testLantern({ dataDir, pathPicker: picker });
  server = await startHarnessServer(lantern.core, { rendererDir, port: 0, picker });
  const url = new URL(server.url);
  return { url, token: url.searchParams.get('token') as string, port: Number(url.port) };
}

/** A raw HTTP request, so tests control the Host and Cookie headers exactly. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('test harness server', () => {
  it('serves the app with the bridge and a token cookie only for the right token', async () => {
    const { port, token } = await start();
    const page = await send(port, `/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__harness/bridge.js"></script>');
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect((await send(port, '/?token=wrong')).status).toBe(401);
    expect((await send(port, '/app.js')).status).toBe(401);
    const cookie = { cookie: `lantern_harness=${token}` };
    expect((await send(port, '/app.js', { headers: cookie })).body).toBe('console.log(1)');
    expect((await send(port, '/../../etc/passwd', { headers: cookie })).status).toBe(404);
  });

  it('refuses another Host header (DNS rebinding) even with the token', async () => {
    const { port, token } = await start();
    const response = await send(port, `/?token=${token}`, { headers: { host: `evil.example:${port}` } });
    expect(response.status).toBe(403);
  });

  it('answers invoke with the router result, and refuses other origins and oversize bodies', async () => {
    const { port, token } = await start();
    const headers = { cookie: `lantern_harness=${token}`, 'content-type': 'application/json' };
    const status = await send(port, '/__harness/invoke', {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel: 'app:status', input: {} }),
    });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { state: 'setup' } });
    const bad = await send(port, '/__harness/invoke', { method: 'POST', headers, body: '{not json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const foreign = await send(port, '/__harness/invoke', {
      method: 'POST',
      headers: { ...headers, origin: 'http://evil.example' },
      body: JSON.stringify({ channel: 'app:status', input: {} }),
    });
    expect(foreign.status).toBe(403);
    const noToken = await send(port, '/__harness/invoke', {
      method: 'POST',
      body: JSON.stringify({ channel: 'app:status', input: {} }),
    });
    expect(noToken.status).toBe(401);
    const huge = await send(port, '/__harness/invoke', {
      method: 'POST',
      headers,
      body: 'x'.repeat(2 * 1024 * 1024),
    }).catch(() => ({ status: 0, body: '' }));
    expect(huge.status === 0 || JSON.parse(huge.body).ok === false).toBe(true);
  });

  it('answers a null body and a deeply nested value with a typed error, not HTTP 500', async () => {
    const { port, token } = await start();
    const headers = { cookie: `lantern_harness=${token}`, 'content-type': 'application/json' };
    for (const body of [
      'null',
      '[1]',
      '"app:status"',
      JSON.stringify({ input: {} }),
      `{"channel":"drafts:save","input":{"key":"client:new","payload":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    ]) {
      const answer = await send(port, '/__harness/invoke', { method: 'POST', headers, body });
      expect(answer.status, body.slice(0, 40)).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // Still serving afterwards.
    const status = await send(port, '/__harness/invoke', {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel: 'app:status', input: {} }),
    });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true });
  });

  it('survives a request for a folder and a malformed escape', async () => {
    const { port, token } = await start();
    const cookie = { cookie: `lantern_harness=${token}` };
    expect((await send(port, '/assets', { headers: cookie })).status).toBe(404);
    expect((await send(port, '/%E0%A4%A', { headers: cookie })).status).toBe(400);
    expect((await send(port, '/app.js', { headers: cookie })).body).toBe('console.log(1)');
  });

  it('tests queue the file dialogs’ answers over the harness; malformed answers are refused', async () => {
    const { port, token } = await start();
    const headers = { cookie: `lantern_harness=${token}`, 'content-type': 'application/json' };
    const invoke = async (channel: string, input: unknown) =>
      JSON.parse(
        (
          await send(port, '/__harness/invoke', {
            method: 'POST',
            headers,
            body: JSON.stringify({ channel, input }),
          })
        ).body,
      ) as { ok: boolean; value?: unknown };
    const queued = await send(port, '/__harness/picker', {
      method: 'POST',
      headers,
      body: JSON.stringify([{ kind: 'folder', path: '/media/usb/Lantern Backups' }]),
    });
    expect(JSON.parse(queued.body)).toEqual({ ok: true, queued: 1 });
    // First run (no clinic yet): choosing the backup to bring in is allowed.
    expect(await invoke('files:pickFolder', { purpose: 'backup_to_restore', title: 'Backup' })).toEqual({
      ok: true,
      value: { path: '/media/usb/Lantern Backups' },
    });
    expect(await invoke('files:pickFolder', { purpose: 'backup_to_restore', title: 'Backup' })).toEqual({
      ok: true,
      value: { path: null },
    });
    for (const body of ['null', '[{"kind":"disk","path":"/x"}]', '{"kind":"folder"}'])
      expect((await send(port, '/__harness/picker', { method: 'POST', headers, body })).status).toBe(400);
  });
});
