import { z } from 'zod';
import { defineContentType, json, string } from '../dsl/index.js';
import { CODE_PATTERN, MunicipalityCodeSchema } from '../shared-schemas.js';

/** A wellbeing services county or other service area. */
export const region = defineContentType({
  singularName: 'region',
  pluralName: 'regions',
  displayName: 'Region',
  description: 'A wellbeing services county or other service area',
  localized: true,
  fields: {
    code: string({ pattern: CODE_PATTERN }).required().unique(),
    name: string().required().localized(),
    municipalityCodes: json(z.array(MunicipalityCodeSchema)),
    ptvOrganizationIds: json(z.array(z.guid())),
  },
});

/** A region document (REST shape). */
export type Region = z.infer<typeof region.schema>;
/** Writable region data. */
export type RegionData = z.input<typeof region.dataSchema>;
