import { describe, expect, it } from 'vitest';
import type { ChannelDefinition } from '../../src/shared/contracts/channel';
import { contract } from '../../src/shared/contracts';
import type { Role } from '../../src/shared/domain/roles';
import { can } from '../../src/shared/domain/roles';
import { STAFF, clinicWithStaff } from '../helpers/clinic';
import { ADMIN } from '../helpers/lantern';
import { sampleFor, stringPaths, withValueAt } from '../helpers/sample-input';

const MEGABYTE = 1024 * 1024;
/**
 * Two megabyte strings: plain letters, and the shape that made the old phone pattern backtrack
 * quadratically (a digit, a long run of spaces, then a character it cannot end on).
 */
const HUGE = ['x'.repeat(MEGABYTE), `1${' '.repeat(MEGABYTE - 2)}y`];

type Item = Record<string, unknown>;
/** A plan's items get one id each (the walk gives every id the same sample; a plan refuses repeats). */
function distinctItemIds(needs: Item[]): Item[] {
  let n = 0;
  const relabel = (item: Item, children: string | null, next: string | null): Item => ({
    ...item,
    id: `item-${n++}`,
    ...(children && next
      ? { [children]: (item[children] as Item[]).map((c) => relabel(c, next, childOf[next] ?? null)) }
      : {}),
  });
  const childOf: Record<string, string> = { goals: 'objectives', objectives: 'interventions' };
  return needs.map((need) => relabel(need, 'goals', 'objectives'));
}

/** Rules between fields that a walk of the schema cannot see. */
const adjust: Record<string, (sample: Record<string, unknown>) => Record<string, unknown>> = {
  // A new password must match its confirmation and must not contain the username.
  'setup:create': (s) => ({
    ...s,
    username: 'newadmin',
    password: 'lamp-velvet-93a',
    passwordConfirm: 'lamp-velvet-93a',
  }),
  'accounts:create': (s) => ({
    ...s,
    username: 'newperson',
    password: 'lamp-velvet-93a',
    passwordConfirm: 'lamp-velvet-93a',
  }),
  'accounts:resetPassword': (s) => ({
    ...s,
    password: 'lamp-velvet-93a',
    passwordConfirm: 'lamp-velvet-93a',
  }),
  'accounts:reactivate': (s) => ({
    ...s,
    password: 'lamp-velvet-93a',
    passwordConfirm: 'lamp-velvet-93a',
  }),
  'carePlans:saveDraft': (s) => {
    const content = s.content as Item;
    return { ...s, content: { ...content, needs: distinctItemIds(content.needs as Item[]) } };
  },
  'carePlans:saveTemplate': (s) => {
    const template = s.template as Item;
    return { ...s, template: { ...template, needs: distinctItemIds(template.needs as Item[]) } };
  },
  'auth:changePassword': (s) => ({ ...s, password: 'lamp-velvet-93a', passwordConfirm: 'lamp-velvet-93a' }),
  'auth:recover': (s) => ({
    ...s,
    username: 'ada',
    password: 'lamp-velvet-93a',
    passwordConfirm: 'lamp-velvet-93a',
  }),
};

const PEOPLE: { username: string; role: Role }[] = [
  { username: ADMIN.username, role: 'administrator' },
  ...Object.entries(STAFF).map(([username, person]) => ({ username, role: person.role })),
];

/** Someone whose role may call the channel, so the call reaches the input check. */
function callerFor(definition: ChannelDefinition): string {
  const { access } = definition;
  if (access === 'public' || access === 'session') return ADMIN.username;
  const person = PEOPLE.find((p) => can(p.role, access));
  if (!person) throw new Error(`nobody may call a channel that needs ${access}`);
  return person.username;
}

const channels = Object.entries(contract as Record<string, ChannelDefinition>);

describe('a megabyte in any string field of any channel', () => {
  it('the walk builds an input every channel accepts, so a refusal below is the planted field alone', () => {
    for (const [name, definition] of channels) {
      const sample = (adjust[name] ?? ((s) => s))(sampleFor(definition.input) as Record<string, unknown>);
      const parsed = definition.input.safeParse(sample);
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it(
    'gets a typed invalid_input for that field, promptly enough to finish, from every channel',
    async () => {
      const lantern = await clinicWithStaff();
      let planted = 0;
      let signedIn = ADMIN.username;
      for (const [name, definition] of channels) {
        const sample = (adjust[name] ?? ((s) => s))(sampleFor(definition.input) as Record<string, unknown>);
        const caller = callerFor(definition);
        if (caller !== signedIn) {
          await lantern.as(caller);
          signedIn = caller;
        }
        for (const path of stringPaths(sample)) {
          for (const huge of HUGE) {
            const result = await lantern.core.invoke(name, withValueAt(sample, path, huge));
            const where = `${name} ${path.join('.')}`;
            expect(result.ok, where).toBe(false);
            if (result.ok) continue;
            expect(result.error.code, where).toBe('invalid_input');
            const field = path.join('.');
            const keys = Object.keys(result.error.fields ?? {});
            expect(
              keys.some((key) => key === field || field.startsWith(`${key}.`)),
              `${where}: ${keys.join(', ')}`,
            ).toBe(true);
            planted += 1;
          }
        }
        // And the whole input replaced by a megabyte.
        const whole = await lantern.core.invoke(name, HUGE[1]);
        expect(whole.ok || whole.error.code, name).toBe('invalid_input');
      }
      // The walk reached the fields that froze main (client and care-team phones) and many more.
      expect(planted).toBeGreaterThan(100);
    },
    10 * 60_000,
  );
});
