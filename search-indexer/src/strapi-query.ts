/** A value that can be written as a Strapi (qs) query parameter. */
export type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | QueryObject;
/** Nested query parameters, e.g. `{ populate: { regions: { fields: ['code'] } } }`. */
export interface QueryObject {
  readonly [key: string]: QueryValue;
}

/**
 * Encodes nested parameters in the bracket syntax Strapi's `qs` parser reads:
 * `{ populate: { regions: { fields: ['code'] } } }` → `populate[regions][fields][0]=code`.
 * `undefined`/`null` values and empty objects are left out. Keys and values are percent-encoded; brackets stay
 * readable. No `*` wildcards: callers name what they need.
 */
export function encodeStrapiQuery(params: QueryObject): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item: QueryValue, i) => walk(`${prefix}[${i}]`, item));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value as QueryObject)) {
        walk(prefix === '' ? encodeURIComponent(key) : `${prefix}[${encodeURIComponent(key)}]`, child);
      }
      return;
    }
    pairs.push(`${prefix}=${encodeURIComponent(String(value))}`);
  };
  walk('', params);
  return pairs.join('&');
}
