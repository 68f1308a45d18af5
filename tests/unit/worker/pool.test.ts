import { describe, expect, it } from "vitest";
import { parseTexts, planAlignment } from "@/lib/core/jobs";
import { planAlignmentOnThreads } from "@/lib/worker/plan";
import { runJob, threadResourceLimits, WORKER_YOUNG_GENERATION_MB } from "@/lib/worker/pool";
import { systemDictionaries } from "@/lib/system-dictionaries";

const en = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} says that ${i + 3} ministers met on ${i + 1} May. They agreed.`);
const fa = Array.from({ length: 30 }, (_, i) => `بند ${i + 1} می‌گوید که ${i + 3} وزیر در ${i + 1} مه دیدار کردند. آنها موافقت کردند.`);

describe("worker pool", () => {
  it("runs its threads with a small young generation, and a job gives what it gives on this thread", async () => {
    const input = [{ lang: "en", format: "plain" as const, content: { kind: "text" as const, text: en.join("\n\n") } }];
    expect(await runJob("parseTexts", input)).toEqual(parseTexts(input));
    const limits = threadResourceLimits();
    expect(limits.length).toBeGreaterThan(0);
    for (const limit of limits) expect(limit?.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_GENERATION_MB);
  });

  it("plans an alignment on the threads as planAlignment does on this one", async () => {
    const input = { texts: [{ lang: "en", units: en }, { lang: "fa", units: fa }], pivot: "en" };
    expect(await planAlignmentOnThreads(input)).toEqual(planAlignment(input));
  });

  it("cuts a row at its seams on the threads as planAlignment does, each part's sentences aligned again", async () => {
    // The row of plan-alignment.test.ts's "row that may hide seams": the English lost the Arabic's middle paragraph.
    const input = {
      pivot: "en",
      texts: [
        { lang: "en", units: ['"You\'d have thought Kleenex was my corporate sponsor.', '"She cried"?""'] },
        { lang: "ar", units: ['"كنت تعتقد أن كلينيكس كانت الشركة الراعية.', "أتذكر التفكير بهذا الشأن، ما الذي سيضعونه على قبري؟", '"هل بكت؟"'] },
      ],
    };
    const plan = await planAlignmentOnThreads(input);
    // The threads read the machine's English-Arabic dictionary where it is installed (lib/worker/jobs.ts).
    expect(plan).toEqual(planAlignment({ ...input, dictionaries: systemDictionaries(["en", "ar"]) }));
    if (!plan.ok) throw new Error("no plan");
    expect(plan.rows).toHaveLength(3);
  });
});
