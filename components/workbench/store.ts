// The workbench's client state, outside React: the document's order (item keys), the items loaded so far, the
// focused row and paragraph. Each row subscribes to its own item, so an action that changes one row re-renders
// that row only, never the whole 7,000-row document.
import { useSyncExternalStore } from "react";
import type { ItemView, ProgressView } from "@/lib/server/document/views";

type Listener = () => void;

export interface Focus {
  index: number;
  /** Index into the focused row's paragraphs, in column order. */
  paragraph: number;
}

/** "move": the keyboard goes to the focused row; "restore": it goes back there if nothing holds it now. */
export type DomFocusRequest = "move" | "restore";

export class WorkbenchStore {
  /** The items shown: the whole order, or the part of it a filter keeps ("rows with term flags"). */
  private keys: string[];
  private allKeys: string[];
  private only: ReadonlySet<string> | null = null;
  private layoutKey: string;
  private readonly items = new Map<string, ItemView>();
  private readonly itemListeners = new Map<string, Set<Listener>>();
  private readonly listeners = new Set<Listener>();
  private focus: Focus = { index: 0, paragraph: 0 };
  private progress: ProgressView;
  private snapshot: { keys: string[]; layoutKey: string; focus: Focus; progress: ProgressView };

  constructor(layout: { key: string; items: string[] }, items: readonly ItemView[], progress: ProgressView) {
    this.keys = this.allKeys = layout.items;
    this.layoutKey = layout.key;
    this.progress = progress;
    for (const item of items) this.items.set(item.key, item);
    this.snapshot = this.takeSnapshot();
  }

  private takeSnapshot() {
    return { keys: this.keys, layoutKey: this.layoutKey, focus: this.focus, progress: this.progress };
  }

  private emit(): void {
    this.snapshot = this.takeSnapshot();
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  subscribeItem(key: string, listener: Listener): () => void {
    let set = this.itemListeners.get(key);
    if (!set) this.itemListeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set!.delete(listener);
  }

  item(key: string): ItemView | undefined {
    return this.items.get(key);
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  /** The whole document's order, whatever the filter shows. */
  get order(): readonly string[] {
    return this.allKeys;
  }

  /** Shows only these items (null: all), keeping the focus on the same item where it is still shown. */
  setOnly(keys: ReadonlySet<string> | null): void {
    this.only = keys;
    this.reorder(this.layoutKey);
  }

  private reorder(layoutKey: string): void {
    const focusedKey = this.keys[this.focus.index];
    this.layoutKey = layoutKey;
    const only = this.only;
    this.keys = only ? this.allKeys.filter((k) => only.has(k)) : this.allKeys;
    const at = focusedKey ? this.keys.indexOf(focusedKey) : -1;
    this.focus = { index: at >= 0 ? at : Math.min(this.focus.index, Math.max(0, this.keys.length - 1)), paragraph: 0 };
    this.emit();
  }

  setItems(items: readonly ItemView[]): void {
    for (const item of items) {
      this.items.set(item.key, item);
      for (const listener of this.itemListeners.get(item.key) ?? []) listener();
    }
  }

  forget(keys: readonly string[]): void {
    for (const key of keys) {
      this.items.delete(key);
      for (const listener of this.itemListeners.get(key) ?? []) listener();
    }
  }

  setLayout(layout: { key: string; items: string[] }): void {
    if (layout.key === this.layoutKey) return;
    this.allKeys = layout.items;
    // The focus stays on the same item where it still exists.
    this.reorder(layout.key);
  }

  private domFocusWanted: DomFocusRequest | null = null;

  /** `moveDomFocus`: the focused row takes the keyboard focus once it is rendered (it may be scrolled in first). */
  setFocus(focus: Focus, moveDomFocus = false): void {
    if (moveDomFocus) this.domFocusWanted = "move";
    if (focus.index === this.focus.index && focus.paragraph === this.focus.paragraph) return;
    this.focus = focus;
    this.emit();
  }

  /**
   * The element that held the keyboard focus is leaving the page (scrolled out of the rendered range, replaced):
   * the focused row takes the focus back when it is rendered again, unless something else took it meanwhile.
   */
  restoreDomFocus(): void {
    this.domFocusWanted ??= "restore";
  }

  /**
   * Once after setFocus(..., true) or restoreDomFocus(): the focused row that sees it focuses its element. Only the
   * item focused now may take it: the row the focus just left can still run an effect from a render in which it
   * was focused (its own update, committed before the move), and would otherwise keep the keyboard.
   */
  takeDomFocus(key: string): DomFocusRequest | null {
    if (this.keys[this.focus.index] !== key) return null;
    const wanted = this.domFocusWanted;
    this.domFocusWanted = null;
    return wanted;
  }

  setProgress(progress: ProgressView): void {
    this.progress = progress;
    this.emit();
  }
}

export function useWorkbench(store: WorkbenchStore) {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

export function useItem(store: WorkbenchStore, key: string): ItemView | undefined {
  return useSyncExternalStore(
    (listener) => store.subscribeItem(key, listener),
    () => store.item(key),
    () => store.item(key),
  );
}
