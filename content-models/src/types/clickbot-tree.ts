import { z } from 'zod';
import { ClickbotNodeSchema } from '../clickbot/schema.js';
import { validateClickbotTree } from '../clickbot/validate.js';
import { defineContentType, integer, json, manyToOne, refineWith, string } from '../dsl/index.js';
import { CODE_PATTERN } from '../shared-schemas.js';

/**
 * A chat decision tree ("clickbot") that routes a citizen to a queue, guide, phone number, external
 * service or emergency advice. Not localized: texts are LocalizedText in json. Parsing fails with the
 * problems of {@link validateClickbotTree} for an invalid graph.
 */
export const clickbotTree = defineContentType({
  singularName: 'clickbot-tree',
  pluralName: 'clickbot-trees',
  displayName: 'Clickbot tree',
  description: 'Chat decision tree routing citizens to a queue, guide, phone, external service or 112',
  localized: false,
  fields: {
    code: string({ pattern: CODE_PATTERN }).required().unique(),
    name: string(),
    region: manyToOne('api::region.region'),
    version: integer({ min: 1 }),
    rootNodeId: string().required(),
    nodes: json(z.array(ClickbotNodeSchema).min(1)).required(),
  },
  refine: refineWith(validateClickbotTree),
});

/** A clickbot tree document (REST shape). */
export type ClickbotTree = z.infer<typeof clickbotTree.schema>;
/** Writable clickbot tree data. */
export type ClickbotTreeData = z.input<typeof clickbotTree.dataSchema>;
