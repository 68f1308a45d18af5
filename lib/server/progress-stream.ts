// Long actions report progress as they go, in the answer itself: with `Accept: application/x-ndjson` the answer is
// one JSON object per line — {"progress": {stage, done, total}} as stages pass, then {"status", "result"} or
// {"status", "error"} — so the page can show stages and a percentage while the server works, with no state kept
// between requests (any app instance can serve it). Without that header the answer is the usual JSON.
import "server-only";
import { NextResponse } from "next/server";
import { errorResponse } from "./http";

export type ProgressReporter = (stage: string, done: number, total: number) => void;

export function wantsProgress(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/x-ndjson");
}

export function progressResponse<T>(run: (progress: ProgressReporter) => Promise<{ status: number; body: T }>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // Work the action left running can still report after the answer ended (an import's sentence pass, when its
      // write failed first): that report goes nowhere.
      let open = true;
      const send = (line: unknown) => {
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      let last = 0;
      try {
        const { status, body } = await run((stage, done, total) => {
          // Enough to move a bar smoothly, not a line per row.
          const now = Date.now();
          if (done !== total && done !== 0 && now - last < 100) return;
          last = now;
          send({ progress: { stage, done, total } });
        });
        send({ status, result: body });
      } catch (error) {
        const response = errorResponse(error);
        send({ status: response.status, ...((await response.json()) as object) });
      } finally {
        open = false;
        controller.close();
      }
    },
  });
  return new NextResponse(stream, { status: 200, headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
