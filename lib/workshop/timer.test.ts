import { describe, expect, it } from "vitest";
import { estimateClockOffset } from "./clock";
import { addTime, formatCountdown, isRunning, MAX_TIMER_MS, pauseTimer, remainingMs, resumeTimer, startTimer, timerStateSchema } from "./timer";

describe("step timer", () => {
  it("counts down from the start and never below zero", () => {
    const t = startTimer(5 * 60_000, 1_000);
    expect(remainingMs(t, 1_000)).toBe(300_000);
    expect(remainingMs(t, 61_000)).toBe(240_000);
    expect(remainingMs(t, 10_000_000)).toBe(0);
    expect(isRunning(t)).toBe(true);
  });

  it("pauses, keeps what was left, and resumes from it", () => {
    const paused = pauseTimer(startTimer(60_000, 0), 20_000);
    expect(paused).toEqual({ endsAt: null, pausedRemainingMs: 40_000 });
    expect(remainingMs(paused, 999_999)).toBe(40_000);
    expect(pauseTimer(paused, 50_000)).toBe(paused);
    const resumed = resumeTimer(paused, 100_000);
    expect(resumed).toEqual({ endsAt: 140_000, pausedRemainingMs: null });
    expect(resumeTimer(resumed, 120_000)).toBe(resumed);
  });

  it("adds time to running, paused and finished countdowns", () => {
    expect(addTime(startTimer(60_000, 0), 60_000, 30_000)).toEqual({ endsAt: 120_000, pausedRemainingMs: null });
    expect(addTime({ endsAt: null, pausedRemainingMs: 10_000 }, 60_000, 5)).toEqual({ endsAt: null, pausedRemainingMs: 70_000 });
    // After the end, +1 min means one more minute from now.
    expect(addTime(startTimer(60_000, 0), 60_000, 500_000)).toEqual({ endsAt: 560_000, pausedRemainingMs: null });
    expect(remainingMs(addTime(startTimer(60_000, 0), -120_000, 0), 0)).toBe(0);
    expect(remainingMs(addTime(startTimer(MAX_TIMER_MS, 0), 60_000, 0), 0)).toBe(MAX_TIMER_MS);
  });

  it("formats a countdown rounding up to the second", () => {
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(1)).toBe("0:01");
    expect(formatCountdown(59_001)).toBe("1:00");
    expect(formatCountdown(10 * 60_000)).toBe("10:00");
    expect(formatCountdown(3_600_000 + 61_000)).toBe("1:01:01");
    expect(formatCountdown(-5)).toBe("0:00");
  });

  it("accepts only one of endsAt / pausedRemainingMs in stored state", () => {
    expect(timerStateSchema.safeParse({ endsAt: 5, pausedRemainingMs: null }).success).toBe(true);
    expect(timerStateSchema.safeParse({ endsAt: null, pausedRemainingMs: 5 }).success).toBe(true);
    expect(timerStateSchema.safeParse({ endsAt: 5, pausedRemainingMs: 5 }).success).toBe(false);
    expect(timerStateSchema.safeParse({ endsAt: null, pausedRemainingMs: -1 }).success).toBe(false);
  });
});

describe("clock offset", () => {
  it("trusts the sample with the shortest round trip, read at its midpoint", () => {
    const offset = estimateClockOffset([
      { sentAt: 1_000, receivedAt: 1_400, serverTime: 6_000 },
      { sentAt: 2_000, receivedAt: 2_040, serverTime: 7_020 },
      { sentAt: 3_000, receivedAt: 2_990, serverTime: 0 },
    ]);
    expect(offset).toEqual({ offsetMs: 5_000, uncertaintyMs: 20 });
  });

  it("gives two devices with skewed clocks the same server time", () => {
    const server = (t: number) => t; // the true time
    const fast = 90_000; // this phone's clock runs 90 s ahead
    const a = estimateClockOffset([{ sentAt: 10_000 + fast, receivedAt: 10_100 + fast, serverTime: server(10_050) }]);
    const b = estimateClockOffset([{ sentAt: 10_000, receivedAt: 10_060, serverTime: server(10_030) }]);
    expect(a && 20_000 + fast + a.offsetMs).toBe(20_000);
    expect(b && 20_000 + b.offsetMs).toBe(20_000);
  });

  it("returns null without a usable sample", () => {
    expect(estimateClockOffset([])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 5, receivedAt: 1, serverTime: 3 }])).toBeNull();
  });
});
