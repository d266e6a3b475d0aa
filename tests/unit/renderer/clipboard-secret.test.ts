import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearIfStillHeld,
  copySecret,
  type SecretClipboard,
} from '../../../src/renderer/src/lib/clipboardSecret';

/** A clipboard that holds text, as the system's does; `unreadable` makes readText fail. */
function memoryClipboard(unreadable = false): SecretClipboard & { text: string } {
  return {
    text: 'before',
    async writeText(text) {
      this.text = text;
    },
    async readText() {
      if (unreadable) throw new Error('NotAllowedError');
      return this.text;
    },
  };
}

describe('a copied recovery key', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is on the clipboard, then cleared after the delay', async () => {
    const clipboard = memoryClipboard();
    await copySecret(clipboard, 'KEY-1234', 1000);
    expect(clipboard.text).toBe('KEY-1234');
    await vi.advanceTimersByTimeAsync(999);
    expect(clipboard.text).toBe('KEY-1234');
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
  });

  it('is not cleared over something the person copied since', async () => {
    const clipboard = memoryClipboard();
    await copySecret(clipboard, 'KEY-1234', 1000);
    clipboard.text = 'an address the person copied';
    await vi.advanceTimersByTimeAsync(1000);
    expect(clipboard.text).toBe('an address the person copied');
  });

  it('is not cleared when the clearing was cancelled', async () => {
    const clipboard = memoryClipboard();
    const cancel = await copySecret(clipboard, 'KEY-1234', 1000);
    cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(clipboard.text).toBe('KEY-1234');
  });

  it('leaves an unreadable clipboard alone', async () => {
    const clipboard = memoryClipboard(true);
    clipboard.text = 'KEY-1234';
    expect(await clearIfStillHeld(clipboard, 'KEY-1234')).toBe(false);
    expect(clipboard.text).toBe('KEY-1234');
  });
});
