export {
  DEFAULT_ICS_PRODUCT_ID,
  DISCREET_TITLE,
  IcsOptions,
  icsFileName,
  visitToIcs,
} from './ics.js';
export * from './invitation.js';
export { MESSAGE_LANGUAGES, type MessageLanguage } from './wording.js';
export * from './title.js';
