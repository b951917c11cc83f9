import { describe, expect, it } from 'vitest';
import { VISIT as SAMPLE } from '../calendar/testing/parse-ics.js';
import type { Visit } from '../model/visit.js';
import { VideoRoom } from '../model/video.js';
import { shownVideo, videoFor, withVideo } from './video.js';

const START = '2026-03-11T13:00:00Z';
const TEMPLATE = { url: 'https://video.example.org/{room}' };
/** A virtual visit (the place the sample carries does not matter to these rules). */
const VISIT: Visit = { ...SAMPLE, modality: 'virtual' };

describe('videoFor', () => {
  it('fills a template with the visit’s room, and keeps a fixed room as it is', () => {
    const base = { modality: 'virtual' as const, start: START, room: 'room_ab12' };
    expect(videoFor({ ...base, setting: TEMPLATE })).toEqual({
      url: 'https://video.example.org/room_ab12',
    });
    const fixed = { url: 'https://video.example.org/dr-ruiz' };
    expect(videoFor({ ...base, setting: fixed })).toEqual(fixed);
  });

  it('gives no link to a visit that is not virtual, or whose clinician has no room', () => {
    expect(
      videoFor({ setting: TEMPLATE, modality: 'practice', start: START, room: 'r' }),
    ).toBeUndefined();
    expect(
      videoFor({ setting: undefined, modality: 'virtual', start: START, room: 'r' }),
    ).toBeUndefined();
  });

  it('keeps the room across a move and opens the window before the new start', () => {
    const video = videoFor({
      setting: { ...TEMPLATE, opensMinutesBefore: 10 },
      modality: 'virtual',
      start: '2026-03-12T15:00:00Z',
      room: 'room_new',
      kept: { url: 'https://video.example.org/room_old' },
    });
    expect(video).toEqual({
      url: 'https://video.example.org/room_old',
      opensAt: '2026-03-12T14:50:00Z',
    });
  });
});

describe('shownVideo', () => {
  const url = 'https://video.example.org/room_ab12';
  const windowed = withVideo(VISIT, { url, opensAt: '2026-03-11T12:50:00Z' });

  it('withholds the link before its window opens, saying when it will', () => {
    expect(shownVideo(windowed, new Date('2026-03-11T12:49:59Z')).video).toEqual({
      opensAt: '2026-03-11T12:50:00Z',
    });
  });

  it('shows it from the window on, and always without a window', () => {
    expect(shownVideo(windowed, new Date('2026-03-11T12:50:00Z')).video?.url).toBe(url);
    const always = withVideo(VISIT, { url });
    expect(shownVideo(always, new Date('2026-01-01T00:00:00Z')).video?.url).toBe(url);
  });

  it('drops the link once the visit is no longer booked', () => {
    const cancelled = { ...withVideo(VISIT, { url }), status: 'cancelled' as const };
    expect(shownVideo(cancelled, new Date(START))).not.toHaveProperty('video');
  });
});

describe('VideoRoom', () => {
  it.each([
    'https://video.example.org/{room}',
    'https://video.example.org/dr-ruiz',
    'https://meet.example.org/j/{room}?pwd=x',
  ])('accepts %s', (url) => {
    expect(VideoRoom.safeParse({ url }).success).toBe(true);
  });

  it.each([
    'http://video.example.org/{room}',
    'javascript:alert(1)',
    'https://video.example.org/{room}/{room}',
    'not a url',
  ])('refuses %s', (url) => {
    expect(VideoRoom.safeParse({ url }).success).toBe(false);
  });
});
