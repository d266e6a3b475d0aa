import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

const require = createRequire(import.meta.url);
const afterPack = require('../../../scripts/after-pack.cjs') as {
  default: (context: unknown) => Promise<void>;
};
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses') as typeof import('@electron/fuses');
const { FuseState, SENTINEL } = require('@electron/fuses/dist/constants') as {
  FuseState: { ENABLE: number; DISABLE: number };
  SENTINEL: string;
};

const ENABLE = '1'.charCodeAt(0);
const DISABLE = '0'.charCodeAt(0);

/**
 * A stand-in for a packaged Lantern.exe: only the fuse wire matters to the hook. Every fuse
 * starts in the state Electron ships with, which is the opposite of what Lantern wants for most.
 */
function fakeWindowsApp(): string {
  const appOutDir = join(tempDir(), 'win-unpacked');
  mkdirSync(appOutDir);
  const shipped = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
  const wire = Buffer.from([1, shipped.length, ...shipped]);
  writeFileSync(
    join(appOutDir, 'Lantern.exe'),
    Buffer.concat([Buffer.from('MZ…'), Buffer.from(SENTINEL), wire, Buffer.from('…')]),
  );
  return appOutDir;
}

describe('scripts/after-pack.cjs', () => {
  it('flips the fuses of the packaged Windows executable to Lantern’s settings', async () => {
    const appOutDir = fakeWindowsApp();
    await afterPack.default({
      appOutDir,
      electronPlatformName: 'win32',
      packager: { appInfo: { productFilename: 'Lantern' }, executableName: 'lantern' },
    });

    const wire = (await getCurrentFuseWire(join(appOutDir, 'Lantern.exe'))) as unknown as Record<
      number,
      number
    >;
    expect(FuseState.ENABLE).toBe(ENABLE);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });

  it('fails the packaging when the executable is not where electron-builder said', async () => {
    const appOutDir = fakeWindowsApp();
    const context = {
      appOutDir,
      electronPlatformName: 'win32',
      packager: { appInfo: { productFilename: 'Renamed' }, executableName: 'renamed' },
    };
    await expect(afterPack.default(context)).rejects.toThrow();
  });
});
