import * as z from 'zod/mini';
import { ValidationError, parseOrThrow } from '../../errors/index.js';
import {
  Availability,
  Excusal,
  Id,
  Instant,
  NewClinician,
  NewDepartment,
  NewOfficer,
  NewPractice,
  Visit,
} from '../../model/index.js';
import { newId } from '../../engine/context.js';
import { excusalKey, type MemoryState } from './state.js';

/** A visit as a seed states it: past ones fulfilled, no-show or cancelled, future ones booked. */
export const SeedVisit = z.extend(z.omit(Visit, { version: true, updatedAt: true }), {
  id: z.optional(Id),
  createdAt: z.optional(Instant),
});
export type SeedVisit = z.input<typeof SeedVisit>;

/** Data to start a memory backend with. Names and ids only: a seed holds no clinical content. */
export const SeedData = z.object({
  departments: z.optional(z.array(NewDepartment)),
  officers: z.optional(z.array(NewOfficer)),
  practices: z.optional(z.array(NewPractice)),
  clinicians: z.optional(z.array(NewClinician)),
  availability: z.optional(z.array(Availability)),
  visits: z.optional(z.array(SeedVisit)),
  excusals: z.optional(z.array(Excusal)),
});
export type SeedData = z.input<typeof SeedData>;

function requireRef(found: boolean, path: (string | number)[], what: string): void {
  if (found) return;
  const message = `No such ${what} in the seed`;
  throw new ValidationError(`Invalid seed at ${path.join('.')}: ${message}`, [
    { path, message, code: 'custom' },
  ]);
}

/** Adds a seed to the state: checked whole first, so a bad seed adds nothing. */
export function applySeed(state: MemoryState, seed: unknown): void {
  const data = parseOrThrow(SeedData, seed, 'seed');
  const departments = (data.departments ?? []).map((d) => ({
    ...d,
    id: d.id ?? newId('dept'),
    policyChanges: [],
  }));
  const departmentIds = new Set([...state.departments.keys(), ...departments.map((d) => d.id)]);
  const officers = (data.officers ?? []).map((o, i) => {
    requireRef(departmentIds.has(o.departmentId), ['officers', i, 'departmentId'], 'department');
    return { ...o, id: o.id ?? newId('officer') };
  });
  const practices = (data.practices ?? []).map((p, i) => {
    p.departmentIds.forEach((id, j) => {
      requireRef(departmentIds.has(id), ['practices', i, 'departmentIds', j], 'department');
    });
    return { ...p, id: p.id ?? newId('practice') };
  });
  const practiceIds = new Set([...state.practices.keys(), ...practices.map((p) => p.id)]);
  const clinicians = (data.clinicians ?? []).map((c, i) => {
    requireRef(practiceIds.has(c.practiceId), ['clinicians', i, 'practiceId'], 'practice');
    return { ...c, id: c.id ?? newId('clinician') };
  });
  const officerIds = new Set([...state.officers.keys(), ...officers.map((o) => o.id)]);
  const clinicianIds = new Set([...state.clinicians.keys(), ...clinicians.map((c) => c.id)]);
  (data.availability ?? []).forEach((a, i) => {
    requireRef(clinicianIds.has(a.clinicianId), ['availability', i, 'clinicianId'], 'clinician');
  });
  const visits = (data.visits ?? []).map((v, i) => {
    requireRef(officerIds.has(v.officerId), ['visits', i, 'officerId'], 'officer');
    requireRef(clinicianIds.has(v.clinicianId), ['visits', i, 'clinicianId'], 'clinician');
    const { createdAt, ...visit } = v;
    const made = createdAt ?? v.start;
    return { ...visit, id: v.id ?? newId('visit'), version: 1, createdAt: made, updatedAt: made };
  });
  (data.excusals ?? []).forEach((e, i) => {
    requireRef(officerIds.has(e.officerId), ['excusals', i, 'officerId'], 'officer');
  });

  for (const d of departments) state.departments.set(d.id, d);
  for (const o of officers) state.officers.set(o.id, o);
  for (const p of practices) state.practices.set(p.id, p);
  for (const c of clinicians) state.clinicians.set(c.id, c);
  for (const a of data.availability ?? []) state.availability.set(a.clinicianId, a);
  for (const v of visits) state.visits.set(v.id, v);
  for (const e of data.excusals ?? []) state.excusals.set(excusalKey(e.officerId, e.periodId), e);
}
