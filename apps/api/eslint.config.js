export { core as default } from '@thidua/eslint-config';
