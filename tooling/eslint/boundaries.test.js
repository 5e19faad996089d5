// A wrong-direction import must fail lint: each preset is run on a file that breaks its layer's rule.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { core, domain, leaf, plugin } from './index.js';

async function errors(config, filePath, code) {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config, cwd: import.meta.dirname });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer presets', () => {
  it('core (apps, documents) may not import a province plugin', async () => {
    expect(await errors(core, 'src/x.ts', "import p from '@thidua/province-dak-lak';\nexport default p;\n")).toEqual([
      expect.stringContaining('never names a province'),
    ]);
    expect(await errors(core, 'src/x.ts', "import { can } from '@thidua/domain';\nexport default can;\n")).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'no I/O'],
    ["import { DataSource } from 'typeorm';", 'no framework'],
    ["import { Injectable } from '@nestjs/common';", 'no framework'],
    ["import { render } from '@thidua/documents';", 'no other workspace package'],
  ])('domain refuses %s', async (line, why) => {
    expect(await errors(domain, 'src/rules/x.ts', `${line}\nexport const y = 1;\n`)).toEqual([
      expect.stringContaining(why),
    ]);
  });

  it('domain tests may read files, the rules they test may not', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n";
    expect(await errors(domain, 'src/manifest/reference.test.ts', code)).toEqual([]);
    expect(await errors(domain, 'src/manifest/reference.ts', code)).toHaveLength(1);
  });

  it('domain may import zod and its own files', async () => {
    const code = "import { z } from 'zod';\nimport { x } from './y.js';\nexport const s = z.string().or(x);\n";
    expect(await errors(domain, 'src/rules/x.ts', code)).toEqual([]);
  });

  it.each([
    "import { DataSource } from 'typeorm';",
    "import { readFileSync } from 'node:fs';",
    "import other from '@thidua/province-bac-kan';",
    "import { render } from '@thidua/documents';",
  ])('a plugin refuses %s', async (line) => {
    expect(await errors(plugin, 'src/index.ts', `${line}\nexport const y = 1;\n`)).toEqual([
      expect.stringContaining('may import only @thidua/domain'),
    ]);
  });

  it('a plugin may import @thidua/domain, its own files and vitest', async () => {
    const code =
      "import { defineProvince } from '@thidua/domain';\nimport { phases } from './phases.js';\nimport { it } from 'vitest';\nexport const y = [defineProvince, phases, it];\n";
    expect(await errors(plugin, 'src/plan.test.ts', code)).toEqual([]);
  });

  describe("leaf (the api's src/common)", () => {
    const config = [...core, ...leaf('src/common')];

    it.each([
      ['src/common/errors.ts', "import { AuditService } from '../audit/audit.service.js';"],
      ['src/common/errors.ts', "import { scopedList } from '../crud/scoped-list.js';"],
      ['src/common/deep/x.ts', "import { User } from '../../database/entities/index.js';"],
    ])('%s refuses %s', async (file, line) => {
      expect(await errors(config, file, `${line}\nexport const y = 1;\n`)).toEqual([
        expect.stringContaining('is a leaf of generic helpers'),
      ]);
    });

    it('may import packages and its own files; the rest of the app may import it', async () => {
      const own =
        "import { z } from 'zod';\nimport { badRequest } from './errors.js';\nimport { a } from '../b.js';\nexport const y = [z, badRequest, a];\n";
      expect(await errors(config, 'src/common/deep/x.ts', own)).toEqual([]);
      const user = "import { badRequest } from '../common/errors.js';\nexport const y = badRequest;\n";
      expect(await errors(config, 'src/units/units.ts', user)).toEqual([]);
    });

    it('still refuses a province plugin inside the leaf', async () => {
      expect(
        await errors(config, 'src/common/x.ts', "import p from '@thidua/province-dak-lak';\nexport default p;\n"),
      ).toEqual([expect.stringContaining('never names a province')]);
    });
  });
});
