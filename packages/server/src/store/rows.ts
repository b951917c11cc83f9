import {
  toInstant,
  type Availability,
  type Clinician,
  type Department,
  type DepartmentPolicy,
  type Modality,
  type Officer,
  type PolicyChange,
  type Practice,
  type ReminderPreferences,
  type Visit,
  type VideoRoom,
  type VisitStatus,
  type VisitVideo,
} from '@wellvisit/sdk';

// Row shapes as both drivers return them (timestamptz → Date, jsonb → parsed, text[] → string[]),
// and their mapping onto the SDK's model. Optional fields are left out rather than set to null.

export interface DepartmentRow {
  [column: string]: unknown;
  id: string;
  name: string;
  time_zone: string;
  policy: DepartmentPolicy;
  policy_changes: PolicyChange[];
  program_start: string | null;
}

export const toDepartment = (row: DepartmentRow): Department => ({
  id: row.id,
  name: row.name,
  timeZone: row.time_zone,
  policy: row.policy,
  policyChanges: row.policy_changes,
  ...(row.program_start === null ? {} : { programStart: row.program_start }),
});

export interface OfficerRow {
  [column: string]: unknown;
  id: string;
  department_id: string;
  display_name: string;
  time_zone: string;
  email: string | null;
  language: string | null;
  reminder_preferences: ReminderPreferences | null;
  service_start: string | null;
  service_end: string | null;
}

export const toOfficer = (row: OfficerRow): Officer => ({
  id: row.id,
  departmentId: row.department_id,
  displayName: row.display_name,
  timeZone: row.time_zone,
  ...(row.email === null ? {} : { email: row.email }),
  ...(row.language === null ? {} : { language: row.language }),
  ...(row.service_start === null ? {} : { serviceStart: row.service_start }),
  ...(row.service_end === null ? {} : { serviceEnd: row.service_end }),
});

export interface PracticeRow {
  [column: string]: unknown;
  id: string;
  name: string;
  time_zone: string;
  address: string | null;
  department_ids: string[];
}

export const toPractice = (row: PracticeRow): Practice => ({
  id: row.id,
  name: row.name,
  timeZone: row.time_zone,
  ...(row.address === null ? {} : { address: row.address }),
  departmentIds: row.department_ids,
});

export interface ClinicianRow {
  [column: string]: unknown;
  id: string;
  practice_id: string;
  display_name: string;
  credentials: string[];
  languages: string[];
  modalities: Modality[];
  law_enforcement_trained: boolean;
  time_zone: string;
  email: string | null;
  availability: Availability | null;
  video: VideoRoom | null;
}

export const toClinician = (row: ClinicianRow): Clinician => ({
  id: row.id,
  practiceId: row.practice_id,
  displayName: row.display_name,
  credentials: row.credentials,
  languages: row.languages,
  modalities: row.modalities,
  lawEnforcementTrained: row.law_enforcement_trained,
  timeZone: row.time_zone,
  ...(row.email === null ? {} : { email: row.email }),
});

export interface VisitRow {
  [column: string]: unknown;
  id: string;
  officer_id: string;
  clinician_id: string;
  modality: Modality;
  place: string | null;
  start_at: Date;
  end_at: Date;
  status: VisitStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
  video: VisitVideo | null;
}

export const VISIT_COLUMNS =
  'id, officer_id, clinician_id, modality, place, start_at, end_at, status, version, created_at, updated_at, video';

export const toVisit = (row: VisitRow): Visit => ({
  id: row.id,
  officerId: row.officer_id,
  clinicianId: row.clinician_id,
  modality: row.modality,
  ...(row.place === null ? {} : { place: row.place }),
  ...(row.video === null ? {} : { video: row.video }),
  start: toInstant(row.start_at),
  end: toInstant(row.end_at),
  status: row.status,
  version: row.version,
  createdAt: toInstant(row.created_at),
  updatedAt: toInstant(row.updated_at),
});

/** jsonb parameters go as text: node-postgres would send a JS array as a PostgreSQL array. */
export const json = (value: unknown): string => JSON.stringify(value);
