import { deflateSync } from 'node:zlib';
import { expectEveryControlNamed } from './client-steps';
import { expect, test } from './fixtures';
import { enter, openAdministration, screenshot, setUpClinic } from './steps';

/** A small real PNG (a blue square), made here byte by byte. */
function bluePng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const size = 32;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.from([0, ...Array.from({ length: size }, () => [31, 78, 121]).flat()]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

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
