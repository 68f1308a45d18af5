// The workbench's keyboard shortcuts: one table, read by the key handler and by the list shown in the page.

export type Command =
  | "nextRow"
  | "previousRow"
  | "nextParagraph"
  | "previousParagraph"
  | "nextInQueue"
  | "previousInQueue"
  | "confirm"
  | "reject"
  | "confirmWithComment"
  | "rejectWithComment"
  | "resetDecision"
  | "edit"
  | "mergeRowBelow"
  | "splitRow"
  | "moveUp"
  | "moveDown"
  | "noCounterpart"
  | "insertRow"
  | "mergeParagraphNext"
  | "markClutter"
  | "undo"
  | "redo"
  | "paragraphHistory"
  | "rowHistory"
  | "nextTermFlag"
  | "previousTermFlag"
  | "termPanel"
  | "help";

export interface Shortcut {
  command: Command;
  /** As shown to the user. */
  keys: string[];
  matches(event: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey">): boolean;
}

const plain = (...keys: string[]) => (e: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey">) =>
  !e.altKey && !e.ctrlKey && !e.metaKey && keys.includes(e.key);
const alt = (key: string) => (e: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey">) => e.altKey && !e.ctrlKey && !e.metaKey && e.key === key;
const mod = (key: string, shift: boolean) => (e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

export const SHORTCUTS: readonly Shortcut[] = [
  { command: "nextRow", keys: ["↓", "j"], matches: plain("ArrowDown", "j") },
  { command: "previousRow", keys: ["↑", "k"], matches: plain("ArrowUp", "k") },
  { command: "nextParagraph", keys: ["l"], matches: plain("l") },
  { command: "previousParagraph", keys: ["h"], matches: plain("h") },
  { command: "nextInQueue", keys: ["n"], matches: plain("n") },
  { command: "previousInQueue", keys: ["N"], matches: plain("N") },
  { command: "confirm", keys: ["c"], matches: plain("c") },
  { command: "reject", keys: ["x"], matches: plain("x") },
  { command: "confirmWithComment", keys: ["C"], matches: plain("C") },
  { command: "rejectWithComment", keys: ["X"], matches: plain("X") },
  { command: "resetDecision", keys: ["a"], matches: plain("a") },
  { command: "edit", keys: ["Enter", "e"], matches: plain("Enter", "e") },
  { command: "mergeRowBelow", keys: ["m"], matches: plain("m") },
  { command: "splitRow", keys: ["s"], matches: plain("s") },
  { command: "moveUp", keys: ["Alt+↑"], matches: alt("ArrowUp") },
  { command: "moveDown", keys: ["Alt+↓"], matches: alt("ArrowDown") },
  { command: "noCounterpart", keys: ["o"], matches: plain("o") },
  { command: "insertRow", keys: ["i"], matches: plain("i") },
  { command: "mergeParagraphNext", keys: ["M"], matches: plain("M") },
  { command: "markClutter", keys: ["b"], matches: plain("b") },
  { command: "undo", keys: ["Ctrl+Z"], matches: mod("z", false) },
  { command: "redo", keys: ["Ctrl+Shift+Z", "Ctrl+Y"], matches: (e) => mod("z", true)(e) || mod("y", false)(e) },
  { command: "paragraphHistory", keys: ["v"], matches: plain("v") },
  { command: "rowHistory", keys: ["V"], matches: plain("V") },
  { command: "nextTermFlag", keys: ["f"], matches: plain("f") },
  { command: "previousTermFlag", keys: ["F"], matches: plain("F") },
  { command: "termPanel", keys: ["t"], matches: plain("t") },
  { command: "help", keys: ["?"], matches: plain("?") },
];

export function commandFor(event: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey">): Command | null {
  return SHORTCUTS.find((s) => s.matches(event))?.command ?? null;
}

/** While editing a paragraph: save, cancel, split at the cursor. */
export const EDITOR_KEYS = { save: "Ctrl+Enter", cancel: "Escape", split: "Alt+Enter" } as const;
