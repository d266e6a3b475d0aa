import type { RecordKind } from './access';

/**
 * The fields a clinic's Word template may use (issue 11), as one table. It drives everything a
 * template touches: main builds the data a template is filled with from it (one value builder
 * per path, src/main/document-templates/template-data.ts, held to this table by a test), the
 * access policy is asked for the `kind` of every field a template uses before anything is read,
 * the in-app field reference lists it with its example, and docs/word-templates.md is checked
 * against it (tests/unit/document-templates/field-docs.test.ts).
 *
 * - `path`: what goes between braces. A field of a list's items (`list` set) is written inside
 *   that list's loop by its last part: `{#plan.goals}{statement}{/plan.goals}`.
 * - `type`: `list` is a loop (`{#…}…{/…}`, also a table row); `yesno` is a condition
 *   (`{#client.interpreterNeeded}…{/}`); the rest print as text.
 * - `kind`: which kind of the client's record it is, for the disclosure rule; null for what is
 *   not about the client (the clinic, the worker, the date). Lists of clinical items that may
 *   hold Part 2 information (a substance-use diagnosis, a Part 2 goal, note or measure) also need
 *   `part2` when the client's record has such an item — main decides that at filling time.
 * - `example`: the demo client's value (synthetic, never anyone's data), as it would print.
 */
export const TEMPLATE_FIELD_TYPES = ['text', 'date', 'number', 'yesno', 'list'] as const;
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

export interface TemplateFieldDefinition {
  path: string;
  type: TemplateFieldType;
  kind: RecordKind | null;
  example: string;
  /** For a field of a list's items: that list's path. */
  list?: string;
}

/** How many of the newest signed notes `{#notes}` goes through. */
export const TEMPLATE_NOTES_COUNT = 5;

export const TEMPLATE_FIELDS = [
  { path: 'today', type: 'date', kind: null, example: 'March 4, 2026' },
  { path: 'clinic.name', type: 'text', kind: null, example: 'Riverside Community Clinic' },
  { path: 'clinic.address', type: 'text', kind: null, example: '200 Main Street, Riverside, OR 97000' },
  { path: 'clinic.phone', type: 'text', kind: null, example: '(555) 010-2000' },
  { path: 'worker.name', type: 'text', kind: null, example: 'Casey Morgan' },
  { path: 'worker.title', type: 'text', kind: null, example: 'Case Manager' },

  { path: 'client.firstName', type: 'text', kind: 'contact', example: 'Samuel' },
  { path: 'client.lastName', type: 'text', kind: 'contact', example: 'Demo' },
  { path: 'client.preferredName', type: 'text', kind: 'contact', example: 'Sam' },
  { path: 'client.fullName', type: 'text', kind: 'contact', example: 'Samuel Demo' },
  { path: 'client.pronouns', type: 'text', kind: 'contact', example: 'he/him' },
  { path: 'client.birthDate', type: 'date', kind: 'contact', example: 'July 9, 1985' },
  { path: 'client.age', type: 'number', kind: 'contact', example: '40' },
  { path: 'client.clientNumber', type: 'text', kind: 'contact', example: 'C-00042' },
  { path: 'client.preferredLanguage', type: 'text', kind: 'contact', example: 'English' },
  { path: 'client.interpreterNeeded', type: 'yesno', kind: 'contact', example: 'no' },
  { path: 'client.phone', type: 'text', kind: 'contact', example: '(555) 010-3344' },
  { path: 'client.email', type: 'text', kind: 'contact', example: 'sam.demo@example.org' },
  { path: 'client.address.line1', type: 'text', kind: 'contact', example: '12 Elm Court' },
  { path: 'client.address.line2', type: 'text', kind: 'contact', example: 'Apartment 3' },
  { path: 'client.address.city', type: 'text', kind: 'contact', example: 'Riverside' },
  { path: 'client.address.state', type: 'text', kind: 'contact', example: 'OR' },
  { path: 'client.address.zip', type: 'text', kind: 'contact', example: '97001' },

  { path: 'careTeam', type: 'list', kind: 'clinical', example: '' },
  { path: 'careTeam.name', type: 'text', kind: 'clinical', example: 'Dr. Lee Demo', list: 'careTeam' },
  { path: 'careTeam.role', type: 'text', kind: 'clinical', example: 'Psychiatrist', list: 'careTeam' },
  {
    path: 'careTeam.organisation',
    type: 'text',
    kind: 'clinical',
    example: 'Riverside Health Center',
    list: 'careTeam',
  },
  { path: 'careTeam.phone', type: 'text', kind: 'clinical', example: '(555) 010-4455', list: 'careTeam' },

  { path: 'diagnoses', type: 'list', kind: 'clinical', example: '' },
  { path: 'diagnoses.code', type: 'text', kind: 'clinical', example: 'F33.1', list: 'diagnoses' },
  {
    path: 'diagnoses.title',
    type: 'text',
    kind: 'clinical',
    example: 'Major depressive disorder, recurrent, moderate',
    list: 'diagnoses',
  },
  { path: 'diagnoses.primary', type: 'yesno', kind: 'clinical', example: 'yes', list: 'diagnoses' },
  { path: 'diagnoses.since', type: 'date', kind: 'clinical', example: 'January 15, 2024', list: 'diagnoses' },

  { path: 'medications', type: 'list', kind: 'clinical', example: '' },
  { path: 'medications.name', type: 'text', kind: 'clinical', example: 'Sertraline', list: 'medications' },
  { path: 'medications.dose', type: 'text', kind: 'clinical', example: '50 mg', list: 'medications' },
  {
    path: 'medications.frequency',
    type: 'text',
    kind: 'clinical',
    example: 'Once a day',
    list: 'medications',
  },
  {
    path: 'medications.prescriber',
    type: 'text',
    kind: 'clinical',
    example: 'Dr. Lee Demo',
    list: 'medications',
  },

  { path: 'plan.startDate', type: 'date', kind: 'clinical', example: 'January 20, 2026' },
  { path: 'plan.reviewDate', type: 'date', kind: 'clinical', example: 'April 20, 2026' },
  { path: 'plan.goals', type: 'list', kind: 'clinical', example: '' },
  {
    path: 'plan.goals.statement',
    type: 'text',
    kind: 'clinical',
    example: 'Sam moves into a stable apartment by June.',
    list: 'plan.goals',
  },
  {
    path: 'plan.goals.clientWords',
    type: 'text',
    kind: 'clinical',
    example: '“I want a place of my own.”',
    list: 'plan.goals',
  },
  { path: 'plan.goals.status', type: 'text', kind: 'clinical', example: 'In progress', list: 'plan.goals' },
  { path: 'plan.goals.objectives', type: 'list', kind: 'clinical', example: '', list: 'plan.goals' },
  {
    path: 'plan.goals.objectives.text',
    type: 'text',
    kind: 'clinical',
    example: 'Complete two housing applications',
    list: 'plan.goals.objectives',
  },
  {
    path: 'plan.goals.objectives.targetDate',
    type: 'date',
    kind: 'clinical',
    example: 'April 1, 2026',
    list: 'plan.goals.objectives',
  },

  { path: 'measures', type: 'list', kind: 'clinical', example: '' },
  { path: 'measures.name', type: 'text', kind: 'clinical', example: 'PHQ-9', list: 'measures' },
  { path: 'measures.score', type: 'number', kind: 'clinical', example: '11', list: 'measures' },
  { path: 'measures.band', type: 'text', kind: 'clinical', example: 'Moderate', list: 'measures' },
  { path: 'measures.date', type: 'date', kind: 'clinical', example: 'February 27, 2026', list: 'measures' },

  { path: 'notes', type: 'list', kind: 'clinical', example: '' },
  { path: 'notes.date', type: 'date', kind: 'clinical', example: 'February 27, 2026', list: 'notes' },
  { path: 'notes.contactType', type: 'text', kind: 'clinical', example: 'Home visit', list: 'notes' },
  { path: 'notes.author', type: 'text', kind: 'clinical', example: 'Casey Morgan', list: 'notes' },
  {
    path: 'notes.text',
    type: 'text',
    kind: 'clinical',
    example: 'Met Sam at home; reviewed two apartment listings together.',
    list: 'notes',
  },
] as const satisfies readonly TemplateFieldDefinition[];

export type TemplateFieldPath = (typeof TEMPLATE_FIELDS)[number]['path'];
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const BY_PATH: ReadonlyMap<string, TemplateFieldDefinition> = new Map(
  TEMPLATE_FIELDS.map((field) => [field.path, field]),
);

export const templateField = (path: string): TemplateFieldDefinition | undefined => BY_PATH.get(path);

/** The catalogue key of a field's description: `documentTemplates.fieldHelp.plan_goals_statement`. */
export const fieldDescriptionKey = (path: string) =>
  `documentTemplates.fieldHelp.${path.replaceAll('.', '_')}` as const;

/** What is written between the braces: a list's item field by its last part, others in full. */
export const fieldTag = (field: TemplateFieldDefinition): string =>
  field.list ? field.path.slice(field.list.length + 1) : field.path;

/**
 * The field a tag names where it stands: inside loops (innermost first), a field of that list's
 * items; otherwise a field outside every list. Mirrors how the template's scopes are looked up.
 */
export function resolveTemplateTag(tag: string, loops: readonly string[]): TemplateFieldDefinition | null {
  for (let i = loops.length - 1; i >= 0; i--) {
    const found = BY_PATH.get(`${loops[i]}.${tag}`);
    if (found && found.list === loops[i]) return found;
  }
  const top = BY_PATH.get(tag);
  return top && !top.list ? top : null;
}

/** The top-level field a field belongs to (a list's item field → its outermost list). */
export function rootField(field: TemplateFieldDefinition): TemplateFieldDefinition {
  let current = field;
  while (current.list) {
    const parent = BY_PATH.get(current.list);
    if (!parent) break;
    current = parent;
  }
  return current;
}
