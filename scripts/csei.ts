/**
 * Operator CLI (`npm run csei -- <command> [options]`), for automation and tests:
 *   user:create --email E --password P [--name N]
 *   workshop:create --owner E --title T [--region R] [--mode create|evaluate]
 * Prints JSON on success; a readable error and exit code 1 on bad input.
 */
import { parseArgs } from "node:util";
import { openRuntime } from "../lib/db";
import { createAccount } from "../lib/service/accounts";
import { createWorkshop, workshopLinks } from "../lib/service/workshops";
import { createWorkshopBodySchema, describeIssues, signupBodySchema } from "../lib/validation/api";

async function main(argv: string[]): Promise<unknown> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      owner: { type: "string" },
      title: { type: "string" },
      region: { type: "string" },
      mode: { type: "string" },
    },
    strict: true,
  });
  const runtime = openRuntime();
  try {
    switch (command) {
      case "user:create": {
        const body = signupBodySchema.safeParse({ email: values.email, password: values.password, name: values.name ?? values.email?.split("@")[0] });
        if (!body.success) throw new Error(describeIssues(body.error));
        const created = await createAccount(runtime.stores.app, body.data);
        if (!created.ok) throw new Error(`an account with ${body.data.email} already exists`);
        return { id: created.user.id, email: created.user.email };
      }
      case "workshop:create": {
        const owner = values.owner ? await runtime.stores.app.findUserByEmail(values.owner.toLowerCase()) : null;
        if (!owner) throw new Error(`--owner: no account with email ${values.owner ?? "(missing)"}`);
        const body = createWorkshopBodySchema.safeParse({ title: values.title, region: values.region, mode: values.mode });
        if (!body.success) throw new Error(describeIssues(body.error));
        const workshop = await createWorkshop(runtime.stores.app, owner.id, body.data);
        const base = runtime.env.PUBLIC_URL ?? `http://localhost:${runtime.env.PORT}`;
        const { joinUrl, roomUrl } = workshopLinks(base, workshop);
        return { id: workshop.id, joinCode: workshop.joinCode, joinUrl, roomUrl };
      }
      default:
        throw new Error(`unknown command "${command ?? ""}"; use user:create or workshop:create`);
    }
  } finally {
    await runtime.stores.close();
  }
}

main(process.argv.slice(2)).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(`csei: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
