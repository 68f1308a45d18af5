// A corpus builder downloads the approved rows of the demo article as TMX from the document page.
import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";
import { importDemoCopy } from "../support/documents";

test("downloads a TMX of the confirmed rows of the demo document", async ({ page, request }) => {
  const id = await importDemoCopy(request, "Export spec");
  const all = ((await (await request.get(`/api/documents/${id}/rows?limit=12`)).json()) as { rows: Array<{ id: number; version: number; cells: Record<string, Array<{ text: string }>> }> }).rows;
  // Three rows with all three languages (a row of one language has nothing parallel to export).
  const rows = all.filter((r) => ["en", "fa", "ar"].every((lang) => (r.cells[lang] ?? []).length > 0)).slice(0, 3);
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    expect((await request.patch(`/api/rows/${row.id}`, { data: { status: "confirmed", version: row.version } })).status()).toBe(200);
  }

  await page.goto(`/documents/${id}`);
  const panel = page.getByRole("region", { name: "Export as a parallel corpus" });
  await panel.getByLabel("Format").selectOption("tmx");
  await panel.getByLabel("Languages").selectOption("all");
  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);
  await expect(panel.getByText("3 rows exported")).toBeVisible();

  const tmx = readFileSync((await download.path())!, "utf8");
  expect(tmx.match(/<tu[ >]/g)).toHaveLength(3);
  expect(tmx).toContain('<tmx version="1.4">');
  expect(tmx).toContain('xml:lang="fa"');
  expect(tmx).toContain('xml:lang="ar"');
  // The confirmed rows' texts, in all three languages.
  expect(tmx).toContain(rows[1]!.cells.fa![0]!.text.slice(0, 20));
  expect(tmx).toContain(rows[2]!.cells.ar![0]!.text.slice(0, 20));
});
