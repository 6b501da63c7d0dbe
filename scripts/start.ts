/**
 * `npm start`: runs CSEI Studio on the embedded default. Ensures ./data and its secrets, builds the web app when
 * there is no production build yet, then runs the web app and the sync server side by side. One Ctrl-C stops both.
 * `--dev` runs `next dev` instead of a production build.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadSecrets, parseServerEnv } from "../lib/env";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const env = parseServerEnv();
loadSecrets(env); // create ./data/secrets.json before two processes race for it
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!dev && !existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.log("No production build yet: building the web app (about 30 s)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [
  spawn(process.execPath, ["--import", "tsx", path.join(root, "server", "index.ts")], { cwd: root, stdio: "inherit", env: childEnv }),
  spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(env.PORT), "-H", env.HOST], { cwd: root, stdio: "inherit", env: childEnv }),
];
console.log(`CSEI Studio: http://localhost:${env.PORT} (sync server on port ${env.SYNC_PORT}; data in ${env.dataDir})`);

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null))).then(() => process.exit(code));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0));
// If either process dies, stop the other: half an app is worse than none.
for (const child of children) child.once("exit", (code) => stop(code ?? 1));
