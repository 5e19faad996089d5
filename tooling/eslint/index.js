// Shared flat configs. Every package's eslint.config.js picks the preset of its layer, so the dependency direction
// of architecture.md (provinces → domain ← apps) is enforced by lint, not by habit:
//   base    — TypeScript rules for every package
//   core    — apps and shared packages: never import a province plugin (plugins are discovered at run time)
//   domain  — the shared language: no I/O, no framework, no other workspace package
//   plugin  — a province: data only, importing nothing but @thidua/domain
//   leaf(folder) — a folder of generic helpers (the api's src/common) that imports nothing else of its package
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const base = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // No consistent-type-imports: NestJS injects by the constructor parameter types that decorator metadata
      // emits, so those imports must stay value imports.
    },
  },
);

const PROVINCE_PLUGINS = {
  group: ['@thidua/province-*'],
  message: 'Core code never names a province: plugins are discovered at run time (architecture.md).',
};

/** The same restriction for `import` and for TypeScript's `import type`. */
const restrict = (patterns, files = ['**/*.{ts,tsx,js,mjs}'], ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    '@typescript-eslint/no-restricted-imports': 'off',
  },
});

export const core = [...base, restrict([PROVINCE_PLUGINS])];

export const domain = [
  ...base,
  restrict(
    [
      PROVINCE_PLUGINS,
      {
        regex: '^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$)',
        message: 'packages/domain holds pure rules: no I/O, no Node built-ins (architecture.md).',
      },
      {
        regex: '^(typeorm|@nestjs/|react|react-dom|react-admin|@mui/|express|pg$|better-sqlite3)',
        message: 'packages/domain knows no framework or database: apps and plugins depend on it, not the reverse.',
      },
      {
        regex: '^@thidua/(?!domain(/|$))',
        message: 'packages/domain depends on no other workspace package.',
      },
    ],
    ['src/**/*.{ts,tsx}'],
    // Tests may read files (e.g. the generated manifest reference); the rules they test may not.
    ['src/**/*.test.ts'],
  ),
];

export const plugin = [
  ...base,
  restrict(
    [
      {
        // Relative files of the plugin itself, @thidua/domain, and vitest in its tests: nothing else.
        regex: '^(?!\\.|@thidua/domain(/|$)|vitest$)',
        message: 'A province plugin is data: it may import only @thidua/domain (architecture.md).',
      },
    ],
    ['src/**/*.{ts,tsx}'],
  ),
];

/**
 * A leaf folder: generic helpers (errors, clock, validation, …) that business modules import, never the reverse,
 * so its files may import packages and each other but no relative path out of the folder. no-restricted-imports
 * sees only the specifier, so each depth below the folder gets the pattern that climbs exactly out of it.
 */
export const leaf = (folder, depth = 3) =>
  Array.from({ length: depth }, (_, d) =>
    restrict(
      [
        // A later flat config replaces the rule's options rather than adding to them: keep core's pattern.
        PROVINCE_PLUGINS,
        {
          regex: `^(\\.\\./){${d + 1}}`,
          message: `${folder}/ is a leaf of generic helpers: it imports nothing from outside it (business modules import it).`,
        },
      ],
      [`${folder}/${'*/'.repeat(d)}*.{ts,tsx}`],
    ),
  );

export default base;
