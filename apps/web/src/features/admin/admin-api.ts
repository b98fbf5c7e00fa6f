import { api } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import type {
  CalendarYear,
  CatalogueExport,
  ImportReport,
  SaveSessionBody,
  SessionRecord,
  SetOfficialYearBody,
  SetProvinceDaysBody,
  StaffPage,
  StaffView,
  StaffWithTemporaryPassword,
  ThemeDayInput,
  UnitSchedule,
} from './admin-types';
import type { ImportPayload } from './admin-logic';

const key = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export const staffApi = {
  list: (query: { unitCode?: string; includeDisabled?: boolean; pageSize?: number }, signal: AbortSignal) =>
    api.get<StaffPage>('/api/staff', { query: { ...query, pageSize: query.pageSize ?? 200 }, signal }),
  create: (body: { username: string; displayName: string; unitCode: string; roles: string[] }) => api.post<StaffWithTemporaryPassword>('/api/staff', body),
  update: (id: string, body: { displayName?: string; roles?: string[] }) => api.patch<StaffView>(`/api/staff/${id}`, body),
  setDisabled: (id: string, disabled: boolean) => api.post<StaffView>(`/api/staff/${id}/${disabled ? 'disable' : 'enable'}`),
  resetPassword: (id: string) => api.post<StaffWithTemporaryPassword>(`/api/staff/${id}/reset-password`),
};

export const catalogueApi = {
  export: (signal: AbortSignal) => api.get<CatalogueExport>('/api/admin/catalogue/procedures', { signal }),
  csv: () => api.text('/api/admin/catalogue/procedures/csv'),
  /** A dry run and the real import are two operations, each with its own key. */
  import: (payload: ImportPayload, dryRun: boolean) =>
    api.post<ImportReport>(payload.format === 'csv' ? '/api/admin/catalogue/procedures/import-csv' : '/api/admin/catalogue/procedures/import', { ...payload.body, dryRun }, {
      idempotencyKey: key(dryRun ? 'catalogue-dry' : 'catalogue'),
    }),
};

export const calendarApi = {
  year: (year: number, provinceCode: string | undefined, signal: AbortSignal) => api.get<CalendarYear>('/api/calendar', { query: { year, provinceCode }, signal }),
  setOfficialYear: (year: number, body: SetOfficialYearBody) => api.put<CalendarYear>(`/api/calendar/official-years/${year}`, body, { idempotencyKey: key('official-year') }),
  setProvinceDays: (year: number, body: SetProvinceDaysBody) => api.put<CalendarYear>(`/api/calendar/province-days/${year}`, body, { idempotencyKey: key('province-days') }),
};

export const scheduleApi = {
  unit: (unitCode: string, signal: AbortSignal) => api.get<UnitSchedule>('/api/schedules', { query: { unitCode }, signal }),
  createSession: (body: SaveSessionBody, idempotencyKey: string) => api.post<SessionRecord>('/api/schedules/sessions', body, { idempotencyKey }),
  updateSession: (id: string, body: SaveSessionBody, idempotencyKey: string) => api.put<SessionRecord>(`/api/schedules/sessions/${id}`, body, { idempotencyKey }),
  setThemeDays: (unitCode: string, themeDays: ThemeDayInput[]) => api.put<UnitSchedule>('/api/schedules/theme-days', { unitCode, themeDays }, { idempotencyKey: key('theme-days') }),
};

/** Errors by field for a form, or nothing when the error is not about fields. */
export const fieldErrors = (error: unknown): Record<string, string> => (error instanceof ApiError ? error.byField() : {});

export { key as newIdempotencyKey };
