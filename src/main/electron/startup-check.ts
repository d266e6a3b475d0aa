/**
 * Startup checks and the plain-language explanations shown when Lantern cannot start.
 * No Electron import: index.ts shows the text in a dialog; unit tests check the wording and
 * that a broken database engine is noticed at startup.
 */

/**
 * Loads the native database engine once, on an in-memory database. The clinic database is only
 * opened at sign-in, so without this a native module built for the wrong runtime (Node instead
 * of Electron) would first show itself as a confusing sign-in failure.
 */
export async function probeDatabaseEngine(nativeBinding: string | undefined): Promise<void> {
  // Imported here, not at the top, so even a missing package becomes an explained failure.
  const { default: Database } = await import('better-sqlite3-multiple-ciphers');
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  db.close();
}

export interface StartupProblem {
  title: string;
  message: string;
}

const NATIVE_MODULE_MISMATCH = [
  /NODE_MODULE_VERSION/,
  /compiled against a different Node\.js version/i,
  /Could not locate the bindings file/i,
  /Module did not self-register/i,
  /invalid ELF header/i,
  /is not a valid Win32 application/i,
  /wrong ELF class|incompatible architecture|mach-o/i,
];

/** File-system failures; at startup only the data folder is read and written. */
const DATA_FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'ENOSPC']);

export function explainStartupFailure(error: unknown, dataDir: string): StartupProblem {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const text = error instanceof Error ? error.message : String(error);
  const title = 'Lantern cannot start';

  if (code === 'ERR_DLOPEN_FAILED' || NATIVE_MODULE_MISMATCH.some((pattern) => pattern.test(text))) {
    return {
      title,
      message: [
        'Lantern’s database component was built for a different program than this copy of ' +
          'Lantern, so the clinic’s records cannot be opened. Nothing has been changed.',
        'If you installed Lantern: run the latest Lantern installer again.',
        'If you are a developer: start Lantern with “npm start”. It builds the component for ' +
          'Electron in .electron-native/ and leaves the copy in node_modules (built for Node, ' +
          'used by the tests) alone.',
      ].join('\n\n'),
    };
  }

  if (typeof code === 'string' && DATA_FOLDER_CODES.has(code)) {
    return {
      title,
      message: [
        `Lantern cannot read and write its data folder:\n${dataDir}`,
        code === 'ENOSPC'
          ? 'The disk is full. Free some space, then open Lantern again.'
          : 'The folder may be on a drive that is not connected, or this Windows account may not ' +
            'have permission to use it. Ask whoever installed Lantern to run the installer again ' +
            '(it gives every account on this computer access to the folder).',
        'Nothing has been changed.',
      ].join('\n\n'),
    };
  }

  return {
    title,
    message: [
      'Lantern could not start because of an unexpected problem. Nothing has been changed.',
      `Details for whoever supports Lantern: ${firstLine(text)}`,
      'Restarting the computer may help. If this keeps happening, contact whoever supports Lantern.',
    ].join('\n\n'),
  };
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line || 'no details';
}
