/**
 * All sample content, as the seed runner (`../run.ts`) reads it.
 * (Aggregator only; the content lives in the files next to this one.)
 */
import type { SeedContent } from '../types';
import { guides } from './guides';
import { instructions } from './instructions';
import { protocols } from './protocols';
import { queues } from './queues';
import { reasons } from './reasons';
import { regions } from './regions';
import { services } from './services';
import { synonyms } from './synonyms';
import { trees } from './trees';

export const seedContent: SeedContent = {
  regions,
  queues,
  services,
  instructions,
  guides,
  protocols,
  trees,
  synonyms,
  reasons,
};
