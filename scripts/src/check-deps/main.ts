/** `npm run lint` runs this after ESLint: exits 1 and lists every problem the dependency check finds. */
import { repoRoot } from '../kit/paths.js';
import { checkDependencies } from './index.js';

const problems = checkDependencies(repoRoot);
for (const problem of problems) console.error(`${problem.kind}: ${problem.message}`);
if (problems.length > 0) {
  console.error(`dependency check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('dependency check: every import declared, no computed imports, no cycles between packages');
