import { E2E_USERS, expect, test } from "../fixtures";

test.describe("signed out", () => {
  test.use({ role: null });

  test("a page sends you to sign in and back; signing out ends the session", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.getByLabel("Email").fill(E2E_USERS.translator.email.toUpperCase());
    await page.getByLabel("Password").fill(E2E_USERS.translator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("account-details")).toContainText(E2E_USERS.translator.email);
    await expect(page.getByTestId("user-name")).toHaveText(E2E_USERS.translator.name);
    await expect(page.getByTestId("user-role")).toHaveText("Translator");
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
    expect((await page.request.get("/api/documents")).status()).toBe(401);
  });

  test("a wrong password shows a message, and repeated failures are slowed down", async ({ page }) => {
    const email = `nobody-${Date.now()}@test.local`; // a fresh email: the throttle counts per email
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    const password = page.getByLabel("Password");
    const submit = page.getByRole("button", { name: "Sign in" });
    const alert = page.locator("form").getByRole("alert"); // Next's route announcer is an alert too

    for (let n = 1; n <= 5; n++) {
      await password.fill(`wrong password ${n}`);
      await submit.click();
      await expect(alert).toHaveText("Wrong email or password.");
      await expect(submit).toBeEnabled();
      await expect(page).toHaveURL(/\/sign-in$/);
    }
    await password.fill("wrong password 6");
    await submit.click();
    await expect(alert).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
  });

  test("the API answers 401 without a session or token", async ({ request }) => {
    const response = await request.get("/api/documents");
    expect(response.status()).toBe(401);
    expect(((await response.json()) as { error: { messageKey: string } }).error.messageKey).toBe("auth.required");
  });
});

test.describe("a translator", () => {
  test.use({ role: "translator" });

  test("cannot confirm a row: the server refuses, and the row stays unconfirmed", async ({ page }) => {
    const imported = await page.request.post("/api/documents", {
      data: { title: "Translator cannot confirm", texts: [{ lang: "en", text: "One paragraph.\n\nAnother paragraph." }, { lang: "fa", role: "original", text: "یک بند.\n\nبند دیگر." }] },
    });
    expect(imported.status()).toBe(201);
    const { documentId } = (await imported.json()) as { documentId: number };
    await page.goto(`/documents/${documentId}`);
    const firstRow = page.locator("[data-row-id]").first();
    const rowId = await firstRow.getAttribute("data-row-id");
    const view = (await (await page.request.get(`/api/documents/${documentId}`)).json()) as { rows: Array<{ id: number; version: number }> };
    const { version } = view.rows.find((r) => String(r.id) === rowId)!;

    // The browser's own session, sending what the Confirm button would send.
    const refused = await page.evaluate(
      async ({ rowId, version }) => {
        const response = await fetch(`/api/rows/${rowId}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ status: "confirmed", version }) });
        return { status: response.status, body: await response.json() };
      },
      { rowId, version },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.messageKey).toBe("auth.forbidden");

    await page.reload();
    await expect(page.locator(`[data-row-id="${rowId}"]`)).toHaveAttribute("data-status", "auto");
    // And the page offers a translator no decision at all.
    await firstRow.click();
    await expect(page.getByTestId("focus-bar").getByRole("button", { name: "Confirm" })).toHaveCount(0);
  });

  test("gets the 403 page for user management", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByText("Your role (Translator) does not give access to this page.")).toBeVisible();
  });
});

test.describe("an admin", () => {
  test.use({ role: "admin" });

  test("adds a user and changes their role", async ({ page }) => {
    const email = `added-${Date.now()}@test.local`;
    await page.goto("/");
    await page.getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name").fill("Parisa");
    await page.getByLabel("Password", { exact: true }).fill("a password for parisa");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("status")).toHaveText(`Added ${email}.`);

    const row = page.locator(`tr[data-user-email="${email}"]`);
    await expect(row).toContainText("Parisa");
    await row.getByLabel(`Role of ${email}`).selectOption("reviewer");
    await expect(page.getByRole("status")).toHaveText(`Saved changes to ${email}.`);
    await page.reload();
    await expect(page.locator(`tr[data-user-email="${email}"]`).getByLabel(`Role of ${email}`)).toHaveValue("reviewer");
  });
});
