// RFC 5545 building blocks: TEXT escaping, content-line folding, UTC date-times and durations.

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

/** Octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Longest line, in octets, before the line break (RFC 5545 §3.1). */
const MAX_LINE_OCTETS = 75;

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8: continuation lines start
 * with one space. Splits only between code points, never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const length = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + length > MAX_LINE_OCTETS) {
      lines.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += length;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Lines joined with CRLF, each folded, with the CRLF that ends the last one. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** An instant as a UTC DATE-TIME: `20260311T130000Z`. */
export function formatUtcDateTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A negative DURATION before an event for `minutes` (`-P7D`, `-PT2H`, `-P1DT1H30M`). */
export function durationBefore(minutes: number): string {
  if (minutes === 0) return 'PT0S';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = `${hours > 0 ? `${hours}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
  return `-P${days > 0 ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
