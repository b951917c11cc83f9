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

/** The demo world laid around `now`, its visits as stored: first version, never updated. */
export function demoWorld(now: Date): DemoWorld {
  const seed = demoSeedWithRoster(now, RIVERTON_ROSTER_SIZE);
  return {
    ...seed,
    visits: seed.visits.map((v) => ({ ...v, version: 1, updatedAt: v.createdAt })),
  };
}
