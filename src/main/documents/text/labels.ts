import type { Language } from '../../../shared/domain/languages';
import en from '../../../renderer/src/locales/en.json';
import es from '../../../renderer/src/locales/es.json';

/**
 * The names of the record's coded values — statuses, risk levels, contact types, roles — as the
 * app's screens say them, in both languages. Read from the screens' own catalogues so that a
 * document never calls something by another name than the screen the worker just looked at.
 */
const pick = (catalogue: typeof en) => ({
  status: catalogue.clients.status,
  risk: catalogue.clients.risk,
  flag: catalogue.clients.flags,
  sex: catalogue.clients.sex,
  living: catalogue.clients.living,
  insurance: catalogue.clients.insurance,
  phoneKind: catalogue.clients.phoneKind,
  contactKind: catalogue.clients.contactKind,
  careRole: catalogue.clients.careRole,
  planStatus: catalogue.carePlans.status,
  interventionWho: catalogue.carePlans.who,
  contactType: catalogue.notes.contactType,
  assessmentSection: catalogue.assessments.sections,
  role: catalogue.roles,
  dischargeReason: catalogue.discharge.reason,
});

export type LabelGroups = ReturnType<typeof pick>;
export type LabelGroup = keyof LabelGroups;

const LABELS: Record<Language, LabelGroups> = { en: pick(en), es: pick(es as typeof en) };

/** The label of `value` in `group`; an unknown value (an old code) is shown as it is stored. */
export function labelOf(language: Language, group: LabelGroup, value: string): string {
  const labels = LABELS[language][group] as Record<string, unknown>;
  const found = labels[value];
  return typeof found === 'string' ? found : value;
}
