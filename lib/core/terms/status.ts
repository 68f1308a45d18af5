// Rendering statuses as TBX writes them. TBX-Basic uses administrativeStatus with values ending in "-admn-sts";
// older TBX and TMF files use normativeAuthorization without the suffix. Standardized, legal and regulated terms
// are normative, so they read as preferred; superseded ones as deprecated.

import type { TermStatus } from "./types";

const STATUS_BY_VALUE: Readonly<Record<string, TermStatus>> = {
  preferred: "preferred",
  preferredterm: "preferred",
  standardizedterm: "preferred",
  legalterm: "preferred",
  regulatedterm: "preferred",
  admitted: "admitted",
  admittedterm: "admitted",
  deprecated: "deprecated",
  deprecatedterm: "deprecated",
  supersededterm: "deprecated",
};

/** The status a TBX or CSV value stands for, or undefined when it is not one we know. */
export function readStatus(value: string): TermStatus | undefined {
  const plain = value.trim().toLowerCase().replace(/-admn-sts$/, "");
  return STATUS_BY_VALUE[plain];
}

/** The TBX-Basic administrativeStatus value of a status. */
export function tbxStatus(status: TermStatus): string {
  return `${status}Term-admn-sts`;
}
