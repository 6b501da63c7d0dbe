import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SQLITE_SYNCHRONOUS_MODES } from "./db/sqlite-mode";

const port = z.coerce.number().int().min(1).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** The server-side environment, parsed once. Every variable is optional: the embedded default needs none. */
const serverEnvSchema = z.object({
  DATA_DIR: z.string().default("./data"),
  PORT: port.default(3000),
  HOST: z.string().default("0.0.0.0"),
  SYNC_PORT: port.default(3001),
  SYNC_HOST: z.string().default("0.0.0.0"),
  PUBLIC_SYNC_URL: optionalString.pipe(z.url({ protocol: /^wss?$/ }).optional()),
  PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  AUTH_SECRET: optionalString.pipe(z.string().min(32).optional()),
  SYNC_TOKEN_SECRET: optionalString.pipe(z.string().min(32).optional()),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // Storage (lib/db/stores.ts): PostgreSQL when DATABASE_URL is set, otherwise SQLite in DATA_DIR.
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_SCHEMA: optionalString.pipe(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "lower-case letters, digits and _").optional()),
  // SQLite durability (lib/db/sqlite-mode.ts, decision 034): normal survives a killed process; full also a power cut.
  SQLITE_SYNCHRONOUS: optionalString.transform((v) => v?.toLowerCase()).pipe(z.enum(SQLITE_SYNCHRONOUS_MODES, { error: "normal or full" }).default("normal")),
  // Facilitator sign-in (docs/api.md): optional single sign-on over OIDC (all three or none) and email links.
  OIDC_ISSUER: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_NAME: optionalString.transform((v) => v ?? "Single sign-on"),
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  EMAIL_FROM: optionalString,
  // Abuse limits per minute (lib/auth/rate-limit.ts): sign-in attempts per email (per address: 3×), joins per address.
  SIGNIN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  JOIN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
}).superRefine((env, ctx) => {
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (oidc !== 0 && oidc !== 3) ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together" });
  if (env.SMTP_URL && !env.EMAIL_FROM) ctx.addIssue({ code: "custom", path: ["EMAIL_FROM"], message: "EMAIL_FROM is needed with SMTP_URL" });
});
export type ServerEnv = z.infer<typeof serverEnvSchema> & { readonly dataDir: string };

/** Parses an environment (process.env by default); throws one readable error listing every bad variable. */
export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}

const secretsSchema = z.object({ authSecret: z.string().min(32), syncTokenSecret: z.string().min(32) });
/** The secrets the app signs with. */
export type Secrets = z.infer<typeof secretsSchema>;

/**
 * Returns the secrets: from the environment when given, otherwise from DATA_DIR/secrets.json, which is created
 * (mode 0600, exclusively, so two processes starting together agree) on first run.
 */
export function loadSecrets(env: ServerEnv): Secrets {
  const file = path.join(env.dataDir, "secrets.json");
  mkdirSync(env.dataDir, { recursive: true });
  let stored: Secrets;
  try {
    const fresh: Secrets = {
      authSecret: randomBytes(32).toString("base64url"),
      syncTokenSecret: randomBytes(32).toString("base64url"),
    };
    writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: "wx", mode: 0o600 });
    stored = fresh;
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    const parsed = secretsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file} is not a valid secrets file; delete it to generate a new one`, { cause: error });
    stored = parsed.data;
  }
  return {
    authSecret: env.AUTH_SECRET ?? stored.authSecret,
    syncTokenSecret: env.SYNC_TOKEN_SECRET ?? stored.syncTokenSecret,
  };
}

/**
 * The sync URL a browser should use, given the host it reached the web app on: PUBLIC_SYNC_URL when set
 * (reverse proxies), else the same host name on SYNC_PORT, so a phone that opened http://<laptop-ip>:3000 connects.
 */
export function syncUrlFor(env: ServerEnv, requestHost: string | null, secure: boolean): string {
  if (env.PUBLIC_SYNC_URL) return env.PUBLIC_SYNC_URL.replace(/\/$/, "");
  const hostname = hostnameOf(requestHost) ?? "localhost";
  return `${secure ? "wss" : "ws"}://${hostname}:${env.SYNC_PORT}`;
}

/** The host name of a Host header value, handling IPv6 literals ("[::1]:3000"). */
export function hostnameOf(host: string | null): string | null {
  if (!host) return null;
  const v6 = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(host);
  if (v6) return `[${v6[1]}]`;
  const m = /^([A-Za-z0-9.-]+)(?::\d+)?$/.exec(host);
  return m?.[1] ?? null;
}
