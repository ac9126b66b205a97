import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/**
 * The README's "may import" table, enforced: each layer lists the layers of ours it must not
 * import (imports point inward; workers and the app compose the inner layers).
 */
const LAYERS = {
  core: {
    files: ['src/core/**/*.ts'],
    forbid: ['text', 'pose', 'video', 'app', 'cli', 'workers'],
    extra: [
      {
        group: ['react', 'react-*', '@tensorflow/*', '@tensorflow-models/*', 'comlink', 'mp4box', 'node:*'],
        message: 'src/core is pure: no DOM, Node, tfjs or React.',
      },
    ],
  },
  // The report's words (issue 14): the catalogues and localizeReport, pure like the core.
  text: {
    files: ['src/text/**/*.ts'],
    forbid: ['pose', 'video', 'app', 'cli', 'workers'],
    extra: [
      {
        group: ['react', 'react-*', '@tensorflow/*', '@tensorflow-models/*', 'comlink', 'mp4box', 'node:*'],
        message: 'src/text is pure: no DOM, Node, tfjs or React.',
      },
    ],
  },
  pose: { files: ['src/pose/**/*.ts'], forbid: ['text', 'video', 'app', 'cli', 'workers'], extra: [] },
  video: { files: ['src/video/**/*.ts'], forbid: ['text', 'pose', 'app', 'cli', 'workers'], extra: [] },
  workers: { files: ['workers/**/*.ts'], forbid: ['app', 'cli'], extra: [] },
  cli: { files: ['src/cli/**/*.ts'], forbid: ['video', 'app', 'workers'], extra: [] },
  app: { files: ['src/app/**/*.{ts,tsx}'], forbid: ['cli'], extra: [] },
};
/** Kana, CJK ideographs and full-width forms: Japanese words in a string. */
const JAPANESE = '/[\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef]/';
/** The selectors that refuse Japanese text (string literals and template parts) in src/core. */
const JAPANESE_TEXT = [
  {
    selector: `Literal[value=${JAPANESE}]`,
    message: 'No user text in src/core: emit a text key (src/text catalogues give the words).',
  },
  {
    selector: `TemplateElement[value.raw=${JAPANESE}]`,
    message: 'No user text in src/core: emit a text key (src/text catalogues give the words).',
  },
];
const pathOf = (layer) => (layer === 'workers' ? 'workers' : `src/${layer}`);
const layerRules = Object.entries(LAYERS).map(([name, l]) => ({
  files: l.files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...l.extra,
          {
            // Any relative path that reaches the forbidden folder (../pose/x, ../../src/pose/x, ../../workers/x).
            regex: `^(\\.\\./)+(${l.forbid
              .map(pathOf)
              .map((p) => `(src/)?${p.replace(/^src\//, '')}`)
              .join('|')})/`,
            message: `Imports point inward (README "may import"): ${pathOf(name)} must not import ${l.forbid.map(pathOf).join(', ')}.`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'models/**', 'tests/artifacts/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...layerRules,
  {
    // The worker contracts (workers/*Api.ts) are the one place both sides of a worker agree on; the
    // app reaches a worker only through `new Worker(new URL(...))` and src/app/bridge, and imports
    // workers/ as types only (a value import would bundle worker code into the page).
    files: ['src/app/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+workers/',
              allowTypeImports: true,
              message: 'Import a worker contract (workers/*Api.ts) as types only: `import type`.',
            },
          ],
        },
      ],
    },
  },
  {
    // No user text in the core (issue 14): it emits text keys and parameters, and src/text's
    // catalogues give the words. Japanese characters are refused in every core file, tests included;
    // a `ja:` key outside the tests (the core's own test fixtures may build a written report's
    // `{en, ja}` pair).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...JAPANESE_TEXT],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...JAPANESE_TEXT,
        {
          selector: "Property[key.name='ja'], Property[key.value='ja']",
          message: 'No {en, ja} text in src/core: emit a text key and parameters (src/text gives the words).',
        },
      ],
    },
  },
  {
    // Inside the app, the review screen composes export, the player, the overlays and the metric
    // catalogue; none of them imports the review back (issue 14: review/ and export/ imported each other).
    files: ['src/app/{export,player,overlay,metrics}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(src/)?cli/',
              message: 'Imports point inward (README "may import"): src/app must not import src/cli.',
            },
            {
              regex: '^\\.\\./review/',
              message: 'The review composes export, player, overlay and metrics; they do not import it back.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles anywhere in our code (files importing each other, directly or round a loop).
    files: ['src/**/*.{ts,tsx}', 'workers/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // The dependency graph is read with the TypeScript parser (without it .ts files are skipped).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
