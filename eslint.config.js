// Lints the repository's own scripts (bench/, scripts/); each package has its own eslint.config.js.
import { core } from '@thidua/eslint-config';
import globals from 'globals';

export default [
  ...core,
  { ignores: ['apps/**', 'packages/**', 'provinces/**', 'tooling/**', 'bench/national/.data/**'] },
  { files: ['bench/**/*.mjs', 'scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
];
