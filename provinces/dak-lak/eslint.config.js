export { plugin as default } from '@thidua/eslint-config';
