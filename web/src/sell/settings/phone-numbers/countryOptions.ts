/** Countries with their names in the current language and their calling codes ("Japan (+81)"), by name. */
export function countryOptions(countries: { code: string; calling_code: string }[], language: string) {
  const names = new Intl.DisplayNames(language, { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return countries
    .map(({ code, calling_code }) => ({ value: code, label: `${countryName(names, code)} (+${calling_code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** A country's name in the current language, its code when the browser knows no name. */
export function countryNameIn(language: string, code: string): string {
  return countryName(new Intl.DisplayNames(language, { type: 'region', fallback: 'code' }), code);
}

function countryName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
