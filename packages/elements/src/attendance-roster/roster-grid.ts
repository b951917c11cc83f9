import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AttendanceRecord } from '@wellvisit/sdk';
import { statusIcon } from '../attendance-badge/status-icon.js';
import { attendanceStatusLabel } from '../shared/messages.js';
import type { GridNavigation } from './grid-navigation.js';
import type { RosterRow } from './roster-filter.js';
import { rowWindow } from './row-window.js';

export const ROSTER_COLUMNS = 4;

/**
 * Scrolls the grid so that a row, rendered or not, is in view below the sticky header. Rows have
 * one fixed height (see the styles), so a row's place follows from its index. The virtualizer's
 * own `scrollIntoView` is not used: with an ancestor as the scroller it overshoots.
 */
export function scrollRowIntoView(grid: HTMLElement, row: number): void {
  const head = grid.querySelector<HTMLElement>('.head');
  const body = grid.querySelector<HTMLElement>('.body');
  if (!head || !body) return;
  const rowHeight = body.querySelector<HTMLElement>('[role="row"]')?.offsetHeight ?? 48;
  const bodyTop =
    body.getBoundingClientRect().top - grid.getBoundingClientRect().top + grid.scrollTop;
  const top = bodyTop + row * rowHeight;
  const visibleTop = grid.scrollTop + head.offsetHeight;
  const visibleBottom = grid.scrollTop + grid.clientHeight;
  if (top < visibleTop) grid.scrollTop = top - head.offsetHeight;
  else if (top + rowHeight > visibleBottom) grid.scrollTop = top + rowHeight - grid.clientHeight;
}

export interface RosterGridOptions {
  readonly rows: readonly RosterRow[];
  readonly label: string;
  readonly navigation: GridNavigation;
  /** Officers whose excusal is being changed right now. */
  readonly busyOfficerIds: ReadonlySet<string>;
  readonly onToggleExcusal: (record: AttendanceRecord) => void;
}

/** Only a department's own decision can be undone; completed and not-required have no action. */
function canExcuse(record: AttendanceRecord): boolean {
  return record.status === 'due' || record.status === 'overdue';
}

function renderAction(record: AttendanceRecord, options: RosterGridOptions) {
  const excused = record.status === 'excused';
  if (!excused && !canExcuse(record)) return nothing;
  const name = html`<span class="visually-hidden">${record.officerName}</span>`;
  return html`<button
    part="button excuse-button"
    type="button"
    tabindex="-1"
    ?disabled=${options.busyOfficerIds.has(record.officerId)}
    @click=${() => {
      options.onToggleExcusal(record);
    }}
  >
    ${
      excused
        ? html`${msg('Remove excusal', { id: 'attendance-roster.unexcuse' })} ${name}`
        : html`${msg('Excuse', { id: 'attendance-roster.excuse' })} ${name}`
    }
  </button>`;
}

function renderRow(row: RosterRow, index: number, options: RosterGridOptions) {
  const { record } = row;
  const nav = options.navigation;
  const cell = (column: number, part: string, content: unknown, role = 'gridcell') =>
    html`<div
      role=${role}
      id=${nav.cellId(index, column)}
      part="cell ${part}"
      data-row=${index}
      data-column=${column}
      ?data-active=${nav.isActive(index, column)}
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
 * The roster as an ARIA grid. Only the rows in view are in the DOM (`rowWindow`), so
 * every row says where it sits (`aria-rowindex`) and the grid says how many there are
 * (`aria-rowcount`, the header row included).
 */
export function renderRosterGrid(options: RosterGridOptions): TemplateResult {
  const nav = options.navigation;
  return html`<div
    role="grid"
    part="grid"
    class="grid"
    tabindex="0"
    aria-label=${options.label}
    aria-rowcount=${options.rows.length + 1}
    aria-colcount=${ROSTER_COLUMNS}
    @keydown=${nav.handleKeydown}
    @pointerdown=${nav.handlePointerDown}
  >
    <div role="rowgroup" part="grid-head" class="head">
      <div role="row" part="row header-row" class="row" aria-rowindex="1">
        <div role="columnheader" part="column-header">
          ${msg('Officer', { id: 'attendance-roster.column.name' })}
        </div>
        <div role="columnheader" part="column-header">
          ${msg('Officer ID', { id: 'attendance-roster.column.id' })}
        </div>
        <div role="columnheader" part="column-header">
          ${msg('Status', { id: 'attendance-roster.column.status' })}
        </div>
        <div role="columnheader" part="column-header">
          ${msg('Excusal', { id: 'attendance-roster.column.action' })}
        </div>
      </div>
    </div>
    <div role="rowgroup" part="grid-body" class="body" @rangeChanged=${nav.handleRangeChanged}>
      ${rowWindow({
        items: options.rows,
        key: (row) => row.record.officerId,
        renderRow: (row, index) => renderRow(row, index, options),
      })}
    </div>
  </div>`;
}
