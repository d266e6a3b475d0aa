import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../helpers/clinic';
import { ADMIN } from '../helpers/lantern';

describe('the recovery-key gate', () => {
  it('only an administrator can clear it; other roles are refused and the gate stays', async () => {
    const lantern = await clinicWithStaff();
    // A new recovery key puts the gate back up until the administrator confirms it.
    await lantern.call('setup:regenerateRecoveryKey', {});

    for (const username of ['fran', 'cam', 'sage']) {
      await lantern.as(username);
      const error = await lantern.refuse('setup:confirmRecoveryKey', { confirmed: true });
      expect(error.code, username).toBe('forbidden');
    }

    const session = await lantern.as(ADMIN.username);
    expect(session.recoveryKeyUnconfirmed).toBe(true);
    expect((await lantern.refuse('accounts:list', {})).details).toEqual({ gate: 'recovery_key' });
    const confirmed = await lantern.call('setup:confirmRecoveryKey', { confirmed: true });
    expect(confirmed.recoveryKeyUnconfirmed).toBe(false);
  });
});
