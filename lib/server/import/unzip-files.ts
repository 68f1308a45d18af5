// The files of an uploaded zip (a Moses pair or per-pair XLIFF, as our export writes them), in memory. The total
// uncompressed size is bounded before and while inflating, so a zip bomb is refused without being expanded.
import "server-only";
import yauzl from "yauzl";
import { FormatProblem } from "@/lib/core/formats";

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const MAX_ENTRIES = 64;

export function unzipFiles(zip: Uint8Array, maxTotalBytes: number): Promise<NamedBytes[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, archive) => {
      if (error || !archive) return reject(new FormatProblem("zip-invalid", { detail: error?.message ?? "unreadable" }));
      const files: NamedBytes[] = [];
      let total = 0;
      const fail = (problem: Error) => {
        archive.close();
        reject(problem);
      };
      archive.on("error", (e: Error) => fail(new FormatProblem("zip-invalid", { detail: e.message })));
      archive.on("end", () => resolve(files));
      archive.on("entry", (entry: yauzl.Entry) => {
        // Directories, and the resource forks macOS adds to archives it makes.
        if (entry.fileName.endsWith("/") || entry.fileName.startsWith("__MACOSX/") || /(?:^|\/)\._/.test(entry.fileName)) return archive.readEntry();
        if (files.length >= MAX_ENTRIES) return fail(new FormatProblem("zip-invalid", { detail: `more than ${MAX_ENTRIES} files` }));
        total += entry.uncompressedSize;
        if (total > maxTotalBytes) return fail(new FormatProblem("too-large", { size: total, limit: maxTotalBytes }));
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(new FormatProblem("zip-invalid", { detail: streamError?.message ?? "unreadable entry" }));
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", (e: Error) => fail(new FormatProblem("zip-invalid", { detail: e.message })));
          stream.on("end", () => {
            files.push({ name: entry.fileName.replace(/^.*\//, ""), bytes: new Uint8Array(Buffer.concat(chunks)) });
            archive.readEntry();
          });
        });
      });
      archive.readEntry();
    });
  });
}
