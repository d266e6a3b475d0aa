/**
 * Roles and what each may do. This table is the single source of truth: main enforces it on
 * every call, and the renderer reads it only to hide what a user cannot use.
 */
export const ROLES = ['administrator', 'supervisor', 'case_manager', 'front_desk', 'reporting'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'accounts:manage',
  'settings:manage',
  'audit:read',
  'clients:read_all',
  'clients:read_caseload',
  'clients:read_demographics',
  'clients:edit',
  /**
   * Register a new client (with the duplicate check) and keep their details current. Which
   * details a role may change is the access table's change rules (CHANGE_RULES in access.ts):
   * front desk changes contact details only; clinical staff everything their relationship allows.
   */
  'clients:register',
  'clients:merge',
  'clients:review_access',
  'notes:cosign',
  'reports:aggregate',
  'plans:manage_templates',
  /** Measurement schedules (which measure, for whom, how often). */
  'measures:manage',
  /** The clinic's Word templates and its letterhead: wording and layout, no client information. */
  'documents:manage_templates',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  administrator: [
    'accounts:manage',
    'settings:manage',
    'audit:read',
    'reports:aggregate',
    // Demographics only, to find and merge duplicate records; no clinical tabs.
    'clients:read_demographics',
    'clients:merge',
    'clients:review_access',
    // Care plan templates hold no client information: clinic-wide wording.
    'plans:manage_templates',
    'measures:manage',
    'documents:manage_templates',
  ],
  supervisor: [
    'clients:read_all',
    'clients:read_caseload',
    'clients:read_demographics',
    'clients:edit',
    'clients:register',
    'clients:review_access',
    'notes:cosign',
    'reports:aggregate',
    'plans:manage_templates',
    'measures:manage',
    'documents:manage_templates',
  ],
  case_manager: ['clients:read_caseload', 'clients:read_demographics', 'clients:edit', 'clients:register'],
  // Front desk registers people and keeps their contact details current; nothing clinical.
  front_desk: ['clients:read_demographics', 'clients:register'],
  reporting: ['reports:aggregate'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
