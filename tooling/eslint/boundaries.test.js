// A wrong-direction import must fail lint: each preset is run on a file that breaks its layer's rule.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { core, domain, plugin } from './index.js';

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
});
