import { pngImage } from '../helpers/png';
import { expectEveryControlNamed } from './client-steps';
import { expect, test } from './fixtures';
import { enter, openAdministration, screenshot, setUpClinic } from './steps';

/** A small real PNG: a blue square. */
const bluePng = () => pngImage(32, 32, () => [31, 78, 121]);

test('an administrator sets the clinic letterhead: address, phone and a logo judged by its bytes', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpClinic(page);
  await openAdministration(page, 'Clinic letterhead');
  await expect(page.getByRole('heading', { name: 'Clinic letterhead' })).toBeVisible();
  await expect(page.getByText('No logo.')).toBeVisible();

  await enter(page.getByLabel('Address'), '200 River Street\nRiverbend, OR 97000');
  await enter(page.getByLabel('Phone'), 'call me');

  // A text file named like an image is turned away before anything is sent.
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a logo image' }).click();
  await (
    await chooser
  ).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
  await expect(
    page.getByRole('alert').filter({ hasText: 'That file is not a PNG or JPEG image.' }),
  ).toBeVisible();

  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a logo image' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: bluePng() });
  await expect(page.getByRole('img', { name: 'The logo as documents will show it' })).toBeVisible();

  // The phone is refused at its field; fixed, the letterhead is saved.
  await page.getByRole('button', { name: 'Save letterhead' }).click();
  await expect(page.getByText('Enter a phone number', { exact: false })).toBeVisible();
  await screenshot(page, 'letterhead-00-refused-en');
  await enter(page.getByLabel('Phone'), '(555) 400-1000');
  await page.getByRole('button', { name: 'Save letterhead' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Letterhead saved.' })).toBeVisible();
  await expect(page.getByText(/Last changed .* by Alex Rivera\./)).toBeVisible();
  await expectEveryControlNamed(page, 'letterhead');
  await screenshot(page, 'letterhead-01-saved-en');

  // The logo can be taken off again.
  await page.getByRole('button', { name: 'Remove the logo' }).click();
  await expect(page.getByText('No logo.')).toBeVisible();
});
