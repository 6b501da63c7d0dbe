/** Never cached or prerendered: the answer is the time of the request. */
export const dynamic = "force-dynamic";

/** GET /api/time — the server's clock (epoch ms), so every device can correct its own for shared countdowns (lib/workshop/clock.ts). */
export function GET() {
  return Response.json({ now: Date.now() }, { headers: { "cache-control": "no-store" } });
}
