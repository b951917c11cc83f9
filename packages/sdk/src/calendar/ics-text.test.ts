import { describe, expect, it } from 'vitest';
import {
  contentLines,
  durationBefore,
  escapeText,
  foldLine,
  formatUtcDateTime,
} from './ics-text.js';

const octets = (text: string): number => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it.each([
    ['Room 4; east wing, 2nd floor', 'Room 4\\; east wing\\, 2nd floor'],
    ['C:\\path', 'C:\\\\path'],
    ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['tab\there, bell\u0007 gone', 'tab\there\\, bell gone'],
    ['Ünïcödé 😀', 'Ünïcödé 😀'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });

  it.each([
    ['two-octet letters', 'SUMMARY:' + 'é'.repeat(80)],
    ['three-octet letters', 'SUMMARY:' + '漢'.repeat(60)],
    ['four-octet emoji', 'SUMMARY:' + '😀'.repeat(50)],
    ['a mix', 'LOCATION:' + 'Zoë Ødegård 東京 😀 '.repeat(12)],
  ])('keeps %s whole and every line within 75 octets', (_, line) => {
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const [index, part] of lines.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      // No lone surrogate: each piece survives a UTF-8 round trip on its own.
      expect(new TextDecoder().decode(new TextEncoder().encode(part))).toBe(part);
    }
    // Unfolding (RFC 5545 §3.1) restores the original exactly.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('ends every line with CRLF', () => {
    expect(contentLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe(
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    );
  });
});

describe('date-times and durations', () => {
  it('formats UTC date-times', () => {
    expect(formatUtcDateTime(Date.parse('2028-02-29T23:59:59.900Z'))).toBe('20280229T235959Z');
  });

  it.each([
    [10_080, '-P7D'],
    [1440, '-P1D'],
    [120, '-PT2H'],
    [90, '-PT1H30M'],
    [5, '-PT5M'],
    [1530, '-P1DT1H30M'],
    [0, 'PT0S'],
  ])('%i minutes before is %s', (minutes, expected) => {
    expect(durationBefore(minutes)).toBe(expected);
  });
});
