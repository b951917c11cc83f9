import { demoSeedWithRoster } from '@wellvisit/sdk/demo';
import {
  type Availability,
  type Clinician,
  type Department,
  type Excusal,
  type Officer,
  type Practice,
  type Visit,
} from '@wellvisit/sdk';

// The SDK's demo world (the same tenants, people and ids as its memory backend, so examples work
// against either), with Riverton's roster grown to a thousand officers. Names and ids only.

export const RIVERTON_ROSTER_SIZE = 1000;

export interface DemoWorld {
  departments: Department[];
  officers: Officer[];
  practices: Practice[];
  clinicians: Clinician[];
  availability: Availability[];
  visits: Visit[];
  excusals: Excusal[];
}

/** Addresses for the demo's sign-in officer and clinician, so a local SMTP server shows mail. */
const DEMO_EMAILS: Record<string, string> = {
  'officer-ana-ruiz': 'ana.ruiz@riverton.example',
  'clinician-maya-brooks': 'maya.brooks@lakeside.example',
};

const withEmail = <T extends { id: string }>(person: T): T => {
  const email = DEMO_EMAILS[person.id];
  return email ? { ...person, email } : person;
};

/** The demo world laid around `now`, its visits as stored: first version, never updated. */
export function demoWorld(now: Date): DemoWorld {
  const seed = demoSeedWithRoster(now, RIVERTON_ROSTER_SIZE);
  return {
    ...seed,
    officers: seed.officers.map(withEmail),
    clinicians: seed.clinicians.map(withEmail),
    visits: seed.visits.map((v) => ({ ...v, version: 1, updatedAt: v.createdAt })),
  };
}
