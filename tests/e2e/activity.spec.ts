import type { Page } from '@playwright/test';
import { TARGET, expect, test } from './fixtures';
import { setUpClinic } from './steps';

/**
 * Idle means no input from a person. Events a script makes (or a key that repeats because it is
 * held down or stuck) must not keep Lantern open; real keys, presses and the wheel do.
 */
test.describe('activity that keeps Lantern open', () => {
  test.skip(TARGET === 'electron', 'The harness runs with a short idle limit; the app has none.');
  test.use({ idleLockSeconds: 4 });

  const locked = (page: Page) => page.getByRole('heading', { name: 'Lantern is locked' });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  test('script-made events and a held-down key do not; real input does', async ({ lantern }) => {
    const { page } = lantern;
    await setUpClinic(page);

    // Real input for longer than the idle limit: still open.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift');
      await page.mouse.wheel(0, 10);
      await pause(1_000);
    }
    await expect(locked(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

    // Then only events made by a script, and a key held down (auto-repeat): Lantern locks.
    await page.keyboard.press('Shift');
    await page.keyboard.down('Shift');
    const until = Date.now() + 9_000;
    while ((await locked(page).count()) === 0 && Date.now() < until) {
      await page.evaluate(() => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 10 }));
        window.dispatchEvent(new FocusEvent('focus'));
      });
      await page.keyboard.down('Shift'); // a repeat: `event.repeat` is true
      await pause(300);
    }
    await page.keyboard.up('Shift');
    // Locked while the events were still coming (checked now, not after waiting for it).
    expect(await locked(page).count()).toBe(1);
  });
});
