import { readFile } from "node:fs/promises";
import { addNote, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test, type Actor } from "./fixtures/test";

test.describe.configure({ timeout: 180_000 });

/** An export with what must differ between two workshops (ids, join code, times of the copy) replaced by positions. */
function comparable(data: { exportedAt: string; workshop: Record<string, unknown>; participants: { id: string }[] }): unknown {
  const ids = data.participants.map((p, i) => [p.id, `participant-${i}`] as const);
  const json = JSON.stringify({ ...data, exportedAt: null, workshop: { ...data.workshop, id: null, joinCode: null, createdAt: null } });
  return JSON.parse(ids.reduce((s, [id, alias]) => s.replaceAll(id, alias), json));
}

test("export a workshop from the dashboard and import it as a new one: same content; bad files create nothing", async ({ app, facilitator, phone }) => {
  const opened = await openWorkshop({ app, facilitator, phone }, { email: "transfer@example.org", title: "Łódź — żłobki i spółdzielnie", people: [{ name: "Łucja", sector: "Public sector" }] });
  const { fac, workshop } = opened;
  const [lucja] = opened.phones as [Actor];
  await addNote(lucja.page, "people-skills", "Zespół: 3 osoby, „pół etatu”");
  await lucja.page.getByRole("tab", { name: "Baseline rating" }).click();
  await lucja.page.getByTestId("toggle-table").click();
  await lucja.page.getByTestId("score-select-financial-model").selectOption("2");
  await fac.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("1 person has rated");

  // Download the export from the dashboard.
  const page = fac.page;
  await page.goto("/dashboard");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").first().click()]);
  const file = await download.path();
  const first = JSON.parse(await readFile(file, "utf8"));
  expect(first).toMatchObject({ format: "csei-workshop-export", exportVersion: 2, workshop: { title: "Łódź — żłobki i spółdzielnie" } });
  expect(first.participants[0]).toMatchObject({ name: "Łucja", sector: "public", inputs: { scores: { baseline: { "financial-model": 2 } } } });

  // A file that is not an export: a readable refusal, and no new workshop.
  const before = await page.getByTestId("export-json").count();
  const importForm = page.getByTestId("import-form");
  await page.getByTestId("import-file").setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...first, exportVersion: 1 })) });
  await importForm.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importForm.getByRole("alert")).toContainText("only export version 2 files can be imported");
  await page.getByTestId("import-file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await importForm.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importForm.getByRole("alert")).toContainText("This file is not JSON");
  await page.reload();
  await expect(page.getByTestId("export-json")).toHaveCount(before);
  await expect(importForm.getByRole("alert")).toHaveText("");

  // Import the real file through the dashboard.
  await page.getByTestId("import-file").setInputFiles(file);
  await importForm.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-done")).toContainText("Imported “Łódź — żłobki i spółdzielnie” with 1 participant.");
  await expect(page.getByTestId("export-json")).toHaveCount(before + 1);
  await expectNoAxeViolations(page);
  await page.getByTestId("import-open").click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9]{16}$/);
  const copyId = new URL(page.url()).pathname.split("/")[2] ?? "";
  expect(copyId).not.toBe(workshop.id);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await expect(page.getByTestId("note").filter({ hasText: "Zespół: 3 osoby" })).toHaveCount(1);
  await expect(page.getByTestId("participant-row").filter({ hasText: "Łucja" })).toHaveCount(1);

  // Export the copy again: the same content.
  const second = await (await page.request.get(`/api/workshops/${copyId}/export`)).json();
  expect(comparable(second)).toEqual(comparable(first));

  // The CSV for Excel: UTF-8 with a byte-order mark, Polish characters intact.
  const csv = await page.request.get(`/api/workshops/${copyId}/export/csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("score,financial-model,Financial model,Łucja,Public sector,,,baseline,2");
});
