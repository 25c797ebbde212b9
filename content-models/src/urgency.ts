import { z } from 'zod';
import { URGENCIES } from './urgencies.js';

export { URGENCIES, mostUrgent, urgencyRank, type Urgency } from './urgencies.js';

/** zod schema of {@link Urgency}. */
export const UrgencySchema = z.enum(URGENCIES);
