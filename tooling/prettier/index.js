// The one formatter preset of the repository (root package.json points at it as "prettier").
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  endOfLine: 'lf',
  overrides: [{ files: ['*.md'], options: { proseWrap: 'preserve' } }],
};
