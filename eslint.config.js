// Flat ESLint config. One block per package enforces the dependency rules (README.md, "The parts"):
// content-models is a leaf (no node:*, no DOM, none of our packages); cms, search-indexer and api never
// import each other; the browser apps import no server package, only content-models and the GraphQL contract.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

const ours = [
  '@neuvo/analysis',
  '@neuvo/node-kit',
  '@neuvo/cms',
  '@neuvo/search-indexer',
  '@neuvo/local-idp',
  '@neuvo/api',
  '@neuvo/graphql-contract',
  '@neuvo/agent-portal',
  '@neuvo/public-site',
  '@neuvo/scripts',
  '@neuvo/e2e',
];
const forbid = (names, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names.flatMap((n) => [n, `${n}/*`]), message }] }],
});
const noRelativeEscape = {
  group: ['../../*/src/*', '../../../*/src/*'],
  message: 'Import another package by its package name, never by a relative path into it.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.tmp/**',
      'cms/.strapi/**',
      'cms/types/generated/**',
      'cms/build/**',
      'public-site/site/.vitepress/cache/**',
      'public-site/site/.vitepress/dist/**',
      'public-site/.site-test-*/**',
      'public-site/.site-staging-*/**',
      'public-site/.publish/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['content-models/src/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'content-models is pure: no Node built-ins.' },
            { group: ['@neuvo/*'], message: 'content-models is the leaf: it imports nothing of ours.' },
            noRelativeEscape,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    // analysis: shared by the indexer (index time) and the api (query time), which may not import each other; it
    // needs Node (Voikko through FFI), so it cannot live in content-models, which is its only dependency of ours.
    files: ['analysis/src/**'],
    rules: forbid(
      ours.filter((n) => n !== '@neuvo/analysis'),
      'analysis may import @neuvo/content-models only.',
    ),
  },
  {
    // node-kit: what the Node services share beyond content (HTTP agent, logger, search key, Strapi query
    // encoding). Everything Node-side may import it; it imports content-models only, so it never closes a cycle.
    files: ['node-kit/src/**'],
    rules: forbid(
      ours.filter((n) => n !== '@neuvo/node-kit'),
      'node-kit may import @neuvo/content-models only.',
    ),
  },
  {
    files: ['cms/**'],
    rules: forbid(
      ['@neuvo/search-indexer', '@neuvo/api', '@neuvo/agent-portal', '@neuvo/public-site'],
      'cms talks to other services over HTTP or the outbox only.',
    ),
  },
  {
    files: ['search-indexer/src/**'],
    rules: forbid(
      ['@neuvo/cms', '@neuvo/api', '@neuvo/agent-portal', '@neuvo/public-site', '@neuvo/scripts'],
      'search-indexer talks to other services over HTTP only.',
    ),
  },
  {
    // The local sign-in provider is a development and test tool: the api's own code speaks OpenID Connect to
    // whatever provider it is configured with, so it never imports it (its tests do).
    files: ['api/src/**'],
    rules: forbid(
      [
        '@neuvo/cms',
        '@neuvo/search-indexer',
        '@neuvo/local-idp',
        '@neuvo/agent-portal',
        '@neuvo/public-site',
        '@neuvo/scripts',
      ],
      'api talks to other services over HTTP only.',
    ),
  },
  {
    // The contract runs in the browser apps: no Node built-ins, and the api's schema reaches it as a printed
    // file (schema.graphql), never as an import. Its tests and its generator (scripts/) run in Node.
    files: ['graphql-contract/src/**'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'graphql-contract runs in browsers: no Node built-ins.' },
            {
              group: ours.filter((n) => n !== '@neuvo/graphql-contract').flatMap((n) => [n, `${n}/*`]),
              message: 'graphql-contract may import @neuvo/content-models only.',
            },
            noRelativeEscape,
          ],
        },
      ],
    },
  },
  {
    files: ['graphql-contract/**/*.test.ts', 'graphql-contract/scripts/**'],
    rules: forbid(
      ours.filter((n) => n !== '@neuvo/graphql-contract'),
      'graphql-contract may import @neuvo/content-models only.',
    ),
  },
  {
    files: ['local-idp/src/**'],
    rules: forbid(ours, 'local-idp stands in for an outside identity provider: it imports nothing of ours.'),
  },
  {
    files: ['agent-portal/src/**', 'public-site/site/**', 'public-site/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      ours.filter(
        (n) => !['@neuvo/agent-portal', '@neuvo/public-site', '@neuvo/graphql-contract'].includes(n),
      ),
      'The browser apps talk to the api over GraphQL only (through @neuvo/graphql-contract).',
    ),
  },
);
