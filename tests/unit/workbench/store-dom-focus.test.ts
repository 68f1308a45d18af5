// The keyboard focus request goes to the item focused when it is taken, never to the one the focus just left.
import { describe, expect, it } from "vitest";
import { WorkbenchStore } from "@/components/workbench/store";

const progress = { rows: 3, confirmed: 0, rejected: 0, doubtful: 0 };
const storeOf = (keys: string[]) => new WorkbenchStore({ key: "layout-1", items: keys }, [], progress);

describe("WorkbenchStore's keyboard focus request", () => {
  it("is not taken by the row the focus left, even when that row's effect runs after the move", () => {
    const store = storeOf(["r1", "r2", "r3"]);
    store.setFocus({ index: 2, paragraph: 0 }, true);
    // r1 was focused in the render its own update committed; its effect comes late.
    expect(store.takeDomFocus("r1")).toBeNull();
    expect(store.takeDomFocus("r3")).toBe("move");
    expect(store.takeDomFocus("r3")).toBeNull();
  });

  it("restores to the item focused when the request is taken, and a move outranks a restore", () => {
    const store = storeOf(["r1", "p7", "r2"]);
    store.setFocus({ index: 1, paragraph: 0 });
    store.restoreDomFocus();
    expect(store.takeDomFocus("r2")).toBeNull();
    expect(store.takeDomFocus("p7")).toBe("restore");

    store.setFocus({ index: 2, paragraph: 0 }, true);
    store.restoreDomFocus();
    expect(store.takeDomFocus("r2")).toBe("move");
  });

  it("follows the item when the order changes under the request", () => {
    const store = storeOf(["r1", "r2", "r3"]);
    store.setFocus({ index: 1, paragraph: 0 }, true);
    store.setLayout({ key: "layout-2", items: ["r0", "r1", "r2", "r3"] });
    expect(store.getSnapshot().focus.index).toBe(2);
    expect(store.takeDomFocus("r1")).toBeNull();
    expect(store.takeDomFocus("r2")).toBe("move");
  });
});
