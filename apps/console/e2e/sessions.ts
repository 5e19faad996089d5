/**
 * Tokens of users already logged in during this run. The api allows ten logins a minute per client, so each user
 * logs in once (through the form, or the api for arranging data) and later steps reuse the token.
 */
export const sessions = new Map<string, { token: string; user: unknown }>();
