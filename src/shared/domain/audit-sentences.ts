import type { AuditEntry, AuditNames } from '../contracts/audit';
import { AuditWords, fill, placeholdersOf, type AuditTextCatalogue } from './audit-values';

/**
 * How an audit entry reads to a person who is not technical: one sentence from the catalogue
 * ("Cam Manager opened the file of Ana López (C-0042) with full access"), the facts the sentence
 * does not say as "label: value" pairs in words, and the reference numbers (record and version
 * ids) kept apart for an inquiry. Used by the Audit trail screen and by its CSV and PDF exports.
 *
 * ADDING AN AUDIT ACTION — one catalogue entry in `locales/en.json` and `locales/es.json`:
 *   - `auditLog.sentences.<action>`: the sentence, e.g. for `account.role_changed`:
 *     "{{actor}} changed {{account}}'s role from {{from}} to {{to}}". Placeholders: `actor` (who
 *     did it), `client` / `account` / `about` (the entry's subject as a client, a staff member,
 *     or plain text), `changes` (every "from → to" detail, said through `auditLog.changes`), and
 *     any detail key, said in words. A sentence may have `_one` / `_other` forms chosen by the
 *     `count` (or else `rows`) detail, as i18next plurals are.
 *   - a detail key not seen before needs `auditLog.labels.<key>` (its name in the list after the
 *     sentence); a value from a fixed list (a role, a kind of record) `auditLog.values.<key>.<value>`.
 * tests/unit/audit/audit-sentences.test.ts walks every AUDIT_ACTION and every detail key written
 * by `ctx.audit(` / `appendAudit(` / `auditRecord(` in src/main, in both languages.
 */

export interface AuditDetailLine {
  label: string;
  value: string;
}

export interface DescribedAuditEntry {
  /** The whole sentence, starting with who did it. */
  sentence: string;
  /** Who the entry is about, for its own column: a client, a staff member, or plain text. */
  about: string | null;
  details: AuditDetailLine[];
  references: AuditDetailLine[];
}

/** Lists and searches record the client ids they showed: said as names in `references`. */
const SHOWN_CLIENTS = 'ids';
/** Details that are ids of rows (a record, a version, a contact): references, not facts to read. */
const isReference = (key: string) =>
  key === SHOWN_CLIENTS || key === 'notes' || /[a-z]Id$/.test(key) || /[a-z]Ids$/.test(key);
const isChange = (value: unknown): value is string => typeof value === 'string' && value.includes(' → ');

export function describeAuditEntry(
  entry: AuditEntry,
  names: AuditNames,
  catalogue: AuditTextCatalogue,
  options: { forExport?: boolean } = {},
): DescribedAuditEntry {
  const words = new AuditWords(catalogue, names, options.forExport ?? false);
  const params = subjectParams(entry, words);
  const details = Object.entries(entry.details);
  const changes = details.filter(([, value]) => isChange(value));
  params.changes = changes.map(([key, value]) => words.change(key, value as string)).join('; ');
  for (const [key, value] of details)
    if (!(key in params)) params[key] = words.value(key, value, entry.action);

  const template = sentenceTemplate(entry, catalogue);
  const said = template ? placeholdersOf(template) : new Set<string>();
  const sentence = template ? fill(template, params) : fallbackSentence(entry, words, params.actor ?? '');

  // A client's ID is said with the subject's name, and only where the policy lets it be seen.
  const aboutClient = Boolean(entry.subject && names[entry.subject]?.kind === 'client');
  const lines = details.filter(
    ([key, value]) =>
      !said.has(key) && !(said.has('changes') && isChange(value)) && !(key === 'clientNumber' && aboutClient),
  );
  return {
    sentence,
    about: aboutOf(entry, words),
    details: lines
      .filter(([key]) => !isReference(key))
      .map(([key, value]) => ({
        label: words.label(key),
        value: isChange(value) ? words.change(key, value) : (params[key] ?? ''),
      })),
    // An empty list of ids (a list that showed nothing) is no reference at all.
    references: lines
      .filter(([key, value]) => isReference(key) && value !== '' && value !== null)
      .map(([key, value]) => reference(words, key, value)),
  };
}

/** The subject, said as the kind of party it names; `actor` is who did it. */
function subjectParams(entry: AuditEntry, words: AuditWords): Record<string, string> {
  const params: Record<string, string> = {
    actor: entry.actorName ?? words.say('auditLog.parties.system') ?? 'Lantern',
  };
  const subject = entry.subject;
  const named = subject ? words.names[subject] : undefined;
  if (subject && named?.kind === 'client') params.client = words.party(subject) ?? subject;
  else if (subject && named?.kind === 'account') params.account = words.party(subject) ?? subject;
  else if (subject) {
    // Not (or no longer) a client or an account here: a team's name, a username typed at sign-in.
    params.about = subject;
    params.account = words.say('auditLog.parties.typedUsername', { username: subject }) ?? subject;
    params.client = words.say('auditLog.parties.unknownClient') ?? subject;
  } else {
    params.account = words.say('auditLog.parties.unknownUser') ?? '';
    params.client = words.say('auditLog.parties.unknownClient') ?? '';
  }
  return params;
}

function aboutOf(entry: AuditEntry, words: AuditWords): string | null {
  if (!entry.subject) return null;
  return words.party(entry.subject, 'reference') ?? entry.subject;
}

/** The detail a sentence's plural form follows: how many clients, or how many rows. */
const PLURAL_BY = ['count', 'rows'];

/** `auditLog.sentences.<action>`, in its plural form when the entry has a `count` (or `rows`). */
function sentenceTemplate(entry: AuditEntry, catalogue: AuditTextCatalogue): string | undefined {
  const key = `auditLog.sentences.${entry.action}`;
  const count = PLURAL_BY.map((name) => entry.details[name]).find((value) => typeof value === 'number');
  if (typeof count === 'number') {
    const plural = catalogue.text(`${key}_${catalogue.plural(count)}`) ?? catalogue.text(`${key}_other`);
    if (plural !== undefined) return plural;
  }
  return catalogue.text(key);
}

/** An action with no sentence yet (written by a newer Lantern): "Cam Manager — Client record opened". */
function fallbackSentence(entry: AuditEntry, words: AuditWords, actor: string): string {
  const action = words.say(`admin.auditActions.${entry.action}`) ?? words.say('auditLog.unknownAction') ?? '';
  return words.say('auditLog.fallbackSentence', { actor, action }) ?? `${actor}: ${action}`;
}

function reference(words: AuditWords, key: string, value: unknown): AuditDetailLine {
  if (key !== SHOWN_CLIENTS || typeof value !== 'string')
    return { label: words.label(key), value: String(value) };
  const shown = value
    .split(' ')
    .filter(Boolean)
    .map((id) => words.party(id, 'reference') ?? id);
  return { label: words.label(key), value: shown.join('; ') };
}
