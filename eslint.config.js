import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
  {
    // Imports point inward: the core depends on nothing of ours outside it, and on no framework.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@tensorflow/*', '@tensorflow-models/*', 'comlink', 'mp4box', 'node:*'], message: 'src/core is pure: no DOM, Node, tfjs or React.' },
            { group: ['../../pose/*', '../../app/*', '../../cli/*', '../../video/*', '../pose/*', '../app/*', '../cli/*', '../video/*', '**/workers/*'], message: 'Imports point inward: src/core must not import outer layers.' },
          ],
        },
      ],
    },
  },
);
