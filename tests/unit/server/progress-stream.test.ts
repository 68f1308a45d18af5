import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { progressResponse } from "@/lib/server/progress-stream";

async function lines(response: Response): Promise<unknown[]> {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

describe("progressResponse", () => {
  it("sends the stages as they pass, then the result", async () => {
    const response = progressResponse(async (progress) => {
      progress("parse", 0, 2);
      progress("parse", 2, 2);
      return { status: 201, body: { documentId: 7 } };
    });
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    expect(await lines(response)).toEqual([
      { progress: { stage: "parse", done: 0, total: 2 } },
      { progress: { stage: "parse", done: 2, total: 2 } },
      { status: 201, result: { documentId: 7 } },
    ]);
  });

  it("drops a report that comes after the answer ended, instead of throwing where the work reports", async () => {
    let late: (() => void) | undefined;
    const response = progressResponse(async (progress) => {
      late = () => progress("write", 0, 1);
      throw new AppError("conflict", "The document changed meanwhile.");
    });
    const sent = await lines(response);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 409 });
    expect(late).toBeDefined();
    expect(() => late!()).not.toThrow();
  });
});
