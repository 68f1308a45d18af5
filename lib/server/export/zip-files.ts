// A zip of files already on disk, streamed (yazl: entries are read and deflated one after another, Zip64 when a
// file passes 4 GiB), so a large Moses or XLIFF export never sits in memory.
import "server-only";
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import yazl from "yazl";

export function zipFiles(files: ReadonlyArray<{ name: string; path: string }>, mtime: Date): Readable {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addReadStream(createReadStream(file.path), file.name, { mtime });
  zip.end();
  return zip.outputStream as Readable;
}
