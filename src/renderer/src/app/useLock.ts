import { useEffect } from 'react';
import { call } from '../lib/client';

/**
 * Input from the person, and nothing else: no focus, visibility, timers or pointer movement
 * (a window under a resting mouse is not in use), so Lantern locks when nobody is there.
 */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Whether an event is a person's input: the browser marks events made by scripts (including
 * `dispatchEvent` and `element.click()`) as untrusted, and a held-down or stuck key repeats.
 */
export function isPersonInput(event: Event): boolean {
  if (!event.isTrusted) return false;
  return !(event instanceof KeyboardEvent && event.repeat);
}

/** macOS uses Cmd where other systems use Ctrl. */
export const isMac = (): boolean => /mac/i.test(navigator.platform);

export const lockShortcutLabel = (): string => (isMac() ? '⌘L' : 'Ctrl+L');

/** Ctrl+L (Cmd+L on macOS) locks Lantern from anywhere in the signed-in screens. */
export function useLockShortcut(lock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac() ? event.metaKey : event.ctrlKey;
      if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      event.stopPropagation();
      lock();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [lock]);
}

/** How often activity may be reported: at most once per min(30 s, idle limit / 4). */
export function activityIntervalMs(idleLockSeconds: number | null): number {
  const idle = idleLockSeconds && idleLockSeconds > 0 ? idleLockSeconds : 600;
  return Math.min(30, idle / 4) * 1000;
}

/**
 * Tells main the person is still at the keyboard (`auth:activity`). Main owns the idle timer;
 * this only reports a person's keydown, pointerdown and wheel (`isPersonInput`), throttled, with
 * one trailing report so the last activity in a burst is never lost.
 */
export function useActivityReporter(idleLockSeconds: number | null): void {
  useEffect(() => {
    let interval = activityIntervalMs(idleLockSeconds);
    let lastSent = 0;
    let trailing: number | undefined;

    const send = () => {
      lastSent = Date.now();
      call('auth:activity', {}).then(
        (answer) => {
          interval = activityIntervalMs(answer.idleLockSeconds);
        },
        () => {
          // Locked meanwhile: the session:locked event takes care of the screen.
        },
      );
    };

    const onActivity = (event: Event) => {
      if (!isPersonInput(event)) return;
      const since = Date.now() - lastSent;
      if (since >= interval) {
        if (trailing !== undefined) window.clearTimeout(trailing);
        trailing = undefined;
        send();
      } else if (trailing === undefined) {
        trailing = window.setTimeout(() => {
          trailing = undefined;
          send();
        }, interval - since);
      }
    };

    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      if (trailing !== undefined) window.clearTimeout(trailing);
    };
  }, [idleLockSeconds]);
}
