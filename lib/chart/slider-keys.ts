import { LEVEL_MAX, LEVEL_MIN } from "./geometry";

/** The value that stands for "not assessed" on a handle (a deliberate answer, unlike "not rated yet"). */
export const NOT_ASSESSED_VALUE = 0;

/**
 * The value a score slider takes after a key press, following the ARIA slider pattern: arrows and PageUp/Down
 * step by one within 1–5 (from "not rated" or "not assessed" any step lands on 1), Home/End jump to 1/5,
 * digits 1–5 set that level, and Delete/Backspace/"0" mark "not assessed". `null` means the key is not ours:
 * let the browser have it (Tab, shortcuts…).
 */
export function valueForKey(key: string, current: number | undefined): number | null {
  const rated = current !== undefined && current >= LEVEL_MIN ? current : undefined;
  switch (key) {
    case "ArrowUp":
    case "ArrowRight":
    case "PageUp":
      return rated === undefined ? LEVEL_MIN : Math.min(LEVEL_MAX, rated + 1);
    case "ArrowDown":
    case "ArrowLeft":
    case "PageDown":
      return rated === undefined ? LEVEL_MIN : Math.max(LEVEL_MIN, rated - 1);
    case "Home":
      return LEVEL_MIN;
    case "End":
      return LEVEL_MAX;
    case "Delete":
    case "Backspace":
    case "0":
      return NOT_ASSESSED_VALUE;
    default:
      if (/^[1-5]$/.test(key)) return Number(key);
      return null;
  }
}
