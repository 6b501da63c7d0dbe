/**
 * The version of the workshop document schema (lib/sync/schema/*). Bump it and add a numbered migration when a
 * root name or value shape changes.
 */
export const SCHEMA_VERSION = 1;
