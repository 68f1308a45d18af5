// GET /api/export as a plain handler (Request → Response), so that an authentication wrapper can be put around
// it: parse the query, plan (errors become JSON 4xx through handle()), then stream the file as it is written.
import "server-only";
import { getDb } from "@/lib/db/client";
import { parseExportQuery } from "./export-options";
import { exportParallel } from "./export-parallel";

export async function getExport(request: Request): Promise<Response> {
  const options = parseExportQuery(Object.fromEntries(new URL(request.url).searchParams));
  const result = await exportParallel(await getDb(), options);
  return new Response(toReadableStream(result.body), {
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      // What a page can show progress against: the rows that pass the filters (the body has no known length).
      "X-Export-Rows": String(result.plan.totalRows),
      "Cache-Control": "no-store",
    },
  });
}

// Pulls one chunk per read, so the database is queried only as fast as the client downloads; a client that goes
// away ends the generator, which removes any temporary files.
function toReadableStream(body: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
