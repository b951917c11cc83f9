import { str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ATTENDANCE_STATUSES,
  type AttendanceCounts,
  type AttendanceRecord,
  type AttendanceStatus,
} from '@wellvisit/sdk';
import { periodLabel } from '../shared/period-label.js';
import { statusIcon } from '../shared/status-icon.js';
import { AsyncActions, type Wording } from '../shared/async-actions.js';
import { WellvisitElement } from '../shared/base-element.js';
import { formatLocalDate } from '../shared/format.js';
import { getLocale, msg } from '../shared/localization.js';
import { attendanceStatusLabel } from '../shared/messages.js';
import { renderError, renderLoading } from '../shared/task-states.js';
import { attendanceRosterStyles } from './attendance-roster.styles.js';
import { GridNavigation } from './grid-navigation.js';
import { csvFileName, downloadCsv, rosterCsv } from './roster-csv.js';
import {
  countByStatus,
  matchingRows,
  searchKey,
  toRows,
  withStatus,
  type RosterRow,
} from './roster-filter.js';
import { ROSTER_COLUMNS, renderRosterGrid } from './roster-grid.js';
import { loadRoster } from './roster-load.js';
import { RowWindow } from './row-window.js';

/** A labelled control of the toolbar. */
function field(label: string, control: TemplateResult) {
  return html`<label class="field"><span>${label}</span> ${control}</label>`;
}

/**
 * @summary A department admin's roster: every officer's attendance status for a period, with a
 * period picker, search by name, filters by status (with counts) and CSV export. Attendance only:
 * it never asks for, nor shows, anything about visits.
 *
 * Smooth with tens of thousands of officers: only the rows in view are rendered. The grid is one
 * tab stop; arrow keys, Home/End and Page Up/Down move within it, Enter or Space presses the
 * excusal button of the active row.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The period picker, search field and export button.
 * @csspart period-select - The period picker.
 * @csspart deadline - The period's due-by date and the share of required officers completed.
 * @csspart share - The share, within it.
 * @csspart search - The search field.
 * @csspart export-button - The CSV export button.
 * @csspart filters - The status filter buttons.
 * @csspart filter - One status filter button (with its count); `aria-pressed` when active.
 * @csspart count - The count inside a filter button.
 * @csspart summary - "Showing N of M officers", a live region.
 * @csspart notice - The outcome of the last excusal, a live region.
 * @csspart grid - The roster grid (the scrolling area).
 * @csspart grid-head - The header row group.
 * @csspart grid-body - The body row group.
 * @csspart row - A row.
 * @csspart header-row - The header row.
 * @csspart column-header - A column header.
 * @csspart cell - Any cell.
 * @csspart name-cell - An officer's name.
 * @csspart id-cell - An officer's id.
 * @csspart status-cell - An officer's status.
 * @csspart action-cell - The cell holding a row's excusal button.
 * @csspart status-label - The status (icon and words) in a row.
 * @csspart icon - A status icon.
 * @csspart excuse-button - The excuse / remove excusal button of a row.
 * @csspart button - Every button.
 * @csspart empty - The message when no officer matches.
 * @csspart status - Loading and empty messages.
 * @csspart loading - The loading message.
 * @csspart error - An error message, with a retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --wv-roster-height - Height of the scrolling grid (default 28rem).
 * @cssprop --wv-color-accent - Pressed filters, focus ring.
 * @cssprop --wv-color-surface - Background.
 * @cssprop --wv-color-surface-alt - Header row background.
 * @cssprop --wv-color-text - Text colour.
 * @cssprop --wv-color-muted - Secondary text.
 * @cssprop --wv-color-border - Borders.
 * @cssprop --wv-color-success - `completed` text. Also `--wv-color-warning` (due), `--wv-color-danger` (overdue).
 * @cssprop --wv-radius - Corner radius.
 * @cssprop --wv-space - Spacing unit.
 * @cssprop --wv-font-family - Font.
 * @cssprop --wv-font-size - Base font size.
 */
export class WvAttendanceRoster extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, attendanceRosterStyles];

  /** The period shown (`YYYY-MM`); the current one when left out. Changes with the picker. */
  @property({ reflect: true }) period?: string;

  @state() private search = '';
  @state() private statusFilter: AttendanceStatus | undefined;
  @state() private rows: readonly RosterRow[] = [];

  /** Rows matching the search, whatever their status: the counts are taken from these. */
  private matching: readonly RosterRow[] = [];
  private counts: AttendanceCounts = countByStatus([]);
  /** Rows matching the search and the status filter: what the grid shows. */
  private visible: readonly RosterRow[] = [];
  /** Excusals being changed, keyed by officer id. */
  private readonly actions = new AsyncActions<Wording>(this, () => {
    // Someone else changed this officer's status: show the roster as it is now.
    void this.roster.run();
    return undefined;
  });

  private readonly rowWindow = new RowWindow(this, () =>
    this.renderRoot.querySelector<HTMLElement>('[part~="grid-body"]'),
  );

  private readonly navigation = new GridNavigation(
    this,
    ROSTER_COLUMNS,
    () => this.renderRoot.querySelector<HTMLElement>('.grid'),
    (row) => {
      this.rowWindow.scrollToRow(row);
    },
  );

  private readonly periods = new Task(this, {
    task: async (_args, { signal }) => this.requireBackend().department.periods({ signal }),
    args: () => [this.activeBackend] as const,
  });

  private readonly roster = new Task(this, {
    task: async ([, period], { signal }) => loadRoster(this.requireBackend(), period, signal),
    // An empty attribute means the same as none.
    args: () => [this.activeBackend, this.period || undefined] as const,
    onComplete: ({ records }) => {
      this.rows = toRows(records);
      this.navigation.reset();
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    const search = changed.has('search');
    const rows = changed.has('rows');
    const filter = changed.has('statusFilter');
    if (search || rows) {
      this.matching = matchingRows(this.rows, searchKey(this.search));
      this.counts = countByStatus(this.matching);
    }
    if (search || rows || filter) {
      this.visible = withStatus(this.matching, this.statusFilter);
      this.navigation.setRowCount(this.visible.length);
    }
    if (search || filter) this.navigation.reset();
  }

  protected override render() {
    const periods = this.periods.value;
    // Before the roster has loaded, the first period is selected as in any select.
    const selected = this.period ?? this.roster.value?.period.id;
    return html`<div part="base">
      <div part="toolbar" class="toolbar">
        ${
          periods?.length
            ? field(
                msg('Period', { id: 'attendance-roster.period' }),
                html`<select part="period-select" @change=${this.choosePeriod}>
                  ${periods.map(
                    (period) =>
                      html`<option value=${period.id} ?selected=${period.id === selected}>
                        ${periodLabel(period)}
                      </option>`,
                  )}
                </select>`,
              )
            : nothing
        }
        ${field(
          msg('Search by name', { id: 'attendance-roster.search' }),
          html`<input
            part="search"
            type="search"
            autocomplete="off"
            .value=${this.search}
            @input=${(event: Event) => {
              this.search = (event.target as HTMLInputElement).value;
            }}
          />`,
        )}
        <button
          part="button export-button"
          type="button"
          ?disabled=${this.roster.status !== TaskStatus.COMPLETE || this.visible.length === 0}
          @click=${this.exportCsv}
        >
          ${msg('Export CSV', { id: 'attendance-roster.export' })}
        </button>
      </div>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody() {
    const failed = [this.periods, this.roster].filter((task) => task.status === TaskStatus.ERROR);
    if (failed[0]) {
      return renderError(failed[0].error, () => {
        for (const task of failed) void task.run();
      });
    }
    const loaded = this.roster.value;
    if (this.roster.status !== TaskStatus.COMPLETE || !loaded) return renderLoading();
    const number = new Intl.NumberFormat(getLocale());
    const shown = number.format(this.visible.length);
    const total = number.format(this.rows.length);
    const period = periodLabel(loaded.period);
    const empty =
      this.rows.length === 0
        ? msg('No officers in this department yet.', { id: 'attendance-roster.empty' })
        : msg('No officers match the search or filter.', { id: 'attendance-roster.noMatch' });
    const filter = (status?: AttendanceStatus) =>
      html`<button
        part="button filter"
        type="button"
        class=${this.statusFilter === status ? 'primary' : ''}
        data-status=${status ?? 'all'}
        aria-pressed=${String(this.statusFilter === status)}
        @click=${() => {
          this.statusFilter = this.statusFilter === status ? undefined : status;
        }}
      >
        ${
          status
            ? html`${statusIcon(status)} ${attendanceStatusLabel(status)}`
            : msg('All', { id: 'attendance-roster.all' })
        }
        <span part="count">
          ${number.format(status ? this.counts[status] : this.matching.length)}
        </span>
      </button>`;
    return html`<div
        part="filters"
        class="filters"
        role="group"
        aria-label=${msg('Filter by status', { id: 'attendance-roster.filters' })}
      >
        ${filter()} ${ATTENDANCE_STATUSES.map(filter)}
      </div>
      <p part="summary" role="status">
        ${msg(str`Showing ${shown} of ${total} officers, ${period}.`, {
          id: 'attendance-roster.summary',
        })}
      </p>
      ${this.renderDeadline(loaded.dueBy)}
      <p part="notice" role="status">${this.actions.notice?.()}</p>
      ${this.actions.error === undefined ? nothing : renderError(this.actions.error)}
      ${renderRosterGrid({
        rows: this.visible,
        navigation: this.navigation,
        window: this.rowWindow,
        busy: (officerId) => this.actions.busy(officerId),
        onToggleExcusal: (record) => void this.toggleExcusal(record),
      })}
      ${this.visible.length === 0 ? html`<p part="status empty">${empty}</p>` : nothing}`;
  }

  /** The period's deadline and the share of the officers it requires who have completed. */
  private renderDeadline(dueBy: string) {
    const counts = countByStatus(this.rows);
    const required = counts.completed + counts.due + counts.overdue;
    const deadline = msg(str`Due by ${formatLocalDate(dueBy)}.`, {
      id: 'attendance-roster.dueBy',
    });
    if (required === 0) return html`<p part="deadline">${deadline}</p>`;
    const share = new Intl.NumberFormat(getLocale(), { style: 'percent' }).format(
      counts.completed / required,
    );
    return html`<p part="deadline">
      ${deadline}
      <span part="share">
        ${msg(str`${share} of required officers completed.`, { id: 'attendance-roster.share' })}
      </span>
    </p>`;
  }

  private readonly choosePeriod = (event: Event): void => {
    this.period = (event.target as HTMLSelectElement).value;
    this.actions.clear();
  };

  private readonly exportCsv = (): void => {
    const loaded = this.roster.value;
    if (!loaded) return;
    const records = this.visible.map((row) => row.record);
    downloadCsv(csvFileName(loaded.period.id), rosterCsv(records));
  };

  private async toggleExcusal({ officerId, periodId, status }: AttendanceRecord): Promise<void> {
    await this.actions.run(officerId, async () => {
      const { department } = this.requireBackend();
      const updated = await department[status === 'excused' ? 'unexcuse' : 'excuse'](
        officerId,
        periodId,
      );
      this.rows = this.rows.map((row) =>
        row.record.officerId === officerId ? { ...row, record: updated } : row,
      );
      const name = updated.officerName;
      return () =>
        updated.status === 'excused'
          ? msg(str`${name} is excused for this period.`, { id: 'attendance-roster.excused' })
          : msg(str`${name} is no longer excused: ${attendanceStatusLabel(updated.status)}.`, {
              id: 'attendance-roster.unexcused',
            });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-attendance-roster': WvAttendanceRoster;
  }
}
