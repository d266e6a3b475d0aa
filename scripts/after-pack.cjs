// electron-builder `afterPack` hook: flips Electron's fuses in the packaged executable.
//
// Fuses are bits compiled into the Electron binary. Flipping them at pack time, before code
// signing, removes whole classes of attack from the installed app: nobody on the workstation can
// start Lantern's executable as a plain Node.js (with full file access to the clinic folder),
// inject code through NODE_OPTIONS or --inspect, or swap the app code beside the archive.
// CommonJS (.cjs) because package.json declares "type": "module" and electron-builder requires it.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file loads modules with require */
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Where the file holding the fuse wire lives for each platform electron-builder packs. */
function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

const LANTERN_FUSES = {
  version: FuseVersion.V1,
  // Without this, ELECTRON_RUN_AS_NODE=1 turns Lantern.exe into a general-purpose Node runtime.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar header hash is checked at startup (electron-builder embeds the hash), and
  // code is loaded only from that archive, so a modified copy of the app does not run.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // Lantern serves its pages from app://, never file://; file pages need no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

exports.LANTERN_FUSES = LANTERN_FUSES;
exports.packagedExecutable = packagedExecutable;

exports.default = async function afterPack(context) {
  const executable = packagedExecutable(context);
  await flipFuses(executable, {
    ...LANTERN_FUSES,
    // Editing the binary breaks the ad-hoc signature macOS requires; re-sign ad hoc there.
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas',
  });
  console.log(`  • Electron fuses flipped in ${path.basename(executable)}`);
};
