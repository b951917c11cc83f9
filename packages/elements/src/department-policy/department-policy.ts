import { str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  instantToZoned,
  policyOn,
  scheduledChange,
  type Department,
  type DepartmentPolicy,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { WellvisitElement } from '../shared/base-element.js';
import { msg } from '../shared/localization.js';
import { formatLocalDate } from '../shared/format.js';
import { errorMessage } from '../shared/messages.js';
import { NoBackendError, renderError, renderLoading } from '../shared/task-states.js';
import { departmentPolicyStyles } from './department-policy.styles.js';

async function loadDepartment(
  backend: WellvisitBackend | undefined,
  signal: AbortSignal,
): Promise<Department> {
  if (!backend) throw new NoBackendError();
  return backend.department.department({ signal });
}

function cadenceLabel(policy: DepartmentPolicy): string {
  if (policy.cadence === 'annual') return msg('Every year', { id: 'department-policy.annual' });
  if (policy.cadence === 'semiannual') {
    return msg('Every six months', { id: 'department-policy.semiannual' });
  }
  return msg(str`Every ${policy.months ?? 0} months`, { id: 'department-policy.months' });
}

/** The policy in words: cadence, required or not, grace days, reminder wording. */
function describe(policy: DepartmentPolicy): string {
  const required = policy.required
    ? msg('attendance required', { id: 'department-policy.required' })
    : msg('attendance not required', { id: 'department-policy.notRequired' });
  return msg(
    str`${cadenceLabel(policy)}, ${required}, ${policy.graceDays} grace days, ${
      policy.discreetReminders
        ? msg('discreet reminders', { id: 'department-policy.discreet' })
        : msg('detailed reminders', { id: 'department-policy.detailed' })
    }.`,
    { id: 'department-policy.summary' },
  );
}

/**
 * @summary A department admin's attendance policy: what is in effect, a change already
 * scheduled, and a form to change it. A change takes effect the day after the current period
 * ends — started periods never move — and the element says on which day.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The title.
 * @csspart current - The policy in effect.
 * @csspart program-start - The day the program began.
 * @csspart scheduled - The scheduled change and its effective date.
 * @csspart form - The form to change the policy.
 * @csspart field - One field of it.
 * @csspart button - The save button (and the retry button).
 * @csspart save-button - The save button.
 * @csspart notice - The outcome of the last save, a live region.
 * @csspart status - The loading placeholder's live region.
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --wv-color-text - Text colour.
 * @cssprop --wv-color-muted - Colour of the notes.
 * @cssprop --wv-font-family - Font.
 * @cssprop --wv-font-size - Base font size.
 */
export class WvDepartmentPolicy extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, departmentPolicyStyles];

  @state() private notice = '';
  @state() private saving = false;

  private readonly department = new Task(this, {
    task: ([backend], { signal }) => loadDepartment(backend, signal),
    args: () => [this.activeBackend] as const,
  });

  protected override render() {
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">
        ${msg('Attendance policy', { id: 'department-policy.title' })}
      </h2>
      ${this.department.render({
        initial: renderLoading,
        pending: renderLoading,
        error: (error) => renderError(error, () => void this.department.run()),
        complete: (department) => this.renderPolicy(department),
      })}
      <p part="notice" role="status">${this.notice}</p>
    </section>`;
  }

  private renderPolicy(department: Department) {
    const today = instantToZoned(new Date(), department.timeZone).date;
    const current = policyOn(department, today);
    const next = scheduledChange(department, today);
    return html`<p part="current">
        ${msg(str`In effect: ${describe(current)}`, { id: 'department-policy.current' })}
      </p>
      ${
        department.programStart === undefined
          ? nothing
          : html`<p part="program-start">
              ${msg(str`Program started ${formatLocalDate(department.programStart)}.`, {
                id: 'department-policy.programStart',
              })}
            </p>`
      }
      ${
        next === undefined
          ? nothing
          : html`<p part="scheduled">
              ${msg(str`From ${formatLocalDate(next.effectiveFrom)}: ${describe(next.policy)}`, {
                id: 'department-policy.scheduled',
              })}
            </p>`
      }
      ${this.renderForm(next?.policy ?? current)}`;
  }

  private renderForm(policy: DepartmentPolicy) {
    const months = policy.cadence === 'months';
    return html`<form part="form" @submit=${this.save}>
      <label part="field">
        ${msg('Cadence', { id: 'department-policy.cadence' })}
        <select name="cadence">
          <option value="annual" ?selected=${policy.cadence === 'annual'}>
            ${msg('Every year', { id: 'department-policy.annual' })}
          </option>
          <option value="semiannual" ?selected=${policy.cadence === 'semiannual'}>
            ${msg('Every six months', { id: 'department-policy.semiannual' })}
          </option>
          <option value="months" ?selected=${months}>
            ${msg('Every N months', { id: 'department-policy.everyN' })}
          </option>
        </select>
      </label>
      <label part="field">
        ${msg('Months (with every N months, up to 60)', { id: 'department-policy.monthsField' })}
        <input name="months" type="number" min="1" max="60" .value=${String(policy.months ?? 12)} />
      </label>
      <label part="field">
        <input name="required" type="checkbox" ?checked=${policy.required} />
        ${msg('Attendance required', { id: 'department-policy.requiredField' })}
      </label>
      <label part="field">
        ${msg('Grace days', { id: 'department-policy.graceDays' })}
        <input
          name="graceDays"
          type="number"
          min="0"
          max="180"
          .value=${String(policy.graceDays)}
        />
      </label>
      <label part="field">
        <input name="discreetReminders" type="checkbox" ?checked=${policy.discreetReminders} />
        ${msg('Discreet reminders by default', { id: 'department-policy.discreetField' })}
      </label>
      <input type="hidden" name="periodStartMonth" .value=${String(policy.periodStartMonth)} />
      <button part="button save-button" type="submit" ?disabled=${this.saving}>
        ${msg('Schedule the change', { id: 'department-policy.save' })}
      </button>
    </form>`;
  }

  private readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const backend = this.activeBackend;
    if (!backend || this.saving) return;
    const data = new FormData(event.target as HTMLFormElement);
    const cadence = data.get('cadence') as DepartmentPolicy['cadence'];
    const policy: DepartmentPolicy = {
      cadence,
      ...(cadence === 'months' ? { months: Number(data.get('months')) } : {}),
      periodStartMonth: Number(data.get('periodStartMonth')),
      required: data.get('required') !== null,
      graceDays: Number(data.get('graceDays')),
      discreetReminders: data.get('discreetReminders') !== null,
    };
    this.saving = true;
    try {
      const updated = await backend.department.updatePolicy(policy);
      const change = updated.policyChanges.at(-1);
      this.notice = change
        ? msg(str`Scheduled: it takes effect on ${formatLocalDate(change.effectiveFrom)}.`, {
            id: 'department-policy.saved',
          })
        : '';
      void this.department.run();
    } catch (error) {
      this.notice = errorMessage(error);
    } finally {
      this.saving = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-department-policy': WvDepartmentPolicy;
  }
}
