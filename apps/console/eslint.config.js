import { core } from '@thidua/eslint-config';

export default [
  ...core,
  {
    // Choices of units and people are offered by name: react-admin's ReferenceInput would list them by id.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/common/ReferenceInput.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@thidua/province-*'],
              message: 'Core code never names a province: plugins are discovered at run time (architecture.md).',
            },
          ],
          paths: [
            {
              name: 'react-admin',
              importNames: ['ReferenceInput'],
              message: 'Use ReferenceInput of src/common/ReferenceInput: it offers choices by name, not by id.',
            },
          ],
        },
      ],
    },
  },
];
