import { describe, expect, it } from 'vitest';
import { ELECTRON_APP_ORIGIN, isForeign, originOf } from '../../e2e/request-log';

describe('the e2e request log: which requests leave Lantern', () => {
  const allowed = new Set([originOf('http://127.0.0.1:43117/?token=abc'), ELECTRON_APP_ORIGIN]);

  it.each([
    'http://127.0.0.1:43117/assets/index.js',
    'http://127.0.0.1:43117/api/invoke',
    'app://lantern/index.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:http://127.0.0.1:43117/4c1f2b7e-0000-4000-8000-000000000000',
    'about:blank',
  ])('%s stays home', (url) => {
    expect(isForeign(url, allowed)).toBe(false);
  });

  it.each([
    'http://127.0.0.1:43118/', // another port is another origin
    'http://localhost:43117/', // the same server under another name
    'https://127.0.0.1:43117/',
    'https://fonts.example.invalid/font.woff2',
    'ws://127.0.0.1:9/',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('%s is foreign', (url) => {
    expect(isForeign(url, allowed)).toBe(true);
  });
});
