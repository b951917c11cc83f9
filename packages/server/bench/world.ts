// A bench world written straight through the store: one department, one practice serving it,
// `clinicians` virtual clinicians (with weekday 08:00–18:00 availability) and `officers` officers.
import type { Database } from '../src/db/database.js';
import { insertRecord, setAvailability } from '../src/store/directory.js';

const ZONE = 'America/Chicago';
export const BENCH_DEPARTMENT = 'bench-pd';
export const benchClinician = (c: number) => `bench-c${c}`;
export const benchOfficer = (i: number) => `bench-o${i}`;

export async function seedBenchWorld(
  db: Database,
  size: { clinicians: number; officers: number },
): Promise<void> {
  const departmentId = BENCH_DEPARTMENT;
  const policy = {
    cadence: 'annual' as const,
    required: true,
    graceDays: 0,
    periodStartMonth: 1,
    discreetReminders: true,
  };
  await insertRecord(db, {
    kind: 'department',
    value: { id: departmentId, name: 'Bench PD', timeZone: ZONE, policy, policyChanges: [] },
  });
  await insertRecord(db, {
    kind: 'practice',
    value: { id: 'bench-p', name: 'Bench practice', timeZone: ZONE, departmentIds: [departmentId] },
  });
  for (let c = 0; c < size.clinicians; c++) {
    const clinicianId = benchClinician(c);
    await insertRecord(db, {
      kind: 'clinician',
      value: {
        id: clinicianId,
        practiceId: 'bench-p',
        displayName: `Clinician ${c}`,
        credentials: [],
        languages: ['en'],
        modalities: ['virtual'],
        lawEnforcementTrained: true,
        timeZone: ZONE,
      },
    });
    await setAvailability(db, {
      clinicianId,
      timeZone: ZONE,
      slotMinutes: 30,
      bufferMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 60,
      rules: ([1, 2, 3, 4, 5] as const).map((weekday) => ({
        weekday,
        start: '08:00',
        end: '18:00',
        modalities: ['virtual' as const],
      })),
      exceptions: [],
    });
  }
  for (let i = 0; i < size.officers; i++) {
    await insertRecord(db, {
      kind: 'officer',
      value: { id: benchOfficer(i), departmentId, displayName: `Officer ${i}`, timeZone: ZONE },
    });
  }
}
