import { describe, expect, it } from 'vitest';
import { ManageLink } from '../model/manage-link.js';
import { VISIT } from '../calendar/testing/parse-ics.js';
import { MANAGE_LINK_MAX_SECONDS, manageLinkSeconds, manageLinkUrl } from './manage-link.js';

const TEMPLATE = { url: 'https://intranet.example.gov/wellness/visit/{visitId}?t={token}' };

describe('manageLinkSeconds', () => {
  it('lives a day at most', () => {
    expect(manageLinkSeconds(VISIT, new Date('2026-02-01T09:00:00Z'))).toBe(
      MANAGE_LINK_MAX_SECONDS,
    );
  });

  it('never past the visit’s end, and not at all once it is over', () => {
    expect(manageLinkSeconds(VISIT, new Date('2026-03-11T13:00:00Z'))).toBe(50 * 60);
    expect(manageLinkSeconds(VISIT, new Date('2026-03-11T13:49:30Z'))).toBeUndefined();
  });

  it('gives a cancelled visit no link', () => {
    const cancelled = { ...VISIT, status: 'cancelled' as const };
    expect(manageLinkSeconds(cancelled, new Date('2026-02-01T09:00:00Z'))).toBeUndefined();
  });
});

describe('manageLinkUrl', () => {
  it('fills the visit id and the token, encoded', () => {
    expect(manageLinkUrl(TEMPLATE, 'visit-1', 'a.b+c')).toBe(
      'https://intranet.example.gov/wellness/visit/visit-1?t=a.b%2Bc',
    );
  });

  it.each([
    'https://intranet.example.gov/visit?t={token}',
    'http://intranet.example.gov/{visitId}?t={token}',
    'https://intranet.example.gov/{visitId}/{visitId}?t={token}',
  ])('refuses the template %s', (url) => {
    expect(ManageLink.safeParse({ url }).success).toBe(false);
  });

  it('accepts a template with both placeholders', () => {
    expect(ManageLink.safeParse(TEMPLATE).success).toBe(true);
  });
});
