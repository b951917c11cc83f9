import { getLocale } from '../shared/localization.js';

/** The primary language of a BCP 47 tag: `es-MX` → `es`. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the viewer's locale ("Spanish", "español"); the tag if Intl has none. */
export function languageName(tag: string): string {
  const locale = getLocale();
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
