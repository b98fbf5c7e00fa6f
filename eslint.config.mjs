// Lint: TypeScript rules plus Nx module boundaries. Apps import shared libs only, never another app;
// contracts imports nothing scoped (it is the language every service shares).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', '.reports/**', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:routing', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:relay', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:scheduling', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:notification', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tracking', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // contracts is the shared language: it may use validation libraries, but no project of ours.
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@motcua/*'], message: 'contracts imports nothing scoped' }] }],
    },
  },
];
