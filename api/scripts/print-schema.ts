/** Writes the api's schema to the contract package (`npm run schema:print -w @neuvo/api`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTRACT_SCHEMA_FILE, printApiSchema } from '../src/sdl.js';

writeFileSync(CONTRACT_SCHEMA_FILE, printApiSchema());
console.log(`wrote ${fileURLToPath(CONTRACT_SCHEMA_FILE)}`);
