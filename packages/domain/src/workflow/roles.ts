/** Roles of a thidua user. Every role but the national administrator is scoped to one province. */
export const ROLES = [
  'national-admin', // Quản trị quốc gia: every province, read-mostly
  'province-admin', // Quản trị tỉnh: criteria, deadlines, users, units
  'information-department', // Sở Thông tin và Truyền thông: aggregates nominations, checks criteria
  'home-affairs', // Sở Nội vụ / Ban Thi đua – Khen thưởng: appraises, checks law and quota, prepares decisions
  'unit-clerk', // Cán bộ đơn vị: nominates for one unit
  'viewer', // Xem: read-only
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  'national-admin': { vi: 'Quản trị quốc gia', en: 'National administrator' },
  'province-admin': { vi: 'Quản trị tỉnh', en: 'Province administrator' },
  'information-department': { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
  'home-affairs': { vi: 'Sở Nội vụ (Ban Thi đua – Khen thưởng)', en: 'Department of Home Affairs (Emulation Board)' },
  'unit-clerk': { vi: 'Cán bộ đơn vị', en: 'Unit clerk' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};

/** Who a user is, as the api's login returns it and as every request is authorised: the api and console share it. */
export interface UserIdentity {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  /** Null for the national administrator only. */
  provinceSlug: string | null;
  /** A unit clerk's unit; null for every other role. */
  unitId: number | null;
}
