import { describe, expect, it } from "vitest";
import type { ParticipantInputs } from "../lib/sync/derive-results";
import { LockedInputs } from "./locked-inputs";

const input = (participantId: string, baseline: number, vote: number): ParticipantInputs => ({
  participantId,
  baseline: { a: baseline },
  target: { a: baseline + 1 },
  ballot: { a: vote },
});

describe("locked inputs", () => {
  it("freezes a locked step's input at first sight, keeps other inputs live, and thaws on unlock", () => {
    const locks = new LockedInputs();
    expect(locks.apply([], [input("p1", 1, 1)])).toEqual([input("p1", 1, 1)]);
    // Step 1 (baseline) locks with p1 at 2.
    expect(locks.apply([1], [input("p1", 2, 1)])[0]?.baseline).toEqual({ a: 2 });
    // p1 changes everything: the baseline stays frozen, target and ballot are live.
    expect(locks.apply([1], [input("p1", 4, 3)])).toEqual([{ participantId: "p1", baseline: { a: 2 }, target: { a: 5 }, ballot: { a: 3 } }]);
    // p2 first seen during the lock is frozen at that value.
    expect(locks.apply([1, 3], [input("p1", 4, 3), input("p2", 3, 2)]).map((i) => [i.baseline, i.ballot])).toEqual([
      [{ a: 2 }, { a: 3 }],
      [{ a: 3 }, { a: 2 }],
    ]);
    expect(locks.apply([1, 3], [input("p1", 5, 0), input("p2", 0, 0)]).map((i) => [i.baseline, i.ballot])).toEqual([
      [{ a: 2 }, { a: 3 }],
      [{ a: 3 }, { a: 2 }],
    ]);
    // Unlock: live again; locking again later freezes afresh.
    expect(locks.apply([], [input("p1", 5, 0)])).toEqual([input("p1", 5, 0)]);
    expect(locks.apply([1], [input("p1", 0, 0)])[0]?.baseline).toEqual({ a: 0 });
    // Steps without private inputs lock nothing here.
    expect(locks.apply([4, 5], [input("p1", 3, 3)])).toEqual([input("p1", 3, 3)]);
  });
});
