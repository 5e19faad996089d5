// Writes MANIFEST.md from the built schema (run after `pnpm build`): `pnpm --filter @thidua/domain manifest:doc`.
import { writeFileSync } from 'node:fs';
import { manifestReference } from '../dist/manifest/reference.js';

writeFileSync(new URL('../MANIFEST.md', import.meta.url), manifestReference());
