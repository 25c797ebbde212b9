/**
 * Sample regions: the three wellbeing services counties of the founding project.
 *
 * Municipality codes are Statistics Finland's 3-digit codes (kuntanumero).
 * `ptvOrganizationIds` is left empty on purpose: we do not invent PTV organisation ids.
 */

type LocalizedText = { fi: string; sv?: string; en?: string };

export interface RegionSeed {
  /** Natural key. */
  code: string;
  name: LocalizedText;
  municipalityCodes: string[];
  ptvOrganizationIds: string[];
}

export const regions: RegionSeed[] = [
  {
    code: 'pohjanmaa',
    name: { fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' },
    municipalityCodes: [
      '152', // Isokyrö
      '231', // Kaskinen
      '280', // Korsnäs
      '287', // Kristiinankaupunki
      '288', // Kruunupyy
      '399', // Laihia
      '440', // Luoto
      '475', // Maalahti
      '499', // Mustasaari
      '545', // Närpiö
      '598', // Pietarsaari
      '599', // Pedersöre
      '893', // Uusikaarlepyy
      '905', // Vaasa
      '946', // Vöyri
    ],
    ptvOrganizationIds: [],
  },
  {
    code: 'kymenlaakso',
    name: { fi: 'Kymenlaakso', sv: 'Kymmenedalen', en: 'Kymenlaakso' },
    municipalityCodes: [
      '075', // Hamina
      '285', // Kotka
      '286', // Kouvola
      '489', // Miehikkälä
      '624', // Pyhtää
      '935', // Virolahti
    ],
    ptvOrganizationIds: [],
  },
  {
    code: 'etela-karjala',
    name: { fi: 'Etelä-Karjala', sv: 'Södra Karelen', en: 'South Karelia' },
    municipalityCodes: [
      '153', // Imatra
      '405', // Lappeenranta
      '416', // Lemi
      '441', // Luumäki
      '580', // Parikkala
      '689', // Rautjärvi
      '700', // Ruokolahti
      '739', // Savitaipale
      '831', // Taipalsaari
    ],
    ptvOrganizationIds: [],
  },
];
