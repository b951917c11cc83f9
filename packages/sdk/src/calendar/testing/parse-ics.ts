// Test helpers: a sample visit, and ical.js (a real RFC 5545 parser) reading back a file.
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { DEFAULT_REMINDER_PREFERENCES } from '../../model/reminder.js';
import type { Visit } from '../../model/visit.js';

export const VISIT: Visit = {
  id: 'visit-1',
  officerId: 'officer-1',
  clinicianId: 'clin-1',
  modality: 'practice',
  place: 'Practice office, 12 Main St',
  start: '2026-03-11T13:00:00Z',
  end: '2026-03-11T13:50:00Z',
  status: 'booked',
  version: 1,
  createdAt: '2026-02-01T09:00:00Z',
  updatedAt: '2026-02-01T09:00:00Z',
};

export const OPTED_IN = { ...DEFAULT_REMINDER_PREFERENCES, discreet: false };

/** What a calendar app reads back from a file: the values a test asserts on. */
export interface ParsedIcs {
  method: unknown;
  version: unknown;
  prodId: unknown;
  uid: string;
  sequence: number;
  summary: string;
  location: unknown;
  status: unknown;
  dtstamp: string;
  start: string;
  end: string;
  alarms: { action: unknown; description: unknown; triggerSeconds: number }[];
}

/** Parses with ical.js, a real RFC 5545 parser, and reads back what a calendar app would. */
export function parse(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  const value = (name: string): unknown => vevent.getFirstPropertyValue(name);
  const time = (name: string): string => {
    const t = value(name) as InstanceType<typeof ICAL.Time>;
    expect(t.zone.tzid).toBe('UTC');
    return t.toJSDate().toISOString();
  };
  return {
    method: calendar.getFirstPropertyValue('method'),
    version: calendar.getFirstPropertyValue('version'),
    prodId: calendar.getFirstPropertyValue('prodid'),
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    location: value('location'),
    status: value('status'),
    dtstamp: time('dtstamp'),
    start: time('dtstart'),
    end: time('dtend'),
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action'),
      description: alarm.getFirstPropertyValue('description'),
      triggerSeconds: (
        alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>
      ).toSeconds(),
    })),
  };
}
