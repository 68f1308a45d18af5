// `npm run bench:ui`: how the workbench feels on a long document, measured in Chromium (Playwright) against the
// built app on a throwaway embedded database. For documents of 500 and 7,500 rows (EN–FA paragraphs from the
// benchmark data, cycled) it prints: time from navigation to the first rows on screen, frame times while scrolling
// with the mouse wheel (p50, p95), and time from a Confirm click until the row shows it. Medians of a few runs.
//   BENCH_UI_SIZES=500,7500 npm run bench:ui
// Goals (issue 7): first rows < 1 s, p95 frame < 20 ms, Confirm < 150 ms, at both sizes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { loadDocuments } from "@/bench/corpus";
import { median } from "@/bench/stats";
import { ensureBuilt } from "./lib/build";

const sizes = (process.env.BENCH_UI_SIZES ?? "500,7500").split(",").map(Number);
const RUNS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startApp(port: number, dir: string): Promise<ChildProcess> {
  const app = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), PGLITE_DIR: join(dir, "db"), DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let waited = 0; waited < 180_000; waited += 500) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
    if (ok) return app;
    await new Promise((r) => setTimeout(r, 500));
  }
  app.kill("SIGTERM");
  throw new Error("The app did not start within 3 minutes.");
}

const BENCH_USER = { email: "bench-ui@bench.local", password: "bench-ui password, long enough" };

/** An admin made with the user CLI (through the running app's database), signed in: the session cookie. */
async function signIn(base: string, dir: string): Promise<{ name: string; value: string }> {
  const made = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/user.ts", "add", "--email", BENCH_USER.email, "--role", "admin", "--password", BENCH_USER.password],
    { env: { ...process.env, PGLITE_DIR: join(dir, "db"), DATABASE_URL: "" }, encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`Could not create the benchmark's user: ${made.stderr}`);
  const post = () => fetch(`${base}/api/auth/sign-in`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(BENCH_USER) });
  // The readiness probe's keep-alive socket may have been closed by the server while the CLI ran: one retry.
  const response = await post().catch(post);
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const [name, ...value] = cookie.split("=");
  return { name: name!, value: value.join("=") };
}

async function importDocument(base: string, size: number, session: { name: string; value: string }): Promise<number> {
  const segments = loadDocuments().flatMap((d) => d.segments);
  const pick = Array.from({ length: size }, (_, i) => segments[i % segments.length]!);
  const texts = (["en", "fa"] as const).map((lang) => ({ lang, role: lang === "en" ? "translation" : "original", format: "plain", text: pick.map((s) => s[lang]).join("\n\n") }));
  const response = await fetch(`${base}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: `${session.name}=${session.value}` },
    body: JSON.stringify({ title: `bench:ui ${size}`, texts }),
  });
  if (response.status !== 201) throw new Error(`Import of ${size} rows failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { documentId: number }).documentId;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function firstRows(page: Page, url: string): Promise<number> {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector("[data-row-id] .wb-paragraph", { state: "visible" });
  return page.evaluate(() => performance.now());
}

async function scrollFrames(page: Page): Promise<number[]> {
  const box = (await page.getByTestId("workbench-scroll").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A string, not a function: tsx names inner functions with a helper (__name) that does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
}

async function confirmLatency(page: Page): Promise<number> {
  const row = page.locator('[data-row-id][data-status="auto"]').first();
  await row.click();
  await page.getByTestId("focus-bar").locator('button[aria-keyshortcuts="c"]').waitFor();
  return row.evaluate(async (element) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="focus-bar"] button[aria-keyshortcuts="c"]')!;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => {
        if (element.getAttribute("data-status") === "confirmed") {
          observer.disconnect();
          resolve();
        }
      }).observe(element, { attributes: true, attributeFilter: ["data-status"] });
      button.click();
    });
    // The row shows it once the browser has painted the change.
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - started;
  });
}

async function main() {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "tarjuman-bench-ui-"));
  const port = await freePort();
  const app = await startApp(port, dir);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const session = await signIn(base, dir);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ ...session, url: base }]);
    console.log("rows   first rows ms   scroll frame p50 / p95 ms   confirm ms   (median of runs)");
    for (const size of sizes) {
      const started = Date.now();
      const id = await importDocument(base, size, session);
      console.log(`  (imported ${size} × 2 paragraphs in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      const page = await context.newPage();
      const url = `${base}/documents/${id}`;
      await firstRows(page, url); // warm the server's caches and the worker thread
      const first: number[] = [];
      const frames: number[] = [];
      const confirms: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        first.push(await firstRows(page, url));
        frames.push(...(await scrollFrames(page)));
        await page.getByTestId("workbench-scroll").evaluate((el) => el.scrollTo({ top: 0 }));
        confirms.push(await confirmLatency(page));
      }
      console.log(
        `${String(size).padStart(4)}   ${median(first).toFixed(0).padStart(13)}   ${percentile(frames, 0.5).toFixed(1).padStart(12)} / ${percentile(frames, 0.95).toFixed(1).padEnd(12)}   ${median(confirms).toFixed(0).padStart(10)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
