import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  checkIpcSender,
  isLanternUrl,
  type IpcSenderFacts,
} from '../../../src/main/security/ipc-sender';

const DEV = 'http://localhost:5173';
const fromOurWindow = (frameUrl: string | undefined): IpcSenderFacts => ({
  frameUrl,
  fromOurWebContents: true,
  isMainFrame: true,
});

describe('isLanternUrl', () => {
  it.each([
    APP_ENTRY_URL,
    'app://lantern/',
    'app://lantern/clients/123?tab=notes#top',
    'app://LANTERN/index.html',
  ])('accepts our own page %s', (url) => expect(isLanternUrl(url)).toBe(true));

  it.each([
    'app://lantern.evil.example/index.html',
    'app://evil/index.html',
    'app://lantern:8080/index.html',
    'app://user:pass@lantern/index.html',
    'file:///C:/Program%20Files/Lantern/resources/app.asar/out/renderer/index.html',
    'https://lantern/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s when not in development', (url) => expect(isLanternUrl(url)).toBe(false));

  it('accepts the dev server only on its exact origin', () => {
    expect(isLanternUrl('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isLanternUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isLanternUrl('https://localhost:5173/', DEV)).toBe(false);
    expect(isLanternUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isLanternUrl('http://localhost.evil.example:5173/', DEV)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isLanternUrl('file:///tmp/index.html', 'file:///tmp/')).toBe(false);
    expect(isLanternUrl('http://localhost:5173/', 'garbage')).toBe(false);
  });
});

describe('checkIpcSender', () => {
  it('trusts the main frame of our window showing our page', () => {
    expect(checkIpcSender(fromOurWindow(APP_ENTRY_URL))).toEqual({ trusted: true });
    expect(checkIpcSender(fromOurWindow(`${DEV}/`), DEV)).toEqual({ trusted: true });
  });

  it('refuses a frame that is gone', () => {
    expect(checkIpcSender(fromOurWindow(undefined))).toMatchObject({
      trusted: false,
      reason: expect.stringMatching(/gone/),
    });
  });

  it('refuses another webContents even when it shows our URL', () => {
    const verdict = checkIpcSender({ frameUrl: APP_ENTRY_URL, fromOurWebContents: false, isMainFrame: true });
    expect(verdict).toMatchObject({ trusted: false, reason: expect.stringMatching(/another web page/) });
  });

  it('refuses a subframe of our window, even one on our origin', () => {
    const verdict = checkIpcSender({ frameUrl: APP_ENTRY_URL, fromOurWebContents: true, isMainFrame: false });
    expect(verdict).toMatchObject({ trusted: false, reason: expect.stringMatching(/subframe/) });
  });

  it('refuses our window after it was navigated somewhere else', () => {
    expect(checkIpcSender(fromOurWindow('https://example.org/'))).toMatchObject({ trusted: false });
    expect(checkIpcSender(fromOurWindow('file:///etc/passwd'))).toMatchObject({ trusted: false });
  });

  it('refuses the dev server origin in a packaged build (no dev server URL given)', () => {
    expect(checkIpcSender(fromOurWindow(`${DEV}/`))).toMatchObject({ trusted: false });
  });
});
