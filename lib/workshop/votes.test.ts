import { describe, expect, it } from "vitest";
import { checkBallot, moveDot, tallyBallots } from "./votes";

const dims = ["a", "b", "c"];

describe("dot voting", () => {
  it("tallies stacked dots and counts voters", () => {
    expect(tallyBallots([{ a: 2, b: 1 }, { a: 1 }, {}], dims, 3)).toEqual({ tally: { a: 3, b: 1, c: 0 }, voters: 2, rejected: 0 });
  });

  it("rejects ballots over budget, with unknown dimensions or bad counts", () => {
    expect(checkBallot({ a: 4 }, dims, 3)).toEqual({ ok: false, reason: "over-budget" });
    expect(checkBallot({ z: 1 }, dims, 3)).toEqual({ ok: false, reason: "unknown-dimension" });
    expect(checkBallot({ a: 1.5 }, dims, 3)).toEqual({ ok: false, reason: "bad-count" });
    expect(tallyBallots([{ a: 9 }, { b: 1 }], dims, 3)).toEqual({ tally: { a: 0, b: 1, c: 0 }, voters: 1, rejected: 1 });
  });

  it("moves dots within the budget", () => {
    const one = moveDot({}, "a", 1, 2);
    expect(one).toEqual({ ok: true, ballot: { a: 1 } });
    const full = moveDot({ a: 1, b: 1 }, "c", 1, 2);
    expect(full).toEqual({ ok: false, reason: "no-dots-left" });
    expect(moveDot({ a: 1 }, "b", -1, 2)).toEqual({ ok: false, reason: "none-to-remove" });
    expect(moveDot({ a: 1 }, "a", -1, 2)).toEqual({ ok: true, ballot: { a: 0 } });
  });
});
