export { default } from '@thidua/eslint-config';
