import type { Language } from '../../shared/domain/languages';
import type { Role } from '../../shared/domain/roles';

/**
 * The sentences a discharge draft starts with (plain characters only: they are printed in the
 * discharge summary, whose bundled font has no arrows), in the writer's language. They are ordinary text
 * of the draft once written: the writer edits them like anything else they type.
 */

export interface ServicesFacts {
  program: string;
  startDate: string | null;
  endDate: string;
  contacts: number;
  attempts: number;
  scores: {
    instrument: string;
    first: { score: number; date: string };
    last: { score: number; date: string };
  }[];
}

export interface MarkCounts {
  progress: number;
  noChange: number;
  setback: number;
}

const TEXT = {
  en: {
    enrolled: (f: ServicesFacts) =>
      f.startDate
        ? `Enrolled in ${f.program} from ${f.startDate} to ${f.endDate}.`
        : `Enrolled in ${f.program} until ${f.endDate}.`,
    contacts: (n: number, attempts: number) =>
      `${n} ${n === 1 ? 'contact' : 'contacts'} documented in signed progress notes` +
      (attempts ? ` (and ${attempts} attempted or missed).` : '.'),
    measures: 'Measures, first and last score:',
    noMeasures: 'No measures were given during the enrollment.',
    score: (s: ServicesFacts['scores'][number]) =>
      s.first.date === s.last.date
        ? `${s.instrument}: ${s.first.score} (${s.first.date}), given once`
        : `${s.instrument}: ${s.first.score} (${s.first.date}), then ${s.last.score} (${s.last.date})`,
    marks: (m: MarkCounts) =>
      m.progress + m.noChange + m.setback === 0
        ? 'Not marked in any signed note during the enrollment.'
        : `Signed notes marked progress ${m.progress}, no change ${m.noChange}, setback ${m.setback} ${
            m.progress + m.noChange + m.setback === 1 ? 'time' : 'times'
          } during the enrollment.`,
    roles: { case_manager: 'Case manager', supervisor: 'Supervisor' } as Partial<Record<Role, string>>,
  },
  es: {
    enrolled: (f: ServicesFacts) =>
      f.startDate
        ? `Inscrito/a en ${f.program} del ${f.startDate} al ${f.endDate}.`
        : `Inscrito/a en ${f.program} hasta el ${f.endDate}.`,
    contacts: (n: number, attempts: number) =>
      `${n} ${n === 1 ? 'contacto documentado' : 'contactos documentados'} en notas de progreso firmadas` +
      (attempts
        ? ` (y ${attempts} ${attempts === 1 ? 'intento o ausencia' : 'intentos o ausencias'}).`
        : '.'),
    measures: 'Medidas, primera y última puntuación:',
    noMeasures: 'No se aplicó ninguna medida durante la inscripción.',
    score: (s: ServicesFacts['scores'][number]) =>
      s.first.date === s.last.date
        ? `${s.instrument}: ${s.first.score} (${s.first.date}), aplicada una vez`
        : `${s.instrument}: ${s.first.score} (${s.first.date}), luego ${s.last.score} (${s.last.date})`,
    marks: (m: MarkCounts) =>
      m.progress + m.noChange + m.setback === 0
        ? 'No se marcó en ninguna nota firmada durante la inscripción.'
        : `Las notas firmadas marcaron progreso ${m.progress}, sin cambios ${m.noChange} y retroceso ${m.setback} ${
            m.progress + m.noChange + m.setback === 1 ? 'vez' : 'veces'
          } durante la inscripción.`,
    roles: { case_manager: 'Gestor/a de casos', supervisor: 'Supervisor/a' } as Partial<Record<Role, string>>,
  },
} as const;

/** The summary of services: the enrollment's dates, the contacts, each measure's first and last score. */
export function servicesText(language: Language, facts: ServicesFacts): string {
  const t = TEXT[language];
  const lines = [`${t.enrolled(facts)} ${t.contacts(facts.contacts, facts.attempts)}`];
  if (facts.scores.length === 0) lines.push(t.noMeasures);
  else lines.push(t.measures, ...facts.scores.map((s) => `- ${t.score(s)}`));
  return lines.join('\n');
}

export const progressText = (language: Language, marks: MarkCounts): string => TEXT[language].marks(marks);

export const roleText = (language: Language, role: Role): string => TEXT[language].roles[role] ?? '';
