import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonPost, refuseCrossSite } from "./http";

const post = (headers: Record<string, string>, body = "{}") => new Request("http://10.0.0.5:3000/api/x", { method: "POST", headers, body });
const json = { "content-type": "application/json", host: "10.0.0.5:3000" };

describe("CSRF guard for JSON routes", () => {
  it.each([
    ["same-origin fetch", { ...json, origin: "http://10.0.0.5:3000" }, null],
    ["content type with charset", { ...json, "content-type": "application/json; charset=utf-8", origin: "http://10.0.0.5:3000" }, null],
    ["a program (no Origin, no Sec-Fetch-Site)", json, null],
    ["behind a proxy (x-forwarded-host)", { ...json, host: "127.0.0.1:3000", "x-forwarded-host": "csei.example.org", origin: "https://csei.example.org" }, null],
    ["another site's page", { ...json, origin: "https://evil.example" }, 403],
    ["another port of the same host", { ...json, origin: "http://10.0.0.5:8080" }, 403],
    ["an opaque origin", { ...json, origin: "null" }, 403],
    ["no Origin but a cross-site fetch", { ...json, "sec-fetch-site": "cross-site" }, 403],
    ["an HTML form (urlencoded)", { ...json, "content-type": "application/x-www-form-urlencoded", origin: "http://10.0.0.5:3000" }, 415],
    ["text/plain (a no-preflight fetch)", { ...json, "content-type": "text/plain" }, 415],
    ["no content type", { host: "10.0.0.5:3000" }, 415],
  ])("%s", (_name, headers, status) => {
    expect(refuseCrossSite(post(headers))?.status ?? null).toBe(status);
  });

  it("accepts the configured public origin, and parses the body only after the guard", async () => {
    expect(refuseCrossSite(post({ ...json, origin: "https://csei.example.org" }), "https://csei.example.org/")).toBeNull();
    const refused = await parseJsonPost(post({ ...json, origin: "https://evil.example" }, "not json"), z.object({}));
    expect(refused.ok ? null : refused.response.status).toBe(403);
    const bad = await parseJsonPost(post(json, "not json"), z.object({}));
    expect(bad.ok ? null : bad.response.status).toBe(400);
    expect(await parseJsonPost(post(json, '{"a":1}'), z.object({ a: z.number() }))).toEqual({ ok: true, data: { a: 1 } });
  });
});
