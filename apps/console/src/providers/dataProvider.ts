import { type Criterion, type NominationAction, RESOURCES } from '@thidua/domain';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListResult, RaRecord } from 'react-admin';
import { allowed } from './authProvider';
import { API_URL, httpClient, rawFetch } from './http';
import { session } from './session';

const rest = simpleRestProvider(API_URL, httpClient);

/** Views of a province that the api serves under /provinces/:slug/…, read through react-admin's hooks. */
const PROVINCE_VIEWS: Record<string, (slug: string) => string> = {
  dashboard: (slug) => `/provinces/${slug}/dashboard`,
  criteria: (slug) => `/provinces/${slug}/criteria`,
};
const PROVINCE_LISTS: Record<
  string,
  { path: (slug: string) => string; id: (row: Record<string, unknown>) => string | number }
> = {
  'quota-use': { path: (s) => `/provinces/${s}/quota-use`, id: (r) => `${r.phaseId}|${r.awardFormId}` },
  'phase-windows': { path: (s) => `/provinces/${s}/phase-windows`, id: (r) => String(r.phaseId) },
  'criteria-versions': { path: (s) => `/provinces/${s}/criteria/versions`, id: (r) => Number(r.version) },
  // The published plans, one line each (kept apart from the full plans in the provinces cache).
  'province-summaries': { path: () => '/provinces', id: (r) => String(r.slug) },
};

const get = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;
const send = async <T>(method: string, path: string, body: unknown): Promise<T> =>
  (await httpClient(`${API_URL}${path}`, { method, body: JSON.stringify(body ?? {}) })).json as T;

/** A national administrator looks at one province at a time; everyone else is scoped by the api. */
function withProvince<T extends Record<string, unknown>>(values: T): T {
  const user = session.user();
  const slug = session.province();
  return user?.role === 'national-admin' && slug && values.provinceSlug === undefined
    ? { ...values, provinceSlug: slug }
    : values;
}

/** The units list's "as a tree" switch: roots only, unless the user searches or filters (then a flat list). */
function unitFilter({ roots, ...filter }: Record<string, unknown>) {
  const narrowed = Object.values(filter).some((v) => v !== undefined && v !== '');
  return roots && !narrowed ? { ...filter, parentId: null } : filter;
}

/** Only the fields that changed go to the api (its update schemas are partial). */
function changed(data: Record<string, unknown>, previous: Record<string, unknown> | undefined) {
  if (!previous) return data;
  // An input left empty where the record had nothing (e.g. a password not being changed) is not a change.
  return Object.fromEntries(
    Object.entries(data).filter(
      ([k, v]) => k !== 'id' && !(v === '' && previous[k] == null) && JSON.stringify(v) !== JSON.stringify(previous[k]),
    ),
  );
}

/** POST /nominations/bulk */
export interface BulkActionResult {
  action: NominationAction;
  succeeded: number;
  failed: number;
  results: (
    | { id: number; ok: true; status: string }
    | { id: number; ok: false; error: { statusCode: number; code?: string; message: string } }
  )[];
}

export type CriteriaChange =
  | { change: 'add'; criterion: Criterion }
  | { change: 'edit'; criterionId: string; criterion: Criterion }
  | { change: 'retire'; criterionId: string };

/** A background job of the api (all certificates of a decision), polled for its progress. */
export interface Job {
  id: number;
  kind: string;
  format: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  total: number;
  error: string | null;
}

export interface ImportRow {
  row: number;
  values: Record<string, unknown>;
  errors: string[];
}
export interface ImportResult {
  rows: ImportRow[];
  valid: number;
  invalid: number;
  saved?: number;
}
/** The resources the api imports from a spreadsheet (POST /<resource>/import). */
export type ImportResource = 'units' | 'readings' | 'registrations';

export const dataProvider = {
  ...rest,
  async getList(resource, params) {
    // react-admin asks for a list while it shows the access-denied page (its access check does not hold the query
    // back), and the api's 403 then showed as a red notification over that page: a list the role may not read is
    // not asked for (the api refuses it by the same permission table).
    if ((RESOURCES as readonly string[]).includes(resource) && !allowed(session.user(), 'list', resource))
      return { data: [], total: 0 };
    const list = PROVINCE_LISTS[resource];
    if (list) {
      const slug = String(params.filter?.provinceSlug ?? session.province());
      const rows = await get<Record<string, unknown>[]>(list.path(slug));
      return { data: rows.map((r) => ({ ...r, id: list.id(r) })), total: rows.length } as GetListResult;
    }
    return rest.getList(resource, {
      ...params,
      filter: withProvince(resource === 'units' ? unitFilter(params.filter ?? {}) : (params.filter ?? {})),
    });
  },
  async getOne(resource, params) {
    const view = PROVINCE_VIEWS[resource];
    if (view) return { data: { ...(await get<object>(view(String(params.id)))), id: params.id } as never };
    return rest.getOne(resource, params);
  },
  create(resource, params) {
    return rest.create(resource, { ...params, data: withProvince(params.data) });
  },
  update(resource, params) {
    return rest.update(resource, { ...params, data: changed(params.data, params.previousData) });
  },

  /** submit | aggregate | return | appraise | approve | reject. */
  nominationAction: (id: number, action: NominationAction, reason?: string) =>
    send<RaRecord>('POST', `/nominations/${id}/actions/${action}`, reason ? { reason } : {}),
  /** One step on many nominations; a result per id (its new status, or the error the single step would answer). */
  bulkNominationAction: (action: NominationAction, ids: number[], reason?: string) =>
    send<BulkActionResult>('POST', '/nominations/bulk', { action, ids, ...(reason ? { reason } : {}) }),
  verdict: (id: number, criterionId: string, passed: boolean, comment?: string) =>
    send('POST', `/nominations/${id}/verdicts`, { criterionId, passed, comment }),
  async uploadDocument(id: number, type: string, file: File) {
    const body = new FormData();
    body.set('type', type);
    body.set('file', file);
    return (await rawFetch(`/nominations/${id}/documents`, { method: 'POST', body })).json();
  },
  removeDocument: (id: number, documentId: number) => send('DELETE', `/nominations/${id}/documents/${documentId}`, {}),
  issueDecision: (id: number) => send<RaRecord>('POST', `/decisions/${id}/issue`, {}),
  /** A draft decision or its annex as the page it will print, watermarked "DỰ THẢO" (HTML, self-contained). */
  previewDecision: async (id: number, kind: 'decision' | 'annex') =>
    (await rawFetch(`/decisions/${id}/preview/${kind}?format=html`)).text(),
  startCertificates: (id: number, format: 'pdf' | 'docx') =>
    send<Job>('POST', `/decisions/${id}/certificates?format=${format}`, {}),
  job: (id: number) => get<Job>(`/jobs/${id}`),
  changeCriteria(slug: string, baseVersion: number, reason: string, c: CriteriaChange) {
    if (c.change === 'add')
      return send('POST', `/provinces/${slug}/criteria`, { baseVersion, reason, criterion: c.criterion });
    if (c.change === 'edit')
      return send('PUT', `/provinces/${slug}/criteria/${encodeURIComponent(c.criterionId)}`, {
        baseVersion,
        reason,
        criterion: c.criterion,
      });
    return send('POST', `/provinces/${slug}/criteria/${encodeURIComponent(c.criterionId)}/retire`, {
      baseVersion,
      reason,
    });
  },
  extendDeadline: (slug: string, phaseId: string, extendedTo: string, reason: string) =>
    send('PUT', `/provinces/${slug}/phases/${phaseId}/deadline`, { extendedTo, reason }),
  /** Checks (commit = false) or saves (commit = true) rows of a resource from an .xlsx or .csv file. */
  async importFile(resource: ImportResource, file: File, commit: boolean): Promise<ImportResult> {
    const body = new FormData();
    body.set('file', file);
    const query = new URLSearchParams({ ...(commit ? { commit: '1' } : {}), ...withProvince({}) });
    return (await rawFetch(`/${resource}/import?${query}`, { method: 'POST', body })).json();
  },
} satisfies DataProvider & Record<string, unknown>;

export type ThiduaDataProvider = typeof dataProvider;
