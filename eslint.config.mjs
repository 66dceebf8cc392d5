// Lint for the API, the client, the shared package and the tests: typescript-eslint's recommended
// rules and no import cycles everywhere; for the API also the layer order of its modules
// (docs/ARCHITECTURE.md): a module imports only common and lower layers.
import fs from 'node:fs';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/**
 * The layer of every API module: a module may import common and modules of lower layers only.
 * Modules of the top layer do not import each other: they talk through domain events
 * (api/src/common/events.ts). A new module gets its line here.
 */
export const LAYERS = {
  audit: 1,
  organisation: 2,
  identity: 3,
  file: 4,
  setting: 5,
  competency: 6,
  record: 7,
  learning: 8,
  assessment: 9,
  certificate: 9,
  committee: 9,
  community: 9,
};

const present = fs
  .readdirSync(new URL('./api/src/modules', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const unplaced = present.filter((name) => !(name in LAYERS));
if (unplaced.length) throw new Error(`Give api/src/modules/${unplaced.join(', ')} a layer in eslint.config.mjs (LAYERS)`);

const moduleElements = Object.keys(LAYERS).map((name) => ({ type: name, pattern: `api/src/modules/${name}`, mode: 'folder' }));
const moduleRules = Object.entries(LAYERS).map(([name, layer]) => ({
  from: name,
  allow: [
    'common',
    ...Object.entries(LAYERS)
      .filter(([, other]) => other < layer)
      .map(([other]) => other),
  ],
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'client/src/gql/**',
      'client/public/**',
      'api/src/db/migrations/**',
      'scripts/**',
      'seeds/**',
      '*.js',
      '*.mjs',
    ],
  },
  {
    files: ['api/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { boundaries, 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['api/src/**/*.ts'],
      'boundaries/elements': [{ type: 'common', pattern: 'api/src/common', mode: 'folder' }, ...moduleElements],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} may not import ${dependency.type}: a module imports only common and lower layers (docs/ARCHITECTURE.md)',
          rules: [{ from: 'common', allow: ['common'] }, ...moduleRules],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The client, the package both sides share, and the tests: the same rules and no import cycles.
    files: ['client/src/**/*.{ts,tsx}', 'client/*.ts', 'packages/*/src/**/*.ts', 'tests/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['./tsconfig.json', './client/tsconfig.json', './packages/domain/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}', 'tests/bench/stack-floor/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests read GraphQL answers and error bodies as untyped JSON.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Node scripts beside the tests: benchmarks, the jest reporter and sequencer, helpers.
    files: ['tests/**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    files: ['tests/**/*.cjs', 'tests/support/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
