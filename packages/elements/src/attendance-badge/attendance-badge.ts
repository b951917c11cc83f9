import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { Task, TaskStatus } from '@lit/task';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ForbiddenError,
  ValidationError,
  type AttendanceStatus,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { WellvisitElement } from '../shared/base-element.js';
import { formatLocalDate } from '../shared/format.js';
import { attendanceStatusLabel } from '../shared/messages.js';
import { renderError } from '../shared/task-states.js';
import { attendanceBadgeStyles } from './attendance-badge.styles.js';
import { periodLabel, periodStartLabel } from '../shared/period-label.js';
import { statusIcon } from '../shared/status-icon.js';

/** What the badge shows: a status and the few words that say whose and when. */
interface BadgeContent {
  readonly status: AttendanceStatus;
  /**
   * Read by screen readers before the status, e.g. "Your attendance, July 2026 – June 2027:";
   * worded when rendered, in the badge's language then.
   */
  readonly context: () => string;
  /** The officer's own last day to check in, shown while a visit is still due. */
  readonly dueBy?: string;
}

async function loadBadge(
  backend: WellvisitBackend,
  period: string | undefined,
  officerId: string | undefined,
  signal: AbortSignal,
): Promise<BadgeContent> {
  const session = await backend.session({ signal });
  if (session.role === 'officer') {
    // An officer sees their own status only; a badge set up for someone else is a mistake.
    if (officerId !== undefined && officerId !== session.officerId) {
      throw new ForbiddenError('An officer may only see their own attendance');
    }
    const own = await backend.officer.attendance(period, { signal });
    return {
      status: own.status,
      context: () =>
        msg(str`Your attendance, ${periodLabel(own.period)}:`, {
          id: 'attendance-badge.context.own',
        }),
      ...(own.status === 'due' ? { dueBy: own.dueBy } : {}),
    };
  }
  if (session.role === 'department-admin') {
    if (officerId === undefined) {
      throw new ValidationError('A department badge needs an officer-id', [
        { path: ['officer-id'], message: 'Required', code: 'invalid_type' },
      ]);
    }
    const record = await backend.department.attendance(officerId, period, { signal });
    return {
      status: record.status,
      context: () =>
        msg(
          str`Attendance of ${record.officerName}, period from ${periodStartLabel(record.periodId)}:`,
          { id: 'attendance-badge.context.department' },
        ),
    };
  }
  throw new ForbiddenError('Attendance badges are for officers and department admins');
}

function renderBadge({ status, context, dueBy }: BadgeContent) {
  const label =
    dueBy === undefined
      ? attendanceStatusLabel(status)
      : msg(str`Due by ${formatLocalDate(dueBy)}`, { id: 'attendance-badge.dueBy' });
  return html`<span part="badge" data-status=${status}>
    <span class="visually-hidden">${context()}</span>
    ${statusIcon(status)}
    <span part="label">${label}</span>
  </span>`;
}

/**
 * @summary One officer's attendance status for a period, as a compact badge: completed, due,
 * overdue, excused or not required. Attendance and nothing else.
 *
 * An officer's session shows their own status; a department admin's session shows the status of
 * the officer named by `officer-id`. The role comes from the backend's session.
 *
 * @csspart badge - The badge: icon and text. Carries `data-status`.
 * @csspart icon - The status icon (a distinct shape per status).
 * @csspart label - The status in words.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message, with its retry button.
 * @csspart button - The retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --wv-color-success - Text colour of `completed`.
 * @cssprop --wv-color-success-bg - Background of `completed`.
 * @cssprop --wv-color-warning - Text colour of `due`.
 * @cssprop --wv-color-warning-bg - Background of `due`.
 * @cssprop --wv-color-danger - Text colour of `overdue` and of errors.
 * @cssprop --wv-color-danger-bg - Background of `overdue` and of errors.
 * @cssprop --wv-color-neutral-bg - Background of `excused` and `not-required`.
 * @cssprop --wv-color-text - Text colour.
 * @cssprop --wv-radius - Corner radius.
 * @cssprop --wv-font-family - Font.
 * @cssprop --wv-font-size - Base font size.
 */
export class WvAttendanceBadge extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, attendanceBadgeStyles];

  /** The period (`YYYY-MM`, its first month); the current period when left out. */
  @property({ reflect: true }) period?: string;

  /** For a department admin: whose status to show. An officer's session may only name itself. */
  @property({ attribute: 'officer-id', reflect: true }) officerId?: string;

  private readonly content = new Task(this, {
    task: ([, period, officerId], { signal }) =>
      loadBadge(this.requireBackend(), period, officerId, signal),
    // An empty attribute means the same as none.
    args: () =>
      [this.activeBackend, this.period || undefined, this.officerId || undefined] as const,
  });

  protected override render() {
    if (this.content.status === TaskStatus.ERROR) {
      return renderError(this.content.error, () => void this.content.run());
    }
    // One live region that stays in place from loading to loaded, so the change is announced.
    return html`<span class="live" role="status">
      ${this.content.render({
        pending: () =>
          html`<span part="badge loading">${msg('Loading…', { id: 'shared.loading' })}</span>`,
        complete: renderBadge,
      })}
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-attendance-badge': WvAttendanceBadge;
  }
}
