// A progress line on stderr for the command-line tools: a bar redrawn in place on a terminal, a line per stage
// (and per tenth of a long stage) when stderr is a file or a pipe, so logs stay readable. stdout is left to results.

const WIDTH = 28;

export function progressBar(labels: Record<string, string> = {}): { update(stage: string, done: number, total: number): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let lastStage = "";
  let lastTenth = -1;
  let drawn = false;
  return {
    update(stage, done, total) {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const label = labels[stage] ?? stage;
      if (tty) {
        const filled = Math.round(fraction * WIDTH);
        process.stderr.write(`\r${label.padEnd(24)} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${String(Math.round(fraction * 100)).padStart(3)} %`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (stage !== lastStage || tenth > lastTenth) {
        process.stderr.write(`${label}: ${Math.round(fraction * 100)} %\n`);
        lastStage = stage;
        lastTenth = tenth;
      }
    },
    done() {
      if (tty && drawn) process.stderr.write("\n");
    },
  };
}
