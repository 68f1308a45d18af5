import { readFileSync } from "node:fs";

/**
 * This process's peak resident memory in MB (MiB). Linux's VmHWM belongs to the process's own memory since it started
 * its program; getrusage's maxRSS (process.resourceUsage) would also count the parent's memory at the fork, which in
 * the benchmarks is the embedded database's (hundreds of MB).
 */
export function peakResidentMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}
