import { getLocale } from "next-intl/server";
import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { exportWorkshop } from "@/lib/service/export";
import { exportCsv } from "@/lib/service/export-csv";
import { content, pickText, toLocale } from "@/lib/workshop/content";

/** GET /api/workshops/<id>/export/csv — scores, votes, goals and actions as one CSV file for Excel (UTF-8 with BOM). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await facilitatorAccess((await params).id, "export");
  if (!access.ok) return access.response;
  const { stores } = getRuntime();
  const locale = toLocale(await getLocale());
  const data = await exportWorkshop(stores.app, stores.docs, access.workshop);
  const csv = exportCsv(data, {
    dimensions: Object.fromEntries(content.dimensions.map((d) => [d.id, pickText(d.label, locale)])),
    sectors: Object.fromEntries(content.sectors.map((s) => [s.id, pickText(s.label, locale)])),
    notAssessed: pickText(content.scale.unknownLabel, locale),
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="csei-workshop-${access.workshop.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
