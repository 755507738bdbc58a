/**
 * Roles and permissions. The API guards with these and the web hides actions with them.
 *
 * - `admin`: the provincial emulation board, may do everything.
 * - `secretariat`: a unit's emulation officer. Acts for its own unit like `unit`, and, in a year in
 *   which its unit is the head or deputy of a bloc, acts as that bloc's secretariat (bloc rights are
 *   derived from the rotation, so they move when the roles rotate).
 * - `unit`: acts for its own unit (pledge signature, self-scoring, nominations, voting as delegate).
 * - `viewer`: reads and prints.
 * - `clearance`: a clearance office (cơ quan xác nhận: police, tax, the inspectorate…, or a
 *   nominee's locality asked for concurrence), bound to its unit; it sees only the clearance and
 *   concurrence requests sent to that unit and answers them, nothing else.
 */
export const ROLES = ['admin', 'secretariat', 'unit', 'viewer', 'clearance'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'users.manage',
  'audit.read',
  'reference.manage',
  'organisation.manage',
  'registry.read',
  'registry.manage',
  'bloc.manage',
  'unit.act',
  'scoring.self',
  'scoring.manage',
  'documents.print',
  'signing.manage',
  'register.outgoing',
  'clearance.manage',
  'clearance.answer',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Static permissions per role. `bloc.manage` for `secretariat` is further limited, per bloc and
 * year, to the blocs its unit heads or deputises (checked on the server by the registry).
 * `organisation.manage`: the organisation profile and the legal bases (everyone signed in reads them).
 * `scoring.self`: score one's own unit on the bloc's sheet. `scoring.manage`: edit the sheet, check
 * the cards (head and deputy units, never their own card), record the agreement and lock the table —
 * limited on the server the same way as `bloc.manage`. `signing.manage`: the issuing bodies' signing
 * certificates (admin only). `register.outgoing`: read the register of outgoing documents and take
 * the next number from it. `clearance.manage`: open clearance rounds and concurrence requests,
 * follow their answers and override the decision gate (the board). `clearance.answer`: answer the
 * requests sent to one's own office.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  secretariat: [
    'registry.read',
    'bloc.manage',
    'unit.act',
    'scoring.self',
    'scoring.manage',
    'documents.print',
    'register.outgoing',
  ],
  unit: ['registry.read', 'unit.act', 'scoring.self', 'documents.print'],
  viewer: ['registry.read', 'documents.print'],
  clearance: ['clearance.answer'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
