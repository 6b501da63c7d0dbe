import type { BrowserContext, Page, WebSocketRoute } from "@playwright/test";
import { createFacilitatorAccount, createWorkshopByCli, expect, joinAs, test } from "./fixtures/test";

// A long scenario with several devices: a slow shared machine needs more than the default 90 s.
test.describe.configure({ timeout: 180_000 });

/** The room names this device was granted when it joined (stored by the join flow). */
async function grantedPrivateRoom(page: Page, workshopId: string): Promise<string> {
  const room = await page.evaluate((id) => {
    const grant: unknown = JSON.parse(window.localStorage.getItem(`csei.participant.${id}`) ?? "null");
    const rooms = typeof grant === "object" && grant !== null && "rooms" in grant ? grant.rooms : null;
    return typeof rooms === "object" && rooms !== null && "private" in rooms && typeof rooms.private === "string" ? rooms.private : "";
  }, workshopId);
  expect(room).toMatch(/^w\/[a-z0-9]{16}\/private\/[a-z0-9]{16}$/);
  return room;
}

/** How many updates y-indexeddb has stored for a room on this device (0 while its database does not exist yet). */
function storedUpdates(page: Page, room: string): Promise<number> {
  return page.evaluate(async (name) => {
    // Never open a database y-indexeddb has not created: that would create it without its object stores.
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return 0;
    return new Promise<number>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const db = opening.result;
        const counting = db.transaction("updates", "readonly").objectStore("updates").count();
        counting.onsuccess = () => {
          db.close();
          resolve(counting.result);
        };
        counting.onerror = () => reject(counting.error);
      };
    });
  }, room);
}

/**
 * A device's network switch. `context.setOffline` fails page loads and fetches but leaves WebSockets alone
 * (microsoft/playwright#4910), so the device's WebSockets are routed through Playwright too: going offline closes
 * them and refuses new ones until the device is back online.
 */
async function networkSwitch(context: BrowserContext) {
  let offline = false;
  const routed: WebSocketRoute[] = [];
  await context.routeWebSocket(/./, (ws) => {
    if (offline) return ws.close();
    ws.connectToServer();
    routed.push(ws);
  });
  return {
    async goOffline() {
      offline = true;
      await context.setOffline(true);
      for (const ws of routed.splice(0)) await ws.close().catch(() => {});
    },
    async goOnline() {
      offline = false;
      await context.setOffline(false);
    },
  };
}

/**
 * A phone loses the network, rates a dimension, and its tab is closed before it is back online. A reload while
 * offline cannot work (the app has no service worker, so the page itself does not load; asserted below), so the
 * test reopens the room once the network is back: the rating kept in IndexedDB is sent then, and the facilitator
 * sees it in the revealed median.
 */
test("offline phone: a rating made offline survives closing the tab and reaches the facilitator once back online", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "offline@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Offline drill");
  const fac = await facilitator(account.email, account.password);
  await fac.page.goto(`/w/${workshop.id}`);
  await expect(fac.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");

  const ola = await phone();
  const network = await networkSwitch(ola.context);
  await joinAs(ola.page, workshop.joinCode, "Ola", "Public sector");
  const privateRoom = await grantedPrivateRoom(ola.page, workshop.id);
  // The private document is kept on the device from the start.
  await expect.poll(() => storedUpdates(ola.page, privateRoom)).toBeGreaterThan(0);
  const storedBefore = await storedUpdates(ola.page, privateRoom);
  // The room fetches its later chunks (steps, the rating chart) while idle, so a rating tab opens without a network.
  await expect(ola.page.locator('[data-room-parts="ready"]')).toHaveCount(1);

  await network.goOffline();
  await expect(ola.page.getByTestId("connection-status")).not.toHaveAttribute("data-status", "connected");
  for (const actor of [fac, ola]) await actor.page.getByRole("tab", { name: "Baseline rating" }).click();
  const handle = ola.page.getByRole("slider", { name: "Financial model" });
  await handle.focus();
  await ola.page.keyboard.press("End");
  await expect(handle).toHaveAttribute("aria-valuenow", "5");
  // The rating is on the device, and not on the server.
  await expect.poll(() => storedUpdates(ola.page, privateRoom)).toBeGreaterThan(storedBefore);
  await expect(fac.page.getByTestId("scoring-state")).toContainText("No ratings yet");

  // Without a network the page cannot even be reloaded; the tab is closed instead.
  await expect(ola.page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await ola.page.close();

  await network.goOnline();
  const reopened = await ola.context.newPage();
  await reopened.goto(`/room/${workshop.id}`);
  await expect(reopened.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await reopened.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(reopened.getByRole("slider", { name: "Financial model" })).toHaveAttribute("aria-valuenow", "5");

  await expect(fac.page.getByTestId("scoring-state")).toContainText("1 person has rated");
  await fac.page.getByTestId("reveal-baseline").click();
  await expect(fac.page.getByTestId("median-polygon")).toHaveCount(1);
  await fac.page.getByTestId("toggle-table").click();
  await expect(fac.page.getByTestId("score-row-financial-model")).toContainText("5");
});
