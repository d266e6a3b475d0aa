import type { ChannelName, InputOf, OutputOf } from '../../src/shared/contracts';
import type { AppError } from '../../src/shared/result';
import type { LanternOptions } from '../../src/main/core/lantern';
import { createLantern } from '../../src/main/core/lantern';
import type { LanternCore } from '../../src/main/core/types';
import { TestPicker } from '../../src/main/harness/test-picker';
import { OWASP_MINIMUM_KDF } from '../../src/main/security/kdf';
import { tempDir } from './temp-dir';

export const ADMIN = {
  clinicName: 'Riverbend Community Services',
  fullName: 'Ada Admin',
  username: 'ada',
  password: 'lamp-harbor-velvet-42',
};

export interface TestLantern {
  core: LanternCore;
  dataDir: string;
  /** The file dialogs' answers (unless a test passed its own `pathPicker`). */
  picker: TestPicker;
  /** Calls a channel and returns its value, failing the test if the call was refused. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Calls a channel expecting a refusal, and returns the error. */
  refuse(channel: string, input: unknown): Promise<AppError>;
}

export function testLantern(options: Partial<Omit<LanternOptions, 'kdf' | 'logError'>> = {}): TestLantern {
  const dataDir = options.dataDir ?? tempDir();
  const exports = tempDir('lantern-exports-');
  // The "person" at the file dialogs: save dialogs answer a file in a temp folder, others cancel.
  const picker = new TestPicker({ saveRoot: exports, exportsFolder: exports });
  const core = createLantern({
    defaultBackupFolder: tempDir('lantern-backups-'),
    pathPicker: picker,
    ...options,
    dataDir,
    kdf: OWASP_MINIMUM_KDF,
    logError: (channel, error) => {
      throw new Error(`unexpected error in ${channel}: ${JSON.stringify(error)}`);
    },
  });
  return {
    core,
    dataDir,
    picker,
    async call(channel, input) {
      const result = await core.invoke(channel, input);
      if (!result.ok)
        throw new Error(
          `${channel} refused: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`,
        );
      return result.value as never;
    },
    async refuse(channel, input) {
      const result = await core.invoke(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to be refused but succeeded`);
      return result.error;
    },
  };
}

/** A clinic set up with its administrator signed in and the recovery key confirmed. */
export async function setUpClinic(options: Parameters<typeof testLantern>[0] = {}) {
  const lantern = testLantern(options);
  const { recoveryKey } = await lantern.call('setup:create', { ...ADMIN, passwordConfirm: ADMIN.password });
  await lantern.call('setup:confirmRecoveryKey', { confirmed: true });
  return { ...lantern, recoveryKey };
}
