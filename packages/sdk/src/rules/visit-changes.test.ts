import { describe, expect, it } from 'vitest';
import type { Slot } from '../model/availability.js';
import { bookedVisit, movedVisit, visitWithStatus } from './visit-changes.js';

const AT_PRACTICE: Slot = {
  clinicianId: 'clin-1',
  modality: 'practice',
  place: 'Practice office',
  start: '2026-03-11T14:00:00Z',
  end: '2026-03-11T14:50:00Z',
};
const VIRTUAL: Slot = {
  clinicianId: 'clin-2',
  modality: 'virtual',
  start: '2026-03-12T15:00:00Z',
  end: '2026-03-12T15:50:00Z',
};

const booked = bookedVisit({
  id: 'visit-1',
  officerId: 'officer-1',
  clinicianId: 'clin-1',
  slot: AT_PRACTICE,
  at: '2026-03-01T10:00:00Z',
});

describe('bookedVisit', () => {
  it('holds the slot, booked, at version 1', () => {
    expect(booked).toStrictEqual({
      id: 'visit-1',
      officerId: 'officer-1',
      clinicianId: 'clin-1',
      modality: 'practice',
      place: 'Practice office',
      start: '2026-03-11T14:00:00Z',
      end: '2026-03-11T14:50:00Z',
      status: 'booked',
      version: 1,
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
    });
  });
});

describe('movedVisit', () => {
  it('takes the new slot and clinician, drops the old place, and bumps the version', () => {
    const moved = movedVisit(booked, {
      clinicianId: 'clin-2',
      slot: VIRTUAL,
      at: '2026-03-02T10:00:00Z',
    });
    expect(moved).toStrictEqual({
      id: 'visit-1',
      officerId: 'officer-1',
      clinicianId: 'clin-2',
      modality: 'virtual',
      start: '2026-03-12T15:00:00Z',
      end: '2026-03-12T15:50:00Z',
      status: 'booked',
      version: 2,
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-02T10:00:00Z',
    });
    expect('place' in moved).toBe(false);
  });
});

describe('visitWithStatus', () => {
  it('changes only the status, the version and updatedAt', () => {
    expect(visitWithStatus(booked, 'cancelled', '2026-03-03T10:00:00Z')).toStrictEqual({
      ...booked,
      status: 'cancelled',
      version: 2,
      updatedAt: '2026-03-03T10:00:00Z',
    });
  });
});
