export {
  DEFAULT_ICS_PRODUCT_ID,
  DISCREET_TITLE,
  IcsOptions,
  icsFileName,
  visitToIcs,
} from './ics.js';
export * from './invitation.js';
export { MESSAGE_LANGUAGES, messageLanguage, visitTitle } from './wording.js';
export type { MessageLanguage, TitleOptions } from './wording.js';
