/**
 * Fills a Lantern data folder with a synthetic clinic, for demos and for trying Lantern at scale.
 *
 *   npm run seed:demo -- --clients N [--data-dir DIR] [--seed S] [--force]
 *                        [--username U --password P]   (an administrator of an existing clinic)
 *                        [--no-clinical]   (clients only: no assessments, measures, care plans or notes)
 *                        [--note-density D]   (share of the weekly-to-monthly contacts written as
 *                                              progress notes, above 0 up to 1; default 1 up to
 *                                              500 clients, 0.25 up to 5,000, 0.1 above)
 *
 * An empty folder gets a new clinic, set up through Lantern's real core with a demo administrator
 * whose password is printed below. Every name is obviously fake (see src/main/demo/name-lists.ts).
 * A clinic that already has clients is refused unless --force is given: fake people must never be
 * mixed silently into a real clinic's records. Close Lantern on that folder before seeding.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findAccountById, setMustChangePassword } from '../src/main/accounts/repository';
import { createLantern } from '../src/main/core/lantern';
import { openClinicDatabase } from '../src/main/db/clinic-database';
import type { Db } from '../src/main/db/open';
import { seedClinic } from '../src/main/demo/synthetic-clinic';
import { loadShippedInstruments } from '../src/main/measures/catalogue';
import { loadShippedNoteFormats } from '../src/main/note-formats/formats';
import { dataFiles } from '../src/main/paths';
import { Keyring } from '../src/main/security/keyring';

const DEMO_ADMIN = {
  clinicName: 'Lantern Demo Clinic (synthetic data)',
  fullName: 'Demo Administrator',
  username: 'demo.admin',
  password: 'demo-harbor-lamp-2718',
};
/** Given to one supervisor and the busiest case manager of a newly created demo clinic. */
const DEMO_STAFF_PASSWORD = 'demo-caseload-lamp-3141';
const DEFAULT_DATA_DIR = '.lantern-dev-data';

const { values } = parseArgs({
  options: {
    clients: { type: 'string' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-clinical': { type: 'boolean', default: false },
    'note-density': { type: 'string' },
    force: { type: 'boolean', default: false },
    username: { type: 'string' },
    password: { type: 'string' },
  },
});

function fail(message: string): never {
  process.stderr.write(`seed:demo: ${message}\n`);
  process.exit(1);
}

const clients = Number(values.clients);
if (!values.clients || !Number.isInteger(clients) || clients < 1 || clients > 1_000_000) {
  fail('--clients N is required: a whole number from 1 to 1,000,000.');
}
/**
 * Notes are the slowest part (each goes through the services: about 5 ms of CPU, some 120 notes
 * per client at density 1): a small clinic gets every contact documented, up to 5,000 clients a
 * quarter, a large one a tenth, so 100,000 clients seed in hours rather than days.
 */
const noteDensity =
  values['note-density'] !== undefined ? Number(values['note-density']) : clients <= 2000 ? 1 : 0.1;
if (!(noteDensity > 0 && noteDensity <= 1)) fail('--note-density must be a number above 0 and at most 1.');
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail('--seed must be a whole number.');
if (!values['data-dir']) {
  console.log(`No --data-dir given: using ${DEFAULT_DATA_DIR}/ in this folder (ignored by git).`);
}
const dataDir = resolve(values['data-dir'] ?? DEFAULT_DATA_DIR);
const files = dataFiles(dataDir);
const isNew = !existsSync(files.keyring) && !existsSync(files.database);

if (isNew) {
  console.log(`Creating a new demo clinic in ${dataDir} …`);
  const core = createLantern({
    dataDir,
    logError: (channel, error) => console.error(`${channel} failed:`, error),
  });
  const created = await core.invoke('setup:create', { ...DEMO_ADMIN, passwordConfirm: DEMO_ADMIN.password });
  if (!created.ok) fail(`setup was refused: ${created.error.message}`);
  const confirmed = await core.invoke('setup:confirmRecoveryKey', { confirmed: true });
  if (!confirmed.ok) fail(`the recovery key could not be confirmed: ${confirmed.error.message}`);
  // Signing out first ends the session without the backup Lantern takes when it quits: a demo
  // clinic has no business writing into the backup folder of the person running this script.
  const signedOut = await core.invoke('auth:signOut', {});
  if (!signedOut.ok) fail(`could not sign out after setup: ${signedOut.error.message}`);
  core.close();
  const { recoveryKey } = created.value as { recoveryKey: string };
  console.log('\n  Demo administrator (synthetic data only — never reuse these for a real clinic):');
  console.log(`    username: ${DEMO_ADMIN.username}`);
  console.log(`    password: ${DEMO_ADMIN.password}`);
  console.log(`    recovery key: ${recoveryKey}\n`);
}

const username = values.username ?? DEMO_ADMIN.username;
const password = values.password ?? DEMO_ADMIN.password;
let unlocked: { accountId: string; databaseKey: Buffer };
try {
  unlocked = await (await Keyring.load(files.keyring)).unlockWithPassword(username, password);
} catch (error) {
  fail(
    `could not open the clinic in ${dataDir}: ${(error as Error).message}\n` +
      'For a clinic this script did not create, pass --username and --password of one of its administrators.',
  );
}
const { databaseKey } = unlocked;
let db: Db | null = null;
try {
  db = openClinicDatabase(files.database, databaseKey, { preMigrationDir: files.preMigrationDir }).db;
  const account = findAccountById(db, unlocked.accountId);
  if (account?.role !== 'administrator' || account.status !== 'active')
    fail('only an active administrator may seed a clinic.');
  const existing = db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
  if (existing > 0 && !values.force) {
    fail(
      `this clinic already has ${existing.toLocaleString('en-US')} clients; nothing was added.\n` +
        'Seeding would mix fake people into its records. Use an empty --data-dir, or --force if this is a demo clinic.',
    );
  }

  // The instrument files Lantern ships, read as the app reads them (resources/instruments).
  const instruments = loadShippedInstruments(resolve('resources', 'instruments'));
  const noteFormats = loadShippedNoteFormats(resolve('resources', 'note-formats'));
  const started = process.hrtime.bigint();
  const summary = seedClinic(
    db,
    {
      clients,
      seed,
      onProgress: (done, total) => {
        if (done === total || done % 10_000 === 0)
          console.log(`  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} clients`);
      },
      ...(values['no-clinical']
        ? {}
        : {
            clinical: {
              shipped: () => instruments,
              notes: {
                formats: () => noteFormats,
                density: noteDensity,
                onProgress: (done: number, total: number) => {
                  if (done === total || done % 2_000 < 40)
                    console.log(
                      `  notes: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} clients with a clinical history`,
                    );
                },
              },
              onProgress: (done: number, total: number) => {
                if (done === total || done % 5_000 < 250)
                  console.log(
                    `  clinical history: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} active clients`,
                  );
              },
            },
          }),
    },
    new Date(),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = (role: string) => summary.staff.filter((s) => s.role === role).length;
  console.log(
    `\nSeeded ${clients.toLocaleString('en-US')} synthetic clients (seed ${seed}, ${summary.firstClientNumber}–${summary.lastClientNumber}) ` +
      `in ${seconds.toFixed(1)} s, including ${summary.nearDuplicates.length} planted near-duplicates.`,
  );
  if (summary.clinical) {
    const c = summary.clinical;
    console.log(
      `Clinical history for ${c.clients.toLocaleString('en-US')} active clients: ${c.assessments.toLocaleString('en-US')} signed assessments, ` +
        `${c.planVersions.toLocaleString('en-US')} signed care-plan versions, ${c.measures.toLocaleString('en-US')} measures (${c.openAlerts} open item-9 alerts).`,
    );
  }
  if (summary.notes) {
    const n = summary.notes;
    const f = (x: number) => x.toLocaleString('en-US');
    console.log(
      `Progress notes (density ${noteDensity}) for ${f(n.clients)} clients: ${f(n.signed)} signed (${f(n.late)} late entries, ` +
        `${f(n.unreached)} attempted contacts or no-shows), ${f(n.addenda)} addenda, ${f(n.cosigned)} co-signed and ${f(n.awaitingCosign)} awaiting a co-signature, ` +
        `${f(n.returned)} returned, ${f(n.enteredInError)} entered in error, ${f(n.drafts)} drafts left open.`,
    );
  }
  console.log(
    `Staff added: ${count('case_manager')} case managers, ${count('supervisor')} supervisors, ${count('front_desk')} front desk.`,
  );

  if (isNew) {
    // Administrators see no client data by design, so two clinical demo accounts get a password.
    const keyring = await Keyring.load(files.keyring);
    const supervisor = summary.staff.find((s) => s.role === 'supervisor');
    const busiest = summary.staff.find((s) => s.id === summary.busiestCaseManagerId);
    console.log('\n  Clinical demo accounts (to see clients, which the administrator cannot):');
    for (const member of [supervisor, busiest]) {
      if (!member) continue;
      await keyring.setAccountPassword({
        accountId: member.id,
        username: member.username,
        password: DEMO_STAFF_PASSWORD,
        databaseKey,
      });
      setMustChangePassword(db, member.id, false, unlocked.accountId, new Date().toISOString());
      console.log(
        `    ${member.role.padEnd(13)} username: ${member.username.padEnd(14)} password: ${DEMO_STAFF_PASSWORD}`,
      );
    }
    console.log('  Other demo staff have no password yet; the administrator can set one in Accounts.');
  } else {
    console.log('The new demo staff have no password; an administrator can set one in Accounts.');
  }
  console.log(`\nOpen it with:  npm run harness -- --data-dir ${dataDir}`);
  console.log(`          or:  npm start -- --data-dir ${dataDir}`);
} finally {
  db?.close();
  databaseKey.fill(0);
}
