import { Task } from '@lit/task';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ForbiddenError, type AttendanceAccess, type WellvisitBackend } from '@wellvisit/sdk';
import { WellvisitElement } from '../shared/base-element.js';
import { msg } from '../shared/localization.js';
import { formatDateTime } from '../shared/format.js';
import { NoBackendError, renderError, renderLoading } from '../shared/task-states.js';
import { resolveTimeZone } from '../shared/time-zone.js';
import { attendanceAccessLogStyles } from './attendance-access-log.styles.js';

async function loadLog(
  backend: WellvisitBackend | undefined,
  signal: AbortSignal,
): Promise<AttendanceAccess[]> {
  if (!backend) throw new NoBackendError();
  const session = await backend.session({ signal });
  // The log is the officer's own: nobody else may see who read it.
  if (session.role !== 'officer') throw new ForbiddenError('The access log is for officers');
  return backend.officer.attendanceAccessLog({ signal });
}

/** Who read, in words: a role, never the reader's internal id. */
function readerLabel(role: AttendanceAccess['actorRole']): string {
  return role === 'department-admin'
    ? msg('Your department', { id: 'attendance-access-log.reader.department' })
    : msg('Wellvisit', { id: 'attendance-access-log.reader.other' });
}

/**
 * @summary Who read the officer's attendance, and when, newest first: the other half of
 * "every read is audited". For an officer's session only.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The title.
 * @csspart list - The list of reads.
 * @csspart entry - One read.
 * @csspart reader - Who read (a role).
 * @csspart time - When.
 * @csspart empty - Shown when nobody has read it.
 * @csspart status - The loading placeholder's live region.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message, with its retry button.
 * @csspart button - The retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --wv-color-text - Text colour.
 * @cssprop --wv-color-muted - Colour of the times.
 * @cssprop --wv-color-border - The lines between reads.
 * @cssprop --wv-font-family - Font.
 * @cssprop --wv-font-size - Base font size.
 */
export class WvAttendanceAccessLog extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, attendanceAccessLogStyles];

  /** The IANA zone times are shown in; the browser's when left out. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  private readonly log = new Task(this, {
    task: ([backend], { signal }) => loadLog(backend, signal),
    args: () => [this.activeBackend] as const,
  });

  protected override render() {
    const zone = resolveTimeZone(this.timeZone, 'wv-attendance-access-log');
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">
        ${msg('Who has seen your attendance', { id: 'attendance-access-log.title' })}
      </h2>
      ${this.log.render({
        initial: renderLoading,
        pending: renderLoading,
        error: (error) => renderError(error, () => void this.log.run()),
        complete: (entries) =>
          entries.length === 0
            ? html`<p part="empty">
                ${msg('Nobody has seen your attendance yet.', {
                  id: 'attendance-access-log.empty',
                })}
              </p>`
            : html`<ul part="list">
                ${entries.map(
                  (entry) =>
                    html`<li part="entry">
                      <span part="reader">${readerLabel(entry.actorRole)}</span>
                      <time part="time" datetime=${entry.at}
                        >${formatDateTime(entry.at, zone)}</time
                      >
                    </li>`,
                )}
              </ul>`,
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-attendance-access-log': WvAttendanceAccessLog;
  }
}
