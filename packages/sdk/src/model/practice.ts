import * as z from 'zod/mini';
import { MODALITIES } from './enums.js';
import {
  Credential,
  DisplayName,
  Email,
  Id,
  LanguageTag,
  PlaceLabel,
  TimeZone,
} from './primitives.js';

export const Practice = z.object({
  id: Id,
  name: DisplayName,
  timeZone: TimeZone,
  /** The office where `practice` visits happen. */
  address: z.optional(PlaceLabel),
  /** Departments whose officers may book this practice's clinicians. */
  departmentIds: z.array(Id),
});
export type Practice = z.infer<typeof Practice>;

/** What a create call takes: the same fields, with the id optional (the backend picks one). */
export const NewPractice = z.extend(Practice, { id: z.optional(Id) });
export type NewPractice = z.input<typeof NewPractice>;

/** A clinician as the officer's directory shows them. */
export const Clinician = z.object({
  id: Id,
  practiceId: Id,
  displayName: DisplayName,
  credentials: z.array(Credential).check(z.maxLength(10)),
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(20)),
  modalities: z.array(z.enum(MODALITIES)).check(z.minLength(1)),
  /** Trained for work with law enforcement (culture, shift work, critical incidents). */
  lawEnforcementTrained: z.boolean(),
  timeZone: TimeZone,
  /**
   * Where messages about the clinician's visits (booked, moved, cancelled) go, in the first of
   * `languages` that messages are written in. Never shown to a department.
   */
  email: z.optional(Email),
});
export type Clinician = z.infer<typeof Clinician>;

/** What a create call takes: the same fields, with the id optional (the backend picks one). */
export const NewClinician = z.extend(Clinician, { id: z.optional(Id) });
export type NewClinician = z.input<typeof NewClinician>;

/** How an officer narrows the clinician directory. */
export const ClinicianFilter = z.object({
  modality: z.optional(z.enum(MODALITIES)),
  language: z.optional(LanguageTag),
  lawEnforcementTrained: z.optional(z.boolean()),
});
export type ClinicianFilter = z.infer<typeof ClinicianFilter>;
