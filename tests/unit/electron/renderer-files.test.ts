import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveRendererFile } from '../../../src/main/electron/renderer-files';

const root = resolve('/opt/lantern/out/renderer');
const served = (url: string) => resolveRendererFile(root, url);

describe('resolveRendererFile', () => {
  it('serves index.html for the root and for client-side routes', () => {
    expect(served('app://lantern/')).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(served('app://lantern/index.html')).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(served('app://lantern/clients/0190-abc/notes?tab=2#x')).toEqual({
      ok: true,
      filePath: join(root, 'index.html'),
    });
  });

  it('serves built assets from inside the renderer folder', () => {
    expect(served('app://lantern/assets/index-3f2a.js')).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-3f2a.js'),
    });
    expect(served('app://lantern/assets/Noto%20Sans.woff2')).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'Noto Sans.woff2'),
    });
  });

  it('refuses other hosts and schemes', () => {
    expect(served('app://evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(served('file:///etc/passwd')).toEqual({ ok: false, status: 404 });
    expect(served('not a url')).toEqual({ ok: false, status: 400 });
  });

  it('never leaves the renderer folder, however the path is disguised', () => {
    const attempts = [
      'app://lantern/../../../etc/passwd.txt',
      'app://lantern/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://lantern/assets%2f..%2f..%2f..%2fetc%2fpasswd.txt',
      'app://lantern/%2fetc%2fpasswd.txt',
      'app://lantern/assets/..%2f..%2fmain%2findex.js',
    ];
    for (const url of attempts) {
      const result = served(url);
      if (result.ok) expect(result.filePath.startsWith(root + '/'), url).toBe(true);
      else expect(result.status, url).toBe(404);
    }
    // The percent-encoded slashes really would escape if the check were missing.
    expect(served('app://lantern/assets%2f..%2f..%2f..%2fetc%2fpasswd.txt')).toEqual({
      ok: false,
      status: 404,
    });
  });

  it('refuses backslashes, NUL bytes and malformed escapes outright', () => {
    expect(served('app://lantern/..%5c..%5csecret.txt')).toEqual({ ok: false, status: 400 });
    expect(served('app://lantern/index.html%00.png')).toEqual({ ok: false, status: 400 });
    expect(served('app://lantern/assets/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it('names the types the renderer build produces', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('assets/index-3f2a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('assets/index-3f2a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('assets/logo.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('assets/font.woff2')).toBe('font/woff2');
  });

  it('serves unknown types as opaque bytes', () => {
    expect(mimeTypeFor('assets/blob.xyz')).toBe('application/octet-stream');
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream');
  });
});
