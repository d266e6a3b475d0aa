import type { PlanGoal, PlanObjective } from '../../shared/contracts/care-plans';
import type { Contact } from '../../shared/contracts/care-team';
import type { Diagnosis } from '../../shared/contracts/diagnoses';
import type { TemplateFieldDefinition } from '../../shared/domain/template-fields';
import { TEMPLATE_FIELDS, fieldTag } from '../../shared/domain/template-fields';
import { isSubstanceUseCode } from '../fhir/disclosure';
import type { DocumentWords } from './labels';
import { documentWords } from './labels';
import type { TemplateNote, TemplateScore, TemplateSources } from './sources';

/**
 * The data a template is filled with, built from the field catalogue: one value builder per
 * field (tests/unit/document-templates/catalogue.test.ts holds these tables and the catalogue
 * to each other), and only the fields the template uses are built — a letter that names the
 * client reads nothing of their plan.
 */

type Scalar = string | number | boolean;
type Words = DocumentWords;

/** Fields outside every list. */
export const FIELD_VALUES: Record<string, (s: TemplateSources, w: Words) => Scalar> = {
  today: (s, w) => w.date(s.today),
  'clinic.name': (s) => s.clinic.name,
  'clinic.address': (s) => s.clinic.address,
  'clinic.phone': (s) => s.clinic.phone,
  'worker.name': (s) => s.worker.name,
  'worker.title': (s, w) => w.workerTitle(s.worker.role),
  'client.firstName': (s) => s.client().legalFirstName,
  'client.lastName': (s) => s.client().legalLastName,
  'client.preferredName': (s) => s.client().preferredName || s.client().legalFirstName,
  'client.fullName': (s) => `${s.client().legalFirstName} ${s.client().legalLastName}`,
  'client.pronouns': (s) => s.client().pronouns,
  'client.birthDate': (s, w) => w.date(s.client().birthDate),
  'client.age': (s) => ageOn(s.client().birthDate, s.today),
  'client.clientNumber': (s) => s.client().clientNumber,
  'client.preferredLanguage': (s) => s.client().preferredLanguage,
  'client.interpreterNeeded': (s) => s.client().interpreterNeeded,
  'client.phone': (s) => s.client().phones[0]?.number ?? '',
  'client.email': (s) => s.client().email,
  'client.address.line1': (s) => s.client().address.line1,
  'client.address.line2': (s) => s.client().address.line2,
  'client.address.city': (s) => s.client().address.city,
  'client.address.state': (s) => s.client().address.region,
  'client.address.zip': (s) => s.client().address.postalCode,
  'plan.startDate': (s, w) => w.date(s.plan()?.startDate ?? null),
  'plan.reviewDate': (s, w) => w.date(s.plan()?.reviewDate ?? null),
};

/** A list: its items (from the sources, or from the item of the list it is in) and their fields. */
interface ListValues<T> {
  items(from: never): readonly T[];
  fields: Record<string, (item: T, w: Words) => Scalar>;
  /** Whether what the list prints for this client holds 42 CFR Part 2 information. */
  part2?(s: TemplateSources): boolean;
}
const list = <T, From = TemplateSources>(values: {
  items(from: From): readonly T[];
  fields: Record<string, (item: T, w: Words) => Scalar>;
  part2?(s: TemplateSources): boolean;
}) => values as unknown as ListValues<unknown>;

/** Goals in force: on the plan in force, neither achieved, revised nor discontinued. */
const currentGoals = (s: TemplateSources): PlanGoal[] =>
  (s.plan()?.needs ?? []).flatMap((need) =>
    need.goals
      .filter((goal) => goal.status === 'not_started' || goal.status === 'in_progress')
      .map((goal) => ({ ...goal, part2: goal.part2 || need.part2 })),
  );

export const LIST_VALUES: Record<string, ListValues<unknown>> = {
  careTeam: list<Contact>({
    items: (s) => s.careTeam(),
    fields: {
      name: (c) => c.name,
      role: (c, w) => w.careRole(c.careRole ?? null),
      organisation: (c) => c.organisation ?? '',
      phone: (c) => c.phone ?? '',
    },
  }),
  diagnoses: list<Diagnosis>({
    items: (s) => s.diagnoses(),
    fields: {
      code: (d) => d.code,
      title: (d) => d.title,
      primary: (d) => d.isPrimary,
      since: (d, w) => w.date(d.onsetDate),
    },
    // Substance-use diagnoses are Part 2 records whether or not the client's flag is set.
    part2: (s) => s.diagnoses().some((d) => isSubstanceUseCode(d.code)),
  }),
  // Lantern has no medication list yet (a later issue brings it): the loop prints no rows.
  medications: list<{ name: string; dose: string; frequency: string; prescriber: string }>({
    items: () => [],
    fields: {
      name: (m) => m.name,
      dose: (m) => m.dose,
      frequency: (m) => m.frequency,
      prescriber: (m) => m.prescriber,
    },
  }),
  'plan.goals': list<PlanGoal>({
    items: currentGoals,
    fields: {
      statement: (g) => g.statement,
      clientWords: (g) => g.clientWords,
      status: (g, w) => w.goalStatus(g.status),
    },
    part2: (s) => currentGoals(s).some((g) => g.part2),
  }),
  'plan.goals.objectives': list<PlanObjective, PlanGoal>({
    items: (goal) => goal.objectives,
    fields: { text: (o) => o.text, targetDate: (o, w) => w.date(o.targetDate) },
  }),
  measures: list<TemplateScore>({
    items: (s) => s.measures(),
    fields: {
      name: (m) => m.name,
      score: (m) => m.score,
      band: (m) => m.band,
      date: (m, w) => w.date(m.day),
    },
    part2: (s) => s.measures().some((m) => m.part2),
  }),
  notes: list<TemplateNote>({
    items: (s) => s.notes(),
    fields: {
      date: (n, w) => w.date(n.day),
      contactType: (n, w) => w.contactType(n.contactType),
      author: (n) => n.author,
      text: (n) => n.text,
    },
    part2: (s) => s.notes().some((n) => n.part2),
  }),
};

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1) as string] = value;
}

const itemFieldsOf = (listPath: string) => TEMPLATE_FIELDS.filter((f) => 'list' in f && f.list === listPath);

/** One item of a list with its fields and the lists nested in it. */
function buildItem(listPath: string, item: unknown, w: Words): Record<string, unknown> {
  const values = LIST_VALUES[listPath];
  const out: Record<string, unknown> = {};
  for (const field of itemFieldsOf(listPath)) {
    const tag = fieldTag(field);
    if (field.type === 'list') {
      const nested = LIST_VALUES[field.path];
      out[tag] = (nested?.items(item as never) ?? []).map((child) => buildItem(field.path, child, w));
    } else {
      const value = values?.fields[tag];
      out[tag] = value ? value(item, w) : '';
    }
  }
  return out;
}

/** The data for the template's fields (their top-level fields and lists only). */
export function buildTemplateData(
  fields: readonly TemplateFieldDefinition[],
  sources: TemplateSources,
): Record<string, unknown> {
  const w = documentWords(sources.language);
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.list) continue;
    if (field.type === 'list') {
      const values = LIST_VALUES[field.path];
      const items = values?.items(sources as never) ?? [];
      setPath(
        data,
        field.path,
        items.map((item) => buildItem(field.path, item, w)),
      );
    } else {
      const value = FIELD_VALUES[field.path];
      setPath(data, field.path, value ? value(sources, w) : '');
    }
  }
  return data;
}

/** Does any list the template uses print Part 2 information for this client? */
export function listsWithPart2(
  fields: readonly TemplateFieldDefinition[],
  sources: TemplateSources,
): TemplateFieldDefinition[] {
  return fields.filter(
    (field) => !field.list && field.type === 'list' && LIST_VALUES[field.path]?.part2?.(sources),
  );
}
