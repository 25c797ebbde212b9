/** Writes `src/generated/operations.ts` (`npm run generate -w @neuvo/graphql-contract`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILE, generateOperationsModule } from './codegen.js';

mkdirSync(new URL('./', GENERATED_FILE), { recursive: true });
writeFileSync(GENERATED_FILE, await generateOperationsModule());
console.log(`wrote ${fileURLToPath(GENERATED_FILE)}`);
