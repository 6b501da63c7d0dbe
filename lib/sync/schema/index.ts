/**
 * The one schema of every Y.Doc in a workshop (docs/sync.md). These modules are the only places that call
 * doc.getMap / getXmlFragment: reads parse with zod (a bad value reads as absent, never crashes a screen), writes
 * are named mutations inside doc.transact. One file per document.
 */
export * from "./board";
export * from "./board-define";
export * from "./board-notes";
export * from "./board-stakeholders";
export * from "./control";
export * from "./control-curation";
export * from "./control-decide";
export * from "./private";
export * from "./results";
export * from "./version";
export * from "./observe";
export * from "./snapshot";
export * from "./board-vision";
export * from "./board-goals";
export * from "./board-plans";
