import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findNetworkUse } from '../../helpers/network-scan';

/**
 * Lantern is offline by design: the main process never opens a connection. Only the test
 * harness (src/main/harness/, a loopback HTTP binding for tests and development) may import a
 * networking module. This reads every source file of src/main and fails on anything else.
 * tests/integration/offline-core.test.ts checks the same at run time.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const mainDir = join(root, 'src', 'main');
const harnessDir = join(mainDir, 'harness');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === harnessDir ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('the main process makes no network call', () => {
  it('no file in src/main outside harness/ imports a networking module or uses fetch/WebSocket', () => {
    const files = sourceFiles(mainDir);
    expect(files.length).toBeGreaterThan(50); // the walk really found the sources
    expect(files.some((file) => file.startsWith(harnessDir + sep))).toBe(false);
    const findings = files.flatMap((file) =>
      findNetworkUse(file, readFileSync(file, 'utf8')).map(
        (finding) => `${relative(root, file)}:${finding.line} ${finding.what}`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('the scan sees the harness itself, so it would see a networking import elsewhere', () => {
    const server = join(harnessDir, 'server.ts');
    expect(findNetworkUse(server, readFileSync(server, 'utf8')).map((f) => f.what)).toContain(
      "imports 'node:http'",
    );
  });
});

describe('the network scan (planted violations)', () => {
  const planted: [string, string][] = [
    ["import { connect } from 'node:net';", "imports 'node:net'"],
    ["import net from 'net';", "imports 'net'"],
    ["import * as https from 'node:https';", "imports 'node:https'"],
    ["import { request } from 'http';", "imports 'http'"],
    ["import http2 from 'node:http2';", "imports 'node:http2'"],
    ["import dgram from 'node:dgram';", "imports 'node:dgram'"],
    ["import tls from 'node:tls';", "imports 'node:tls'"],
    ["import { lookup } from 'node:dns/promises';", "imports 'node:dns/promises'"],
    ["import { fetch } from 'undici';", "imports 'undici'"],
    ["export { request } from 'node:https';", "imports 'node:https'"],
    ["import type { Agent } from 'node:https';", "imports 'node:https'"],
    ["const h = await import('node:https');", "loads 'node:https'"],
    ["const h = require('http');", "loads 'http'"],
    ["const name = 'ht' + 'tp'; await import(name);", 'loads a module whose name is computed at run time'],
    ["import { app, net } from 'electron';", "imports Electron's 'net'"],
    ["import { net as n } from 'electron';", "imports Electron's 'net'"],
    ["await fetch('https://example.invalid/');", "uses the global 'fetch'"],
    ["const f = fetch; f('x');", "uses the global 'fetch'"],
    ["new WebSocket('ws://example.invalid');", "uses the global 'WebSocket'"],
    ["await globalThis.fetch('x');", "uses 'globalThis.fetch'"],
    ["await globalThis['fetch']('x');", "uses 'globalThis.fetch'"],
    ['new XMLHttpRequest();', "uses the global 'XMLHttpRequest'"],
  ];
  it.each(planted)('finds %s', (source, what) => {
    expect(findNetworkUse('planted.ts', source).map((f) => f.what)).toContain(what);
  });

  it('does not flag words in comments or strings, or properties that merely share the name', () => {
    const innocent = [
      "// fetch the row; no http here, see 'node:net' docs",
      "const message = 'fetch failed: https://example.invalid';",
      'const options = { fetch: true }; options.fetch = false;',
      'interface Query { fetch(): void; WebSocket: number }',
      'const { fetch: fetchRows } = { fetch: () => [] };',
      "import { app, BrowserWindow } from 'electron';",
      "import { createHash } from 'node:crypto';",
      "const lantern = await import('./core/lantern');",
    ];
    for (const source of innocent) expect(findNetworkUse('innocent.ts', source), source).toEqual([]);
  });
});
