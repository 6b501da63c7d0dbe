import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { exportWorkshop } from "@/lib/service/export";

/** GET /api/workshops/<id>/export — the workshop, participants and visible results as a JSON download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await facilitatorAccess((await params).id, "export");
  if (!access.ok) return access.response;
  const { stores } = getRuntime();
  const data = await exportWorkshop(stores.app, stores.docs, access.workshop);
  return Response.json(data, {
    headers: { "content-disposition": `attachment; filename="csei-workshop-${access.workshop.id}.json"`, "cache-control": "no-store" },
  });
}
