import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  ADMIN,
  CASE_MANAGER,
  addStaffMember,
  answerFileDialogs,
  enter,
  openAdministration,
  screenshot,
  setUpClinic,
  signIn,
  signOut,
} from './steps';

/**
 * Backups from the administrator's side: Back up now with its progress, restoring an earlier
 * backup (with that backup's own password), undoing the restore, and the plain messages for a
 * wrong password, a wrong recovery key, a folder that is not a backup and a missing drive.
 */

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const ROSA = { legalFirstName: 'Rosa', legalLastName: 'Marquez', birthDate: '1979-04-12' };

/** Every control a person can reach must have a name; the backups screens add these roles. */
const NAMED_ROLES = [
  'button',
  'link',
  'textbox',
  'checkbox',
  'switch',
  'radio',
  'radiogroup',
  'spinbutton',
  'progressbar',
  'tab',
  'tabpanel',
  'tablist',
  'dialog',
  'alertdialog',
  'navigation',
  'table',
  'grid',
  'row',
  'columnheader',
  'group',
] as const;

async function expectEveryControlNamed(scope: Page | Locator, what: string): Promise<void> {
  let checked = 0;
  for (const role of NAMED_ROLES) {
    for (const element of await scope.getByRole(role).all()) {
      await expect(element, `every ${role} on "${what}" has an accessible name`).toHaveAccessibleName(/\S/);
      checked += 1;
    }
  }
  expect(checked, `"${what}" has controls to check`).toBeGreaterThan(0);
}

/**
 * A picture of the screen with a dialog open. A modal is fixed to the window, so a full-page
 * picture would cut a tall one: the window is made tall enough for it, then put back.
 */
async function screenshotDialog(dialog: Locator, name: string): Promise<void> {
  const page = dialog.page();
  const before = page.viewportSize() ?? { width: 1280, height: 860 };
  const height = await dialog.evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: before.width, height: Math.max(before.height, height + 120) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.setViewportSize(before);
}

/** Calls main as the signed-in person, the way the renderer does (for setting up and checking). */
async function invoke(page: Page, channel: string, input: unknown): Promise<unknown> {
  const result = await page.evaluate(([name, body]) => window.lantern!.invoke(name as string, body), [
    channel,
    input,
  ] as const);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function clientsNamed(page: Page, query: string): Promise<string[]> {
  const rows = (await invoke(page, 'caseload:search', { query, limit: 10 })) as { legalName: string }[];
  return rows.map((row) => row.legalName);
}

/** The case manager's first sign-in: the temporary password is replaced before anything else. */
async function signInCaseManagerFirstTime(page: Page): Promise<void> {
  await signIn(page, CASE_MANAGER.username, CASE_MANAGER.temporaryPassword);
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await enter(page.getByLabel('Temporary password'), CASE_MANAGER.temporaryPassword);
  await enter(page.getByLabel('New password', { exact: true }), CASE_MANAGER.password);
  await enter(page.getByLabel('Type the new password again'), CASE_MANAGER.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
}

async function signInAdmin(page: Page): Promise<void> {
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
}

/** Records the `backup:progress` stages main sends while the page is open. */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { backupStages: string[] }).backupStages = seen;
    window.lantern!.subscribe('backup:progress', (event) => seen.push(event.stage));
  });
  return () => page.evaluate(() => (window as unknown as { backupStages: string[] }).backupStages);
}

test('a backup is made, restored with that backup’s password, and the restore undone', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpClinic(page);
  await openAdministration(page, 'Staff accounts');
  await addStaffMember(page);

  // 1. Back up now: the bar follows main's stages, then the verified backup is named.
  await page.getByRole('tab', { name: 'Backups' }).click();
  await expect(page.getByText('No verified backup yet.')).toBeVisible();
  await expect(page.getByLabel('Backup folder', { exact: true })).toHaveValue(
    join(lantern.dataDir, 'backups'),
  );
  const stages = await recordProgress(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved and verified:' })).toContainText(
    /Backup saved and verified: Lantern-Riverside-Community-Clinic-\S+-manual/,
  );
  const bar = page.getByRole('progressbar', { name: 'Backup finished' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect.poll(stages).toEqual(['snapshot', 'verify', 'finish', 'done']);
  await expect(page.getByText(/^Last verified backup: .+ \(less than an hour ago\)$/)).toBeVisible();
  const backups = page.getByRole('grid', { name: 'Backups' });
  await expect(backups.getByRole('row')).toHaveCount(2); // header + one backup
  await expect(backups.getByRole('row').nth(1)).toContainText('Manual (Back up now)');
  await expectEveryControlNamed(page, 'backups tab');
  await screenshot(page, 'backup-01-tab');
  // At 200% zoom (640 CSS pixels) the tab reflows without sideways scrolling.
  await page.setViewportSize({ width: 640, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'backup-01-tab-zoom-200');
  await page.setViewportSize({ width: 1280, height: 860 });

  // 2. After the backup, the case manager adds Rosa.
  await signOut(page);
  await signInCaseManagerFirstTime(page);
  await invoke(page, 'clients:create', { client: ROSA, duplicatesReviewed: true });
  expect(await clientsNamed(page, 'Marquez')).toHaveLength(1);
  await signOut(page);

  // 3. The administrator restores the earlier backup.
  await signInAdmin(page);
  expect(await clientsNamed(page, 'Marquez')).toHaveLength(1);
  await openAdministration(page, 'Backups');
  await page.getByRole('button', { name: /^Restore the backup made / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await expect(dialog.getByText(ADMIN.clinicName)).toBeVisible();
  await expect(dialog.locator('dt', { hasText: /^Clients$/ }).locator('+ dd')).toHaveText('0');
  await expect(dialog.locator('dt', { hasText: /^Staff accounts$/ }).locator('+ dd')).toHaveText('2');
  await expect(dialog).toContainText(
    'Everyone will be signed out. The current data is kept aside and this restore can be undone.',
  );
  await expectEveryControlNamed(dialog, 'restore dialog');
  await screenshotDialog(dialog, 'backup-02-restore-dialog');

  // A wrong password: the problem is shown at the password, and nothing typed is lost.
  await expect(dialog.getByRole('textbox', { name: 'Administrator username' })).toHaveValue(ADMIN.username);
  await enter(dialog.getByLabel('Password', { exact: true }), 'not the password at all');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const password = dialog.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/These do not open this backup\./)).toBeVisible();
  await expect(password).toHaveValue('not the password at all');
  await expect(dialog.getByRole('textbox', { name: 'Administrator username' })).toHaveValue(ADMIN.username);
  await screenshotDialog(dialog, 'backup-03-wrong-password');

  await enter(password, ADMIN.password);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Lantern' })).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'backup-04-signed-out-after-restore');

  // 4. The restored clinic: Rosa was added after the backup, so she is not in it.
  await signInAdmin(page);
  expect(await clientsNamed(page, 'Marquez')).toEqual([]);

  // 5. Undo restore: confirmed, everyone signed out, and Rosa is back.
  await openAdministration(page, 'Backups');
  const notice = page.getByRole('heading', { name: /^Restored from Lantern-.+-manual on / });
  await expect(notice).toBeVisible();
  await screenshot(page, 'backup-05-undo-notice');
  await page.getByRole('button', { name: 'Undo restore' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Undo the restore?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectEveryControlNamed(confirm, 'undo confirmation');
  await screenshotDialog(confirm, 'backup-06-undo-confirm');
  await confirm.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Lantern' })).toBeVisible({ timeout: 30_000 });
  await signInAdmin(page);
  expect(await clientsNamed(page, 'Marquez')).toEqual(['Marquez, Rosa']);
  await openAdministration(page, 'Backups');
  await expect(page.getByRole('heading', { name: 'Backup status' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo restore' })).toHaveCount(0);
  // Signing out waits for any automatic backup still running and means no backup at quit: the
  // harness is stopped while the fixture deletes the data folder, and a backup being written
  // into it then would make that fail.
  await signOut(page);
});

test('Today warns gently; bad settings, a missing drive, a folder that is not a backup and a wrong recovery key are explained', async ({
  lantern,
}) => {
  const { page, dataDir } = lantern;
  const recoveryKey = await setUpClinic(page);

  // Today: no verified backup yet, said calmly, with the way to Backups and Back up now.
  const warning = page.getByRole('region', { name: 'Backups' });
  await expect(
    warning.getByRole('status').filter({ hasText: 'There is no verified backup of this clinic yet.' }),
  ).toBeVisible();
  await expectEveryControlNamed(warning, 'today warning');
  await screenshot(page, 'backup-07-today-warning');
  await warning.getByRole('button', { name: 'Back up now' }).click();
  await expect(warning.getByText(/^Backup saved and verified: /)).toBeVisible();
  await expect(warning.getByRole('status').filter({ hasText: 'no verified backup' })).toHaveCount(0);
  await warning.getByRole('link', { name: 'Open the Backups tab' }).click();
  await expect(page.getByRole('tab', { name: 'Backups' })).toHaveAttribute('aria-selected', 'true');

  // Settings: checked against the contract's limits before anything is sent.
  const keepDaily = page.getByLabel('Daily backups to keep');
  await enter(keepDaily, '90');
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByText('Choose a number in the range shown below the box.')).toBeVisible();
  await expect(keepDaily).toHaveAttribute('aria-invalid', 'true');
  await enter(keepDaily, '10');
  // A USB drive that is not plugged in: its folder's parent does not exist.
  const unplugged = join(dataDir, 'E-drive', 'Lantern Backups');
  await enter(page.getByLabel('Backup folder', { exact: true }), unplugged);
  const automatic = page.getByRole('switch', { name: 'Back up automatically' });
  await expect(automatic).toBeChecked();
  await automatic.focus();
  await page.keyboard.press('Space');
  await expect(automatic).not.toBeChecked();
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved.' })).toBeVisible();
  await expect(page.getByText(/^The backup folder is not available\. If it is on a USB drive/)).toBeVisible();
  await expect(page.getByText('Automatic backups are off: only “Back up now” makes a backup.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert')).toContainText('The backup did not finish.');
  await expect(page.getByRole('alert')).toContainText(unplugged);
  await expect(
    page.getByText('The backups cannot be listed while the backup folder is not available.'),
  ).toBeVisible();
  await screenshot(page, 'backup-08-drive-missing');
  // Coming back later, the failed attempt is part of the status.
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Backups' }).click();
  await expect(
    page.getByText(
      /^The last backup attempt, on .+, did not succeed: The backup folder .+ is not available\./,
    ),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Backups' })
      .getByRole('status')
      .filter({ hasText: 'The backup folder is not available (is the USB drive plugged in?).' }),
  ).toBeVisible();
  await screenshot(page, 'backup-09-today-drive-missing');

  // Restore from another folder: empty, then a folder that is not a backup.
  await openAdministration(page, 'Backups');
  const other = page.getByLabel('Backup folder to restore from');
  await page.getByRole('button', { name: 'Restore from another folder…' }).click();
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await enter(other, dataDir);
  await page.getByRole('button', { name: 'Restore from another folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Lantern cannot restore from this folder. This is not a Lantern backup. Choose a backup folder (it holds backup.json) or a .lanternclinic file.',
  );
  await screenshotDialog(dialog, 'backup-10-not-a-backup');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(other).toHaveValue(dataDir);

  // The backup made from Today, by its path, opened with the recovery key: a wrong key first.
  const saved = join(dataDir, 'backups');
  const folder = readdirSync(saved).find((entry) => entry.endsWith('-manual'));
  expect(folder).toBeTruthy();
  // Chosen with Browse… (the system's folder dialog, answered by the harness), not typed.
  await answerFileDialogs(page, [{ kind: 'folder', path: join(saved, folder as string) }]);
  await page.getByRole('button', { name: 'Browse for the backup folder to restore' }).click();
  await expect(other).toHaveValue(join(saved, folder as string));
  await page.getByRole('button', { name: 'Restore from another folder…' }).click();
  await expect(dialog.locator('dt', { hasText: /^Clients$/ }).locator('+ dd')).toHaveText('0');
  // The way to open the backup is chosen with the arrow keys, like any radio group.
  await dialog.getByRole('radio', { name: 'An administrator’s username and password' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'The recovery key' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const keyField = dialog.getByLabel('Recovery key', { exact: true });
  await expect(dialog.getByText('This is required.')).toBeVisible();
  await enter(keyField, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ-KKKK-MMMM-NNNN-PPPP');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(keyField).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/These do not open this backup\./)).toBeVisible();
  await expectEveryControlNamed(dialog, 'restore dialog, recovery key');
  await screenshotDialog(dialog, 'backup-11-wrong-recovery-key');
  await enter(keyField, recoveryKey);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Lantern' })).toBeVisible({ timeout: 30_000 });

  // The restored clinic has the backup's settings again (the folder in the data folder).
  await signInAdmin(page);
  await openAdministration(page, 'Backups');
  await expect(page.getByLabel('Backup folder', { exact: true })).toHaveValue(saved);
  await expect(page.getByRole('heading', { name: /^Restored from .+-manual on / })).toBeVisible();
  // Signing out waits for any automatic backup still running and means no backup at quit: the
  // harness is stopped while the fixture deletes the data folder, and a backup being written
  // into it then would make that fail.
  await signOut(page);
});
