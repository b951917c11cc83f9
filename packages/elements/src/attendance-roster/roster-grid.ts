import { msg } from '../shared/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AttendanceRecord } from '@wellvisit/sdk';
import { statusIcon } from '../shared/status-icon.js';
import { attendanceStatusLabel } from '../shared/messages.js';
import type { GridNavigation } from './grid-navigation.js';
import type { RosterRow } from './roster-filter.js';
import type { RowWindow } from './row-window.js';

export const ROSTER_COLUMNS = 4;

export interface RosterGridOptions {
  readonly rows: readonly RosterRow[];
  readonly navigation: GridNavigation;
  readonly window: RowWindow;
  /** Whether this officer's excusal is being changed right now. */
  readonly busy: (officerId: string) => boolean;
  readonly onToggleExcusal: (record: AttendanceRecord) => void;
}

function renderAction(record: AttendanceRecord, options: RosterGridOptions) {
  const { status } = record;
  // Only a department's own decision can be undone; completed and not-required have no action.
  if (status === 'completed' || status === 'not-required') return nothing;
  return html`<button
    part="button excuse-button"
    type="button"
    tabindex="-1"
    ?disabled=${options.busy(record.officerId)}
    @click=${() => {
      options.onToggleExcusal(record);
    }}
  >
    ${
      status === 'excused'
        ? msg('Remove excusal', { id: 'attendance-roster.unexcuse' })
        : msg('Excuse', { id: 'attendance-roster.excuse' })
    }
    <span class="visually-hidden">${record.officerName}</span>
  </button>`;
}

function renderRow({ record }: RosterRow, index: number, options: RosterGridOptions) {
  const nav = options.navigation;
  const cell = (column: number, part: string, content: unknown, role = 'gridcell') =>
    html`<div
      role=${role}
      id=${nav.cellId(index, column)}
      part="cell ${part}"
      ?data-active=${nav.isActive(index, column)}
      @pointerdown=${() => {
        nav.moveTo(index, column);
      }}
    >
      ${content}
    </div>`;
  return html`<div role="row" part="row" class="row" aria-rowindex=${index + 2}>
    ${cell(0, 'name-cell', record.officerName, 'rowheader')} ${cell(1, 'id-cell', record.officerId)}
    ${cell(
      2,
      'status-cell',
      html`<span part="status-label" data-status=${record.status}
        >${statusIcon(record.status)} ${attendanceStatusLabel(record.status)}</span
      >`,
    )}
    ${cell(3, 'action-cell', renderAction(record, options))}
  </div>`;
}

/**
 * The roster as an ARIA grid. Only the rows in view are in the DOM (`RowWindow`), so
 * every row says where it sits (`aria-rowindex`) and the grid says how many there are
 * (`aria-rowcount`, the header row included).
 */
export function renderRosterGrid(options: RosterGridOptions): TemplateResult {
  const nav = options.navigation;
  const { first, rows } = options.window.slice(options.rows);
  const headers = [
    msg('Officer', { id: 'attendance-roster.column.name' }),
    msg('Officer ID', { id: 'attendance-roster.column.id' }),
    msg('Status', { id: 'attendance-roster.column.status' }),
    msg('Excusal', { id: 'attendance-roster.column.action' }),
  ];
  return html`<div
    role="grid"
    part="grid"
    class="grid"
    tabindex="0"
    aria-label=${msg('Attendance by officer', { id: 'attendance-roster.grid' })}
    aria-rowcount=${options.rows.length + 1}
    aria-colcount=${ROSTER_COLUMNS}
    @keydown=${nav.handleKeydown}
    @scroll=${options.window.handleScroll}
  >
    <div role="rowgroup" part="grid-head" class="head">
      <div role="row" part="row header-row" class="row" aria-rowindex="1">
        ${headers.map((label) => html`<div role="columnheader" part="column-header">${label}</div>`)}
      </div>
    </div>
    <div role="rowgroup" part="grid-body">
      ${repeat(
        rows,
        (row) => row.record.officerId,
        (row, i) => renderRow(row, first + i, options),
      )}
    </div>
  </div>`;
}
