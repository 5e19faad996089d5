/** What each manifest field means, with an example: the text of MANIFEST.md (a test requires one per field). */
export const FIELD_HELP: Record<string, { meaning: string; example?: string }> = {};
