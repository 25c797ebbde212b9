import qs from 'qs';

/** A value that can be written as a Strapi query parameter. */
export type StrapiQueryValue =
  string | number | boolean | null | undefined | readonly StrapiQueryValue[] | StrapiQuery;
/** Nested query parameters, e.g. `{ populate: { regions: { fields: ['code'] } } }`. */
export interface StrapiQuery {
  readonly [key: string]: StrapiQueryValue;
}

/**
 * Encodes nested parameters the way Strapi's REST documentation does, with the `qs` library Strapi itself parses
 * them with: `qs.stringify(query, { encodeValuesOnly: true })`, so
 * `{ populate: { regions: { fields: ['code'] } } }` → `populate[regions][fields][0]=code`.
 * `undefined` and `null` values and empty objects are left out; values are percent-encoded, keys and brackets stay
 * readable. No `*` wildcards: callers name what they need.
 */
export function encodeStrapiQuery(query: StrapiQuery): string {
  return qs.stringify(query, { encodeValuesOnly: true, skipNulls: true });
}
