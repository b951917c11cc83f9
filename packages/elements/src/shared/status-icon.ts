import { svg, type SVGTemplateResult } from 'lit';
import type { AttendanceStatus } from '@wellvisit/sdk';

/**
 * One shape per attendance status, so the status never rests on colour alone. Decorative: the
 * status is always written out beside the icon.
 */
const shapes: Record<AttendanceStatus, SVGTemplateResult> = {
  // a check mark
  completed: svg`<path d="M4 10.5l4 4 8-9" />`,
  // a clock face
  due: svg`<circle cx="10" cy="10" r="7" /><path d="M10 6v4l3 2" />`,
  // an exclamation mark in a triangle
  overdue: svg`<path d="M10 3l8 14H2z" /><path d="M10 8v4M10 14.5v.5" />`,
  // a dash in a circle: set aside by the department
  excused: svg`<circle cx="10" cy="10" r="7" /><path d="M6.5 10h7" />`,
  // a circle struck through
  'not-required': svg`<circle cx="10" cy="10" r="7" /><path d="M5 15L15 5" />`,
};

export function statusIcon(status: AttendanceStatus): SVGTemplateResult {
  return svg`<svg
    part="icon"
    viewBox="0 0 20 20"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${shapes[status]}</svg>`;
}
