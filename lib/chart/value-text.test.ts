import { describe, expect, it } from "vitest";
import { describeValue } from "./value-text";

const labels = {
  levelNames: ["Absent", "Emerging", "Developing", "Established / strong", "Embedded"],
  notAssessed: "Not assessed",
  notRated: "Not rated yet",
};
const descriptors = ["d1", "d2", "d3", "Multi-year core funding", "d5"];

describe("describeValue", () => {
  it("reads a level with its name and descriptor", () => {
    expect(describeValue(4, descriptors, labels)).toBe("4 – Established / strong: Multi-year core funding");
  });

  it("names the two answers without a number", () => {
    expect(describeValue(0, descriptors, labels)).toBe("Not assessed");
    expect(describeValue(undefined, descriptors, labels)).toBe("Not rated yet");
  });

  it("leaves out missing parts", () => {
    expect(describeValue(2, [], labels)).toBe("2 – Emerging");
    expect(describeValue(2, [], { ...labels, levelNames: [] })).toBe("2");
  });
});
