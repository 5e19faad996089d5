export { domain as default } from '@thidua/eslint-config';
