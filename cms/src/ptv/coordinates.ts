/**
 * EPSG:3067 (ETRS89 / ETRS-TM35FIN) → WGS84 latitude/longitude, the Transverse Mercator inverse with the
 * Krüger series as given in the Finnish public-administration standard JHS 154 (GRS80 ellipsoid, central
 * meridian 27° E, scale 0.9996, false easting 500 000 m). Accurate to well under a metre inside Finland;
 * ETRS89 and WGS84 differ by less than a metre, which is nothing on a map.
 */

const A = 6378137; // GRS80 semi-major axis
const F = 1 / 298.257222101; // GRS80 flattening
const K0 = 0.9996;
const LAMBDA0 = (27 * Math.PI) / 180;
const E0 = 500000;

const N = F / (2 - F);
const A1 = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const E = Math.sqrt(2 * F - F * F);
const BETA = [N / 2 - (2 * N ** 2) / 3 + (37 * N ** 3) / 96, N ** 2 / 48 + N ** 3 / 15, (17 * N ** 3) / 480];

/** WGS84 coordinates in degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/**
 * Converts ETRS-TM35FIN northing/easting (metres) to WGS84 degrees. Returns null for values that are not
 * plausible Finnish coordinates (PTV sends `"0"`, empty strings, or swapped values now and then).
 */
export function etrsTm35FinToWgs84(northing: number, easting: number): LatLon | null {
  if (!Number.isFinite(northing) || !Number.isFinite(easting)) return null;
  // Finland incl. sea areas is roughly N 6 600 000–7 800 000, E 50 000–760 000.
  if (northing < 6_500_000 || northing > 7_900_000 || easting < 0 || easting > 1_000_000) return null;
  const xi = northing / (A1 * K0);
  const eta = (easting - E0) / (A1 * K0);
  let xiP = xi;
  let etaP = eta;
  BETA.forEach((b, i) => {
    const j = 2 * (i + 1);
    xiP -= b * Math.sin(j * xi) * Math.cosh(j * eta);
    etaP -= b * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const beta = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  const l = Math.asin(Math.tanh(etaP) / Math.cos(beta));
  const q = Math.asinh(Math.tan(beta));
  let qP = q + E * Math.atanh(E * Math.tanh(q));
  for (let k = 0; k < 5; k++) qP = q + E * Math.atanh(E * Math.tanh(qP));
  const phi = Math.atan(Math.sinh(qP));
  const round = (deg: number) => Math.round(deg * 1e7) / 1e7;
  return { latitude: round((phi * 180) / Math.PI), longitude: round(((LAMBDA0 + l) * 180) / Math.PI) };
}

/** Parses PTV's string coordinates (`latitude` = northing, `longitude` = easting) and converts them. */
export function ptvCoordinatesToWgs84(
  latitude: string | number | null | undefined,
  longitude: string | number | null | undefined,
): LatLon | null {
  if (latitude == null || longitude == null || latitude === '' || longitude === '') return null;
  return etrsTm35FinToWgs84(Number(latitude), Number(longitude));
}
