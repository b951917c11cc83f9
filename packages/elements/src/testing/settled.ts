// Test support: when an element's story has finished loading, by tag.
const has = (shadow: ShadowRoot, selector: string) => shadow.querySelector(selector) !== null;
const loading = (shadow: ShadowRoot) => has(shadow, '[part~="loading"]');

export const SETTLED = {
  'wv-attendance-access-log': (shadow) =>
    has(shadow, '[part~="list"]') ||
    has(shadow, '[part~="empty"]') ||
    has(shadow, '[part~="error"]'),
  'wv-department-policy': (shadow) =>
    !loading(shadow) && (has(shadow, '[part~="form"]') || has(shadow, '[part~="error"]')),
  'wv-attendance-badge': (shadow) =>
    has(shadow, '[part="badge"]') || has(shadow, '[part~="error"]'),
  'wv-attendance-roster': (shadow) =>
    !loading(shadow) && (has(shadow, '[role="grid"]') || has(shadow, '[part~="error"]')),
  'wv-booking': (shadow) =>
    !loading(shadow) &&
    !has(shadow, '[aria-busy="true"]') &&
    (has(shadow, '[part~="heading"]') || has(shadow, '[part~="error"]')),
  'wv-clinician-schedule': (shadow) =>
    !loading(shadow) && (has(shadow, '[part~="days"]') || has(shadow, '[part~="error"]')),
  'wv-reminders': (shadow) =>
    has(shadow, '[part~="preferences"]') || has(shadow, '[part~="error"]'),
} satisfies Record<string, (shadow: ShadowRoot) => boolean>;

/** The elements that have stories. */
export type StoryTag = keyof typeof SETTLED;
