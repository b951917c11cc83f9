/**
 * Locales per element, not per page: each Wellvisit element renders in the locale its provider
 * resolves (its `locale`, else the `lang` of the provider or its nearest ancestor), so two
 * providers on one page can speak two languages. Text is English or Spanish, English when we have
 * no translation; dates and numbers use the full tag (`en-GB`, `de-DE`).
 *
 * `msg()` has the signature of `@lit/localize`'s, and `str` is lit-localize's own, so the source
 * strings and the Spanish templates keep their format. It reads the locale of the element being
 * rendered, which `renderIn()` sets around each element's (synchronous) update.
 */
import type { StrResult } from '@lit/localize';

/** Locales shipped with the elements; English is the source. */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

type Templates = Record<string, string | StrResult>;

/** Maps any BCP 47 tag (`es-MX`, `EN-gb`) to a locale we ship, English when we have none. */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split('-')[0];
  return SUPPORTED_LOCALES.find((locale) => locale === language) ?? 'en';
}

/** A usable BCP 47 tag for Intl, or undefined for an empty or malformed one. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

let spanish: Templates | undefined;
let loadingSpanish: Promise<void> | undefined;

/** Loads the Spanish templates once; resolves when they can be used. */
export function loadTemplates(locale: SupportedLocale): Promise<void> {
  if (locale === 'en' || spanish) return Promise.resolve();
  loadingSpanish ??= import('../locales/es.js').then((module) => {
    spanish = module.templates;
  });
  return loadingSpanish;
}

/** The page's default, for elements with no `locale` or `lang` around them (`setLocale`). */
let pageDefault = 'en';
/** The locale of the element being rendered. */
let current = 'en';

/** The locale an element renders in: its own `locale` or `lang` if usable, else the default. */
export function resolveLocale(tag: string | null | undefined): string {
  return canonical(tag) ?? pageDefault;
}

/** Whether the text of this locale is loaded (English always is). */
export function templatesReady(locale: string): boolean {
  return matchLocale(locale) === 'en' || spanish !== undefined;
}

/** Runs `render` (an element's update) in `locale` (from `resolveLocale`). */
export function renderIn<T>(locale: string, render: () => T): T {
  const outer = current;
  current = locale;
  try {
    return render();
  } finally {
    current = outer;
  }
}

/** The locale in effect: the rendering element's, for Intl formatting. */
export function getLocale(): string {
  return current;
}

/**
 * Sets the locale of elements that have none of their own: no provider `locale` and no `lang` on
 * them or an ancestor. Resolves once its text is loaded; elements show it as they re-render.
 */
export async function setLocale(tag: string): Promise<void> {
  pageDefault = canonical(tag) ?? 'en';
  current = pageDefault;
  await loadTemplates(matchLocale(pageDefault));
  for (const listener of defaultListeners) listener();
}

const defaultListeners = new Set<() => void>();

/** Calls `listener` after `setLocale()` changes the page's default; returns the unsubscribe. */
export function onDefaultLocaleChange(listener: () => void): () => void {
  defaultListeners.add(listener);
  return () => defaultListeners.delete(listener);
}

function fill(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]) {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) {
    text += String(values[order ? Number(order[i - 1]) : i - 1]) + (strings[i] ?? '');
  }
  return text;
}

/** A string in the rendering element's language, English when it has no template. */
export function msg(template: string | StrResult, options: { id: string }): string {
  const translated = matchLocale(current) === 'es' ? spanish?.[options.id] : undefined;
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  if (translated && typeof translated !== 'string') {
    return fill(translated.strings, template.values, translated.values);
  }
  return fill(template.strings, template.values);
}
