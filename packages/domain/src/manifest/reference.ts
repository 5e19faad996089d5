import type { z } from 'zod';
import { FIELD_HELP, SOURCE_HELP } from './field-help.js';
import { manifestSchema } from './schema.js';

/** One field of the manifest, as the reference lists it. */
export interface FieldEntry {
  path: string;
  type: string;
  required: boolean;
  values: string[] | null;
}

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
};
const PATTERNS: Record<string, string> = {
  '/^\\d{4}-\\d{2}-\\d{2}$/': 'date YYYY-MM-DD',
  '/^[a-z0-9]+(-[a-z0-9]+)*$/': 'id (lower-case-words)',
  '/^\\d{2}-\\d{2}$/': 'day MM-DD',
};
const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;

function typeName(s: z.core.$ZodType): { type: string; values: string[] | null } {
  const d = defOf(s);
  if (d.type === 'enum') return { type: 'enum', values: Object.values(d.entries!) };
  if (d.type === 'literal') return { type: 'literal', values: d.values!.map(String) };
  if (d.type === 'string') {
    const pattern = String(d.checks?.map((c) => c._zod.def.pattern).find(Boolean) ?? '');
    return { type: PATTERNS[pattern] ?? 'string', values: null };
  }
  if (d.type === 'array') {
    const inner = typeName(d.element!);
    return { type: `${inner.type === 'object' ? 'object' : inner.type}[]`, values: inner.values };
  }
  if (d.type === 'record') return { type: `record<string, ${typeName(d.valueType!).type}>`, values: null };
  return { type: d.type, values: null };
}

/** Every field of the manifest schema, depth first, in declaration order. */
export function manifestFields(schema: z.core.$ZodType = manifestSchema, path = '', required = true): FieldEntry[] {
  const d = defOf(schema);
  if (d.type === 'optional' || d.type === 'default') return manifestFields(d.innerType!, path, false);
  if (d.type === 'nullable') {
    const [first, ...rest] = manifestFields(d.innerType!, path, required);
    return first ? [{ ...first, type: `${first.type} | null` }, ...rest] : [];
  }
  const own: FieldEntry[] = path ? [{ path, required, ...typeName(schema) }] : [];
  if (d.type === 'object')
    return [...own, ...Object.entries(d.shape!).flatMap(([k, v]) => manifestFields(v, path ? `${path}.${k}` : k))];
  if (d.type === 'array' && ['object', 'optional'].includes(defOf(d.element!).type))
    return [...own, ...manifestFields(d.element!, `${path}[]`).filter((f) => f.path !== `${path}[]`)];
  return own;
}

/** The help of a field; every `source` shares one. */
export const helpFor = (path: string) => FIELD_HELP[path] ?? (/(^|\.)source$/.test(path) ? SOURCE_HELP : undefined);

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The manifest reference (packages/domain/MANIFEST.md), generated from the schema and FIELD_HELP. */
export function manifestReference(): string {
  const rows = manifestFields().map((f) => {
    const help = helpFor(f.path);
    return `| \`${f.path}\` | ${cell(f.type)}${f.values ? `: ${f.values.map((v) => `\`${v}\``).join(', ')}` : ''} | ${f.required ? 'yes' : ''} | ${cell(help?.meaning ?? '')} | ${help?.example ? `\`${cell(help.example)}\`` : ''} |`;
  });
  return [
    '# Province manifest reference',
    '',
    '<!-- Generated from packages/domain/src/manifest/{schema,field-help}.ts by `pnpm --filter @thidua/domain manifest:doc`; a test keeps it in step. Do not edit by hand. -->',
    '',
    "A province plugin's `src/index.ts` exports `defineProvince({ … })`; the api validates it at start-up. Every fact",
    'carries `source`, the plan section it comes from. Unknown keys are errors (the nearest valid name is suggested).',
    'Where the plan does not state a list, leave it empty and add `{ field, source }` to `notStated`: it is then shown as',
    '"chưa quy định" (not stated), which differs from an empty list without it ("không quy định", the plan says none).',
    '',
    '| field | type and allowed values | required | meaning | example |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
