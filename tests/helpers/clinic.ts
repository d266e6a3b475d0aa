import type { ClientFormInput } from '../../src/shared/contracts/clients';
import type { AssessedRiskLevel } from '../../src/shared/domain/risk';
import type { Role } from '../../src/shared/domain/roles';
import { ADMIN, setUpClinic } from './lantern';

export const STAFF: Record<string, { fullName: string; role: Role; password: string }> = {
  sage: { fullName: 'Sage Supervisor', role: 'supervisor', password: 'meadow-final-pass-0001' },
  cam: { fullName: 'Cam Manager', role: 'case_manager', password: 'harbor-final-pass-0002' },
  dee: { fullName: 'Dee Manager', role: 'case_manager', password: 'willow-final-pass-0003' },
  fran: { fullName: 'Fran Desk', role: 'front_desk', password: 'canyon-final-pass-0004' },
  remy: { fullName: 'Remy Reports', role: 'reporting', password: 'summit-final-pass-0005' },
};

/**
 * A clinic with one person per role, each with their own chosen password, and the
 * administrator signed in. `as(username)` switches the signed-in person.
 */
export async function clinicWithStaff(options: Parameters<typeof setUpClinic>[0] = {}) {
  const lantern = await setUpClinic(options);
  const ids: Record<string, string> = {};
  for (const [username, person] of Object.entries(STAFF)) {
    const temporary = `temporary-${person.role}-pass-99`;
    const account = await lantern.call('accounts:create', {
      fullName: person.fullName,
      username,
      role: person.role,
      password: temporary,
      passwordConfirm: temporary,
    });
    ids[username] = account.id;
    await lantern.call('auth:signOut', {});
    await lantern.call('auth:signIn', { username, password: temporary });
    await lantern.call('auth:changePassword', {
      currentPassword: temporary,
      password: person.password,
      passwordConfirm: person.password,
    });
    await lantern.call('auth:signOut', {});
    await lantern.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
  }
  const as = async (username: string) => {
    if ((await lantern.call('app:status', {})).state === 'unlocked') await lantern.call('auth:signOut', {});
    const password = username === ADMIN.username ? ADMIN.password : (STAFF[username]?.password as string);
    return lantern.call('auth:signIn', { username, password });
  };
  return { ...lantern, ids, as };
}

export const client = (overrides: Partial<ClientFormInput> = {}): ClientFormInput => ({
  legalFirstName: 'Jonathan',
  legalLastName: 'Smith',
  preferredName: 'Jon',
  pronouns: 'he/him',
  birthDate: '1980-03-07',
  phones: [{ kind: 'mobile', number: '(555) 201-3344' }],
  enrollments: [{ program: 'Adult Case Management', status: 'active', startDate: '2025-01-10' }],
  ...overrides,
});

/**
 * Sets a client's risk level the one way there is — through its history, with a reason
 * (`assessments:setRisk`) — as whoever is signed in. A client form cannot set it.
 */
export async function setRisk(
  lantern: Pick<Awaited<ReturnType<typeof setUpClinic>>, 'call'>,
  clientId: string,
  level: AssessedRiskLevel,
  reason = 'Reviewed with the client today.',
) {
  return lantern.call('assessments:setRisk', { clientId, level, reason });
}
