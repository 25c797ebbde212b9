// The package is "type": "module", so Node would read dist/cjs/*.js as ES modules. A package.json in that folder
// saying "commonjs" makes Node load them as what tsc wrote there (CommonJS), for require('@neuvo/content-models').
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
