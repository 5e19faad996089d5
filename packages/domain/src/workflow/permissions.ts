import type { Role } from './roles.js';

/**
 * What each role may do, per resource. The api enforces it and the console shows menus and buttons from it, so
 * the two never disagree. Scope (own province, own unit) is applied on top by the api.
 */
export const RESOURCES = [
  'units',
  'people',
  'users',
  'readings',
  'registrations',
  'reports',
  'nominations',
  'documents',
  'verdicts',
  'decisions',
  'criteria',
  'deadlines',
  'audit',
  'comparison',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Verb = 'read' | 'create' | 'update' | 'delete';

const ALL: readonly Role[] = [
  'national-admin',
  'province-admin',
  'information-department',
  'home-affairs',
  'unit-clerk',
  'viewer',
];
const ADMINS: readonly Role[] = ['national-admin', 'province-admin'];
const STAFF: readonly Role[] = ['province-admin', 'information-department', 'home-affairs'];

const RULES: Record<Resource, Partial<Record<Verb, readonly Role[]>>> = {
  units: { read: ALL, create: ADMINS, update: ADMINS, delete: ADMINS },
  people: { read: ALL, create: [...ADMINS, 'unit-clerk'], update: [...ADMINS, 'unit-clerk'], delete: ADMINS },
  users: { read: ADMINS, create: ADMINS, update: ADMINS },
  readings: {
    read: ALL,
    create: [...ADMINS, 'information-department'],
    update: [...ADMINS, 'information-department'],
    delete: ADMINS,
  },
  registrations: { read: ALL, create: [...STAFF, 'unit-clerk'], delete: ADMINS },
  reports: { read: ALL, create: ['province-admin', 'unit-clerk'], update: ['province-admin', 'unit-clerk'] },
  nominations: {
    read: ALL,
    create: ['unit-clerk', 'province-admin'],
    update: ['unit-clerk', 'province-admin'],
    delete: ['unit-clerk', 'province-admin'],
  },
  documents: { read: ALL, create: ['unit-clerk', 'province-admin'], delete: ['unit-clerk', 'province-admin'] },
  verdicts: { create: ['information-department', 'home-affairs', 'province-admin'] },
  decisions: { read: ALL, create: ['home-affairs', 'province-admin'], update: ['home-affairs', 'province-admin'] },
  criteria: { read: ALL, create: ADMINS, update: ADMINS, delete: ADMINS },
  deadlines: { read: ALL, update: ADMINS },
  audit: { read: [...ADMINS, 'home-affairs'] },
  comparison: { read: ALL },
};

export function can(role: Role, verb: Verb, resource: Resource): boolean {
  return RULES[resource][verb]?.includes(role) ?? false;
}
