// `npm run bench:cli -- [--runs 5]`: the command line's speed alone (the first part of `bench:align -- --speed`,
// without the accuracy benchmark before it): wall and CPU times of cold runs of `npm run align` on one
// 7,500-paragraph English-Persian pair, with and without npm, against hunalign's time on that pair.
import { parseArgs } from "node:util";
import { runCliSpeed } from "@/bench/speed";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not ${values.runs}`);
runCliSpeed((text = "") => process.stdout.write(`${text}\n`), runs);
