/**
 * A readable label for a region code (`etela-karjala` → `Etela-Karjala`) until the api offers region names
 * for the filter chips (a `regions(locale)` query is requested from the api).
 */
export function regionLabel(code: string): string {
  return code
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('-');
}
