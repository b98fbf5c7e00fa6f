// The gateway's shapes the administration screens read (identity staff-admin, routing catalogue, scheduling
// calendar): from libs/contracts as types only (erased from the bundle); lists of values are restated here and
// checked against the contracts' types. The staff views are the gateway's own (apps/gateway/src/identity).
import type { CalendarDayView, StaffRole, ThemeDayKind, Weekday } from '@motcua/contracts';

export type {
  CalendarDayView as CalendarDay,
  CalendarYearView as CalendarYear,
  CatalogueExport,
  ImportReport,
  ProcedureRecord,
  SaveSessionBody,
  SessionRecord,
  SetOfficialYearBody,
  SetProvinceDaysBody,
  StaffRole,
  ThemeDayInput,
  ThemeDayRecord,
  UnitScheduleView as UnitSchedule,
  Weekday,
} from '@motcua/contracts';

export const STAFF_ROLES = ['desk-clerk', 'after-hours-clerk', 'office-handler', 'office-head', 'unit-admin', 'province-admin', 'auditor'] as const satisfies readonly StaffRole[];

export interface StaffView {
  id: string;
  username: string;
  displayName: string;
  unitCode: string;
  roles: StaffRole[];
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StaffPage {
  items: StaffView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StaffWithTemporaryPassword {
  staff: StaffView;
  temporaryPassword: string;
}

export type CalendarDayKind = CalendarDayView['kind'];

export interface NamedDay {
  date: string;
  name: string;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];

export const THEME_KINDS = ['no-appointment', 'no-writing', 'online-paperless'] as const satisfies readonly ThemeDayKind[];
export type ThemeKind = ThemeDayKind;

