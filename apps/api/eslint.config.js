import { core, leaf } from '@thidua/eslint-config';

// src/common holds generic helpers only (errors, clock, validation, list query, upload, zip guard): it must not
// import a business module, else the modules that import it would depend on each other through it.
export default [...core, ...leaf('src/common')];
