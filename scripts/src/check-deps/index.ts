/**
 * The workspace dependency check behind `npm run lint`: every package imports only what its package.json declares,
 * no module is imported through a computed name (which hides a dependency from this check and from the lint rules),
 * and no two workspace packages depend on each other, directly or through others. ESLint's per-package blocks say
 * which of our packages a package may import; this check makes sure the declared graph is what the code does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One finding, with the file (relative to the repository root) where it was seen. */
export interface DependencyProblem {
  readonly kind: 'undeclared' | 'computed-import' | 'cycle';
  readonly message: string;
}

interface Workspace {
  readonly name: string;
  readonly dir: string;
  readonly declared: ReadonlySet<string>;
}

const SOURCE = /\.(?:[cm]?[jt]s|tsx|vue)$/;
// Folders that hold generated or installed code, not the package's own sources.
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  '.strapi',
  '.cache',
  'cache',
  '.tmp',
  'coverage',
]);
const BUILTINS = new Set(builtinModules);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function declaredOf(manifest: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = manifest[field];
    if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) names.add(name);
  }
  return names;
}

function workspacesOf(root: string): Workspace[] {
  const manifest = readJson(join(root, 'package.json'));
  const dirs = (manifest['workspaces'] as string[] | undefined) ?? [];
  return dirs.map((dir) => {
    const pkg = readJson(join(root, dir, 'package.json'));
    return { name: String(pkg['name']), dir, declared: declaredOf(pkg) };
  });
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
      out.push(...sourceFiles(path));
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; `undefined` for relative paths and built-ins. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return undefined;
  if (specifier.startsWith('virtual:') || specifier.startsWith('~')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return BUILTINS.has(name) ? undefined : name;
}

/**
 * Module names a source file imports, requires or re-exports, and how many dynamic imports or `require` calls name
 * their module with anything but a string literal (a name computed at run time, invisible to this check).
 */
export function importsOf(text: string, fileName = 'file.ts'): { specifiers: string[]; computed: number } {
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  let computed = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const loads =
        callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require');
      const argument = node.arguments[0];
      if (loads && argument !== undefined && !ts.isStringLiteralLike(argument)) computed += 1;
    }
    ts.forEachChild(node, visit);
  };
  // A .vue file is parsed whole: the template is not TypeScript, but the imports of its script block still are.
  visit(ts.createSourceFile(fileName.replace(/\.vue$/, '.ts'), text, ts.ScriptTarget.Latest, false));
  return { specifiers, computed };
}

/** Every cycle in the graph of workspace packages, each as the list of names along it (first repeated last). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): void => {
    if (done.has(node)) return;
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (seen.has(node) && !path.includes(node)) return;
    seen.add(node);
    path.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return cycles;
}

/** Runs the whole check over the workspace at `root`; an empty list means it passes. */
export function checkDependencies(root: string): DependencyProblem[] {
  const problems: DependencyProblem[] = [];
  const workspaces = workspacesOf(root);
  const names = new Set(workspaces.map((w) => w.name));
  const rootDeclared = declaredOf(readJson(join(root, 'package.json')));

  const check = (label: string, files: string[], declared: ReadonlySet<string>, self: string | undefined) => {
    for (const file of files) {
      const where = relative(root, file);
      const { specifiers, computed } = importsOf(readFileSync(file, 'utf8'), file);
      if (computed > 0)
        problems.push({
          kind: 'computed-import',
          message: `${where}: a dynamic import or require with a computed module name hides a dependency; name the module`,
        });
      for (const specifier of specifiers) {
        const name = packageOf(specifier);
        if (name === undefined || name === self || declared.has(name)) continue;
        // The root's development tools (vitest, eslint, typescript …) serve every package.
        if (!names.has(name) && rootDeclared.has(name)) continue;
        problems.push({
          kind: 'undeclared',
          message: `${where}: imports ${name}, which ${label}'s package.json does not declare`,
        });
      }
    }
  };

  for (const ws of workspaces) check(ws.name, sourceFiles(join(root, ws.dir)), ws.declared, ws.name);
  // The root's own files (config of eslint, vitest …), not the workspaces under it.
  const rootFiles = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => join(root, e.name));
  check('the root', rootFiles, rootDeclared, undefined);

  const graph = new Map(
    workspaces.map((ws) => [ws.name, [...ws.declared].filter((d) => names.has(d)).sort()] as const),
  );
  for (const cycle of findCycles(graph))
    problems.push({
      kind: 'cycle',
      message: `workspace packages depend on each other: ${cycle.join(' -> ')}`,
    });
  return problems;
}

/** True when `dir` is the root of an npm workspace (a package.json with `workspaces`). */
export function isWorkspaceRoot(dir: string): boolean {
  return (
    existsSync(join(dir, 'package.json')) && Array.isArray(readJson(join(dir, 'package.json'))['workspaces'])
  );
}
