import type { CARE_TEAM_ROLES } from '../../shared/contracts/care-team';
import type { PlanItemStatus } from '../../shared/contracts/care-plans';
import type { ContactType } from '../../shared/contracts/progress-notes';
import type { Language } from '../../shared/domain/languages';
import type { Role } from '../../shared/domain/roles';

/**
 * The words a filled template prints for the record's coded values, in the document's language
 * (which need not be the screen's: a letter in Spanish for a Spanish-speaking client). Written
 * as a letter would say them: "Case Manager" under a signature, not the app's "Case manager".
 */

type Labels<K extends string> = Record<Language, Record<K, string>>;

const WORKER_TITLES: Labels<Role> = {
  en: {
    administrator: 'Administrator',
    supervisor: 'Clinical Supervisor',
    case_manager: 'Case Manager',
    front_desk: 'Front Desk',
    reporting: 'Reporting',
  },
  es: {
    administrator: 'Administrador/a',
    supervisor: 'Supervisor/a clínico/a',
    case_manager: 'Gestor/a de casos',
    front_desk: 'Recepción',
    reporting: 'Informes',
  },
};

const CARE_ROLES: Labels<(typeof CARE_TEAM_ROLES)[number]> = {
  en: {
    psychiatrist: 'Psychiatrist',
    therapist: 'Therapist',
    primary_care: 'Primary-care doctor',
    nurse: 'Nurse',
    pharmacy: 'Pharmacy',
    probation_officer: 'Probation officer',
    landlord: 'Landlord',
    housing_worker: 'Housing worker',
    peer_specialist: 'Peer specialist',
    other: 'Other professional',
  },
  es: {
    psychiatrist: 'Psiquiatra',
    therapist: 'Terapeuta',
    primary_care: 'Médico de atención primaria',
    nurse: 'Enfermero/a',
    pharmacy: 'Farmacia',
    probation_officer: 'Oficial de libertad condicional',
    landlord: 'Arrendador',
    housing_worker: 'Trabajador/a de vivienda',
    peer_specialist: 'Especialista de pares',
    other: 'Otro profesional',
  },
};

const GOAL_STATUSES: Labels<PlanItemStatus> = {
  en: {
    not_started: 'Not started',
    in_progress: 'In progress',
    achieved: 'Achieved',
    revised: 'Revised',
    discontinued: 'Discontinued',
  },
  es: {
    not_started: 'Sin empezar',
    in_progress: 'En curso',
    achieved: 'Logrado',
    revised: 'Revisado',
    discontinued: 'Suspendido',
  },
};

const CONTACT_TYPES: Labels<ContactType> = {
  en: {
    face_to_face: 'Face to face',
    phone: 'Phone',
    video: 'Video',
    home_visit: 'Home visit',
    community: 'Community',
    collateral: 'Collateral contact',
    group: 'Group',
    attempted: 'Attempted contact',
    no_show: 'No-show',
  },
  es: {
    face_to_face: 'En persona',
    phone: 'Teléfono',
    video: 'Videollamada',
    home_visit: 'Visita a domicilio',
    community: 'En la comunidad',
    collateral: 'Contacto con terceros',
    group: 'Grupo',
    attempted: 'Intento de contacto',
    no_show: 'No se presentó',
  },
};

export interface DocumentWords {
  workerTitle(role: Role): string;
  careRole(role: string | null): string;
  goalStatus(status: PlanItemStatus): string;
  contactType(type: ContactType): string;
  /** A calendar date (`YYYY-MM-DD`) as a letter writes it: "March 4, 2026", "4 de marzo de 2026". */
  date(day: string | null): string;
}

export function documentWords(language: Language): DocumentWords {
  const dates = new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return {
    workerTitle: (role) => WORKER_TITLES[language][role],
    careRole: (role) => (role ? (CARE_ROLES[language][role as keyof (typeof CARE_ROLES)['en']] ?? '') : ''),
    goalStatus: (status) => GOAL_STATUSES[language][status],
    contactType: (type) => CONTACT_TYPES[language][type],
    date: (day) => (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? dates.format(new Date(`${day}T00:00:00Z`)) : ''),
  };
}
