import type { AuditName, AuditNames } from '../contracts/audit';

/**
 * What the audit trail's wording needs from a language: the catalogue's text at a dotted key
 * (uninterpolated, undefined when missing), and number, date and time formats. The renderer
 * builds one over i18next (features/administration/auditCatalogue.ts), main one over the same
 * JSON files for exports (src/main/audit-trail/catalogue.ts), so a screen and its CSV or PDF
 * say the same sentence.
 */
export interface AuditTextCatalogue {
  text(key: string): string | undefined;
  /** The plural category of a count in this language: `one`, `other`, … */
  plural(count: number): string;
  number(value: number): string;
  /** An ISO instant as a local date and time. */
  instant(iso: string): string;
  /** A calendar day (`YYYY-MM-DD`). */
  day(date: string): string;
}

/** Fills `{{name}}` placeholders; a placeholder with no value is left out. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => params[name] ?? '');
}

/** The placeholders a sentence uses: those details are said in it, not listed after it. */
export const placeholdersOf = (template: string): Set<string> =>
  new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] as string));

/**
 * Detail keys whose values come from another key's list in the catalogue (`auditLog.values.<list>`):
 * by key everywhere (the note settings' `cosignRoles` are roles), or for one action
 * (`action:key`: an account's role change records `from` and `to` roles). A key not named here
 * has its own list, `auditLog.values.<key>`.
 */
const VOCABULARY_OF: Record<string, string> = {
  cosignRoles: 'role',
  'account.role_changed:from': 'role',
  'account.role_changed:to': 'role',
  'account.reactivated:from': 'accountStatus',
  'account.reactivated:to': 'accountStatus',
  'letterhead.updated:fields': 'letterheadField',
};
/** Lists written as "a, b, c": each item is said from the list. */
const LIST_VOCABULARIES = new Set(['letterheadField']);
/** Detail keys that hold a number of bytes. */
const SIZES = new Set(['bytes', 'sizeBytes']);

/** Ids are UUIDv7 text: only those are looked up among the names (a username is a subject's). */
export const AUDIT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "recordedAtNextSignIn" → "Recorded at next sign in": a last resort, for a key without a label. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export class AuditWords {
  constructor(
    readonly catalogue: AuditTextCatalogue,
    readonly names: AuditNames,
    /** In a file for someone else, a client whose name may not be given is named by reference. */
    readonly forExport = false,
  ) {}

  say(key: string, params: Record<string, string> = {}): string | undefined {
    const template = this.catalogue.text(key);
    return template === undefined ? undefined : fill(template, params);
  }

  label(key: string): string {
    return this.say(`auditLog.labels.${key}`) ?? humanize(key);
  }

  /**
   * A client or staff member as the trail names them, or undefined when `key` names nobody. A
   * client the viewer may not name is "a client" in a sentence; in an export's About column (and
   * its filters) by Lantern reference, so the file still says whose entries they are.
   */
  party(key: string, use: 'sentence' | 'reference' = 'sentence'): string | undefined {
    const named: AuditName | undefined = this.names[key];
    if (!named) return undefined;
    if (named.kind === 'account') return named.fullName;
    if (named.name !== null)
      return this.say('auditLog.parties.client', {
        name: named.name,
        clientNumber: named.clientNumber ?? '',
      });
    if (!this.forExport) return this.say('auditLog.parties.hiddenClient');
    return use === 'reference'
      ? this.say('auditLog.parties.clientReference', { reference: key })
      : this.say('auditLog.parties.someClient');
  }

  yesNo(value: boolean): string {
    return this.say(value ? 'auditLog.yes' : 'auditLog.no') ?? String(value);
  }

  /** One value of a detail: a name, a word from the catalogue, a date, a number, or the text. */
  value(key: string, value: unknown, action = ''): string {
    if (value === null || value === undefined || value === '') return this.say('auditLog.none') ?? '';
    const vocabulary = VOCABULARY_OF[`${action}:${key}`] ?? VOCABULARY_OF[key] ?? key;
    if (typeof value === 'boolean')
      return this.say(`auditLog.values.${vocabulary}.${value}`) ?? this.yesNo(value);
    if (typeof value === 'number') return SIZES.has(key) ? this.size(value) : this.catalogue.number(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (LIST_VOCABULARIES.has(vocabulary))
      return this.list(value, (item) => this.say(`auditLog.values.${vocabulary}.${item}`) ?? humanize(item));
    if (vocabulary === 'fields') return this.list(value, (field) => this.clientField(field));
    if (key === 'filter') return this.filter(value);
    if (key === 'action') return this.say(`admin.auditActions.${value}`) ?? value;
    return (
      (AUDIT_ID.test(value) ? this.party(value) : undefined) ??
      this.say(`auditLog.values.${vocabulary}.${value}`) ??
      (INSTANT.test(value) ? this.catalogue.instant(value) : undefined) ??
      (DAY.test(value) ? this.catalogue.day(value) : undefined) ??
      value
    );
  }

  /** A setting's change, recorded as "from → to": "auto-lock from 10 to 5 minutes". */
  change(key: string, recorded: string): string {
    const [from = '', to = ''] = recorded.split(' → ');
    const params = { label: this.label(key), from: this.changeSide(key, from), to: this.changeSide(key, to) };
    return (
      this.say(`auditLog.changes.${key}`, params) ?? this.say('auditLog.changes.other', params) ?? recorded
    );
  }

  private changeSide(key: string, side: string): string {
    if (side === 'off' || side === 'none') return this.say(`auditLog.values.setting.${side}`) ?? side;
    if (side === 'true' || side === 'false') return this.value(key, side === 'true');
    if (/^\d+$/.test(side)) return this.catalogue.number(Number(side));
    return this.list(side, (item) => this.value(key, item));
  }

  private list(text: string, say: (item: string) => string): string {
    const items = text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    return items.length === 0 ? (this.say('auditLog.none') ?? '') : items.map(say).join(', ');
  }

  private clientField(field: string): string {
    return (
      this.say(`clients.historyFields.${field}`) ?? this.say(`clients.fields.${field}`) ?? humanize(field)
    );
  }

  /** A list's or search's filters, recorded as "mine status=active|paused sort=name". */
  private filter(recorded: string): string {
    const parts = recorded
      .split(' ')
      .filter(Boolean)
      .map((part) => {
        const [name = '', values] = part.split('=', 2);
        const label = this.say(`auditLog.filter.${name}`) ?? humanize(name);
        if (values === undefined) return label;
        const said = values.split('|').map((value) => this.value(name, value));
        return `${label}: ${said.join(', ')}`;
      });
    return parts.length ? parts.join('; ') : (this.say('auditLog.filter.none') ?? '');
  }

  private size(bytes: number): string {
    const megabytes = bytes / 1_048_576;
    return megabytes >= 1
      ? `${this.catalogue.number(Math.round(megabytes * 10) / 10)} MB`
      : `${this.catalogue.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
}
