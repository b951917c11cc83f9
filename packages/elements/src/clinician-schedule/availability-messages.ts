import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { AVAILABILITY_LIMITS, PLACE_LABEL_MAX_LENGTH, type ValidationIssue } from '@wellvisit/sdk';

const isLimited = (field: string): field is keyof typeof AVAILABILITY_LIMITS =>
  Object.hasOwn(AVAILABILITY_LIMITS, field);

/** A custom issue on a row's start or end: a rule across its fields, not the field's format. */
function rowRule(list: unknown, field: string): string {
  if (list === 'rules')
    return msg('The end must be after the start.', { id: 'clinician-schedule.issue.ruleEnd' });
  return field === 'start'
    ? msg('Extra availability needs a start, an end and modalities.', {
        id: 'clinician-schedule.issue.extraNeeds',
      })
    : msg('Give an end after the start, or leave both empty.', {
        id: 'clinician-schedule.issue.exceptionEnd',
      });
}

/**
 * What is wrong with one field of the availability form, in the clinician's language. The SDK's
 * schema decides what is invalid and names the field; its own messages are English, so the form
 * words the problem of each field it has, and falls back to them for anything else.
 */
export function availabilityIssueMessage(issue: ValidationIssue): string {
  const field = String(issue.path.at(-1));
  if (isLimited(field)) {
    const { min, max } = AVAILABILITY_LIMITS[field];
    return msg(str`Enter a whole number from ${min} to ${max}.`, {
      id: 'clinician-schedule.issue.number',
    });
  }
  switch (field) {
    case 'start':
    case 'end':
      return issue.code === 'custom'
        ? rowRule(issue.path[0], field)
        : msg('Use a time such as 09:30.', { id: 'clinician-schedule.issue.time' });
    case 'date':
      return msg('Use a date such as 2026-12-24.', { id: 'clinician-schedule.issue.date' });
    case 'weekday':
      return msg('Choose a weekday.', { id: 'clinician-schedule.issue.weekday' });
    case 'kind':
      return msg('Choose a change.', { id: 'clinician-schedule.issue.kind' });
    case 'modalities':
      return msg('Choose at least one.', { id: 'clinician-schedule.issue.modalities' });
    case 'place':
      return msg(str`Use one line of up to ${PLACE_LABEL_MAX_LENGTH} characters.`, {
        id: 'clinician-schedule.issue.place',
      });
    default:
      return issue.message;
  }
}
