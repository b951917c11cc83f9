import { configureLocalization } from '@lit/localize';

/** Locales shipped with the elements; English is the source. */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

let controls: ReturnType<typeof configureLocalization> | undefined;

function localization(): ReturnType<typeof configureLocalization> {
  // Configured lazily, on the first locale change, so that merely importing an element has no
  // global side effect on a page that might use lit-localize itself.
  controls ??= configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es'],
    loadLocale: () => import('../locales/es.js'),
  });
  return controls;
}

/** Maps any BCP 47 tag (`es-MX`, `EN-gb`) to a locale we ship, English when we have none. */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split('-')[0];
  return SUPPORTED_LOCALES.find((locale) => locale === language) ?? 'en';
}

/**
 * Switches every Wellvisit element on the page to a locale. Elements re-render when it is loaded.
 * `<wv-provider locale="es">` calls this for you.
 */
export async function setLocale(tag: string): Promise<void> {
  const locale = matchLocale(tag);
  if (controls === undefined && locale === 'en') return;
  await localization().setLocale(locale);
}

/** The active locale, for Intl formatting. */
export function getLocale(): SupportedLocale {
  return controls ? matchLocale(controls.getLocale()) : 'en';
}
