import * as Y from "yjs";
import { z } from "zod";

/**
 * A whole Y.Doc as plain JSON and back, for workshop export and import (lib/service/export.ts, import.ts). Generic on
 * purpose: it walks whatever roots a stored document holds, so every root any schema module adds (today's and
 * future ones) is exported without a list to keep in step. Typed reads still validate the content after import.
 * Nested shared types are tagged (`t`), so a record kept as a nested Y.Map comes back as a Y.Map, not as a JSON
 * value; XML (Tiptap's fragments) keeps element names, attributes and formatted text runs.
 */

/** A JSON value as stored in a shared map or array. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number().finite(), z.string(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);

/** A formatted run of text (Y.Text / Y.XmlText delta). */
const deltaSchema = z.array(z.object({ insert: z.string(), attributes: z.record(z.string(), jsonValueSchema).optional() }).strict());
type Delta = z.infer<typeof deltaSchema>;

/** One value inside a shared type: plain JSON, or a nested shared type. */
export type SharedNode =
  | { t: "value"; v: JsonValue }
  | { t: "map"; entries: Record<string, SharedNode> }
  | { t: "array"; items: SharedNode[] }
  | { t: "text"; delta: Delta }
  | { t: "xmlText"; delta: Delta }
  | { t: "xmlElement"; name: string; attrs: Record<string, JsonValue>; children: SharedNode[] };

export const sharedNodeSchema: z.ZodType<SharedNode> = z.lazy(() =>
  z.discriminatedUnion("t", [
    z.object({ t: z.literal("value"), v: jsonValueSchema }).strict(),
    z.object({ t: z.literal("map"), entries: z.record(z.string(), sharedNodeSchema) }).strict(),
    z.object({ t: z.literal("array"), items: z.array(sharedNodeSchema) }).strict(),
    z.object({ t: z.literal("text"), delta: deltaSchema }).strict(),
    z.object({ t: z.literal("xmlText"), delta: deltaSchema }).strict(),
    z
      .object({ t: z.literal("xmlElement"), name: z.string().min(1).max(100), attrs: z.record(z.string(), jsonValueSchema), children: z.array(sharedNodeSchema) })
      .strict(),
  ]),
);

/** A root of a document: a map, an array, an XML fragment (rich text) or plain text. */
export type RootSnapshot =
  | { kind: "map"; entries: Record<string, SharedNode> }
  | { kind: "array"; items: SharedNode[] }
  | { kind: "xmlFragment"; children: SharedNode[] }
  | { kind: "text"; delta: Delta };

export const rootSnapshotSchema: z.ZodType<RootSnapshot> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("map"), entries: z.record(z.string(), sharedNodeSchema) }).strict(),
  z.object({ kind: z.literal("array"), items: z.array(sharedNodeSchema) }).strict(),
  z.object({ kind: z.literal("xmlFragment"), children: z.array(sharedNodeSchema) }).strict(),
  z.object({ kind: z.literal("text"), delta: deltaSchema }).strict(),
]);

/** A document: its non-empty roots by name. */
export const docSnapshotSchema = z.record(z.string().min(1).max(200), rootSnapshotSchema);
export type DocSnapshot = z.infer<typeof docSnapshotSchema>;

const toJsonValue = (value: unknown): JsonValue => {
  const parsed = jsonValueSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error("a shared value is not JSON (binary content cannot be exported)");
};

const readDelta = (text: Y.Text | Y.XmlText): Delta =>
  (text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).map((op) => {
    if (typeof op.insert !== "string") throw new Error("embedded objects in text cannot be exported");
    return op.attributes ? { insert: op.insert, attributes: Object.fromEntries(Object.entries(op.attributes).map(([k, v]) => [k, toJsonValue(v)])) } : { insert: op.insert };
  });

function nodeOf(value: unknown): SharedNode {
  if (value instanceof Y.Map) {
    const entries: Record<string, SharedNode> = {};
    value.forEach((v, k) => {
      entries[k] = nodeOf(v);
    });
    return { t: "map", entries };
  }
  if (value instanceof Y.Array) return { t: "array", items: value.toArray().map(nodeOf) };
  if (value instanceof Y.XmlText) return { t: "xmlText", delta: readDelta(value) };
  if (value instanceof Y.Text) return { t: "text", delta: readDelta(value) };
  if (value instanceof Y.XmlElement) {
    const attrs = Object.fromEntries(Object.entries(value.getAttributes()).map(([k, v]) => [k, toJsonValue(v)]));
    return { t: "xmlElement", name: value.nodeName, attrs, children: value.toArray().map(nodeOf) };
  }
  if (value instanceof Y.AbstractType) throw new Error("an unsupported shared type cannot be exported");
  return { t: "value", v: toJsonValue(value) };
}

type RootType = Y.Doc["share"] extends Map<string, infer T> ? T : never;

/** What kind of root an untyped root (as applyUpdate leaves it) is, from its content; null when it is empty. */
function rootKind(type: RootType): RootSnapshot["kind"] | null {
  if (type instanceof Y.Map) return "map";
  if (type instanceof Y.XmlFragment) return "xmlFragment";
  if (type instanceof Y.Text) return "text";
  if (type instanceof Y.Array) return "array";
  for (const item of type._map.values()) if (!item.deleted) return "map";
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const content = item.content;
    if (content instanceof Y.ContentType) return content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText || content.type instanceof Y.XmlHook ? "xmlFragment" : "array";
    if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) return "text";
    return "array";
  }
  return null;
}

/** Reads every non-empty root of a document as JSON. Throws (a bug, not bad input) on binary or embedded content. */
export function snapshotDoc(doc: Y.Doc): DocSnapshot {
  const out: DocSnapshot = {};
  for (const [name, type] of [...doc.share.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kind = rootKind(type);
    if (kind === "map") {
      const node = nodeOf(doc.getMap(name));
      if (node.t === "map" && Object.keys(node.entries).length > 0) out[name] = { kind, entries: node.entries };
    } else if (kind === "array") {
      const items = doc.getArray(name).toArray().map(nodeOf);
      if (items.length > 0) out[name] = { kind, items };
    } else if (kind === "xmlFragment") {
      const children = doc.getXmlFragment(name).toArray().map(nodeOf);
      if (children.length > 0) out[name] = { kind, children };
    } else if (kind === "text") {
      const delta = readDelta(doc.getText(name));
      if (delta.length > 0) out[name] = { kind, delta };
    }
  }
  return out;
}

function buildNode(node: SharedNode): unknown {
  switch (node.t) {
    case "value":
      return node.v;
    case "map": {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(node.entries)) map.set(k, buildNode(v));
      return map;
    }
    case "array": {
      const array = new Y.Array<unknown>();
      array.push(node.items.map(buildNode));
      return array;
    }
    case "text": {
      const text = new Y.Text();
      text.applyDelta(node.delta);
      return text;
    }
    case "xmlText": {
      const text = new Y.XmlText();
      text.applyDelta(node.delta);
      return text;
    }
    case "xmlElement": {
      const element = new Y.XmlElement(node.name);
      for (const [k, v] of Object.entries(node.attrs)) element.setAttribute(k, v as string);
      element.insert(0, node.children.map(buildXml));
      return element;
    }
  }
}

function buildXml(node: SharedNode): Y.XmlElement | Y.XmlText {
  const built = buildNode(node);
  if (built instanceof Y.XmlElement || built instanceof Y.XmlText) return built;
  throw new Error("an XML fragment holds only elements and text");
}

/**
 * Writes a snapshot into a document (normally a fresh one) in one transaction. Throws on a snapshot that cannot be
 * built (e.g. a map inside an XML fragment): callers build into a scratch document before storing anything.
 */
export function applySnapshot(doc: Y.Doc, snapshot: DocSnapshot, origin?: unknown): void {
  doc.transact(() => {
    for (const [name, root] of Object.entries(snapshot)) {
      if (root.kind === "map") {
        const map = doc.getMap<unknown>(name);
        for (const [k, v] of Object.entries(root.entries)) map.set(k, buildNode(v));
      } else if (root.kind === "array") {
        doc.getArray<unknown>(name).push(root.items.map(buildNode));
      } else if (root.kind === "xmlFragment") {
        const fragment = doc.getXmlFragment(name);
        fragment.insert(fragment.length, root.children.map(buildXml));
      } else {
        doc.getText(name).applyDelta(root.delta);
      }
    }
  }, origin);
}

/**
 * Replaces strings throughout a snapshot (values, map keys, attributes, text runs left alone): used on import to
 * give participants new ids. Ids are random 21-character strings, so an equal string elsewhere is not a concern.
 */
export function renameInSnapshot(snapshot: DocSnapshot, rename: ReadonlyMap<string, string>): DocSnapshot {
  const key = (k: string) => rename.get(k) ?? k;
  const json = (v: JsonValue): JsonValue => {
    if (typeof v === "string") return key(v);
    if (Array.isArray(v)) return v.map(json);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [key(k), json(x)]));
    return v;
  };
  const node = (n: SharedNode): SharedNode => {
    switch (n.t) {
      case "value":
        return { t: "value", v: json(n.v) };
      case "map":
        return { t: "map", entries: Object.fromEntries(Object.entries(n.entries).map(([k, x]) => [key(k), node(x)])) };
      case "array":
        return { t: "array", items: n.items.map(node) };
      case "xmlElement":
        return { ...n, children: n.children.map(node) };
      default:
        return n;
    }
  };
  return Object.fromEntries(
    Object.entries(snapshot).map(([name, root]): [string, RootSnapshot] => {
      if (root.kind === "map") return [name, { kind: "map", entries: Object.fromEntries(Object.entries(root.entries).map(([k, x]) => [key(k), node(x)])) }];
      if (root.kind === "array") return [name, { kind: "array", items: root.items.map(node) }];
      return [name, root];
    }),
  );
}
