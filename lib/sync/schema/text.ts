import type * as Y from "yjs";

/**
 * Plain-text fields co-edited through a Y.Text (goal statements, milestones…). A screen hands over the whole new
 * value of its text box; {@link replaceText} turns that into the smallest single splice, so two people typing at
 * different places of one text both keep their characters.
 */

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The one splice that turns `from` into `to`: skip the common prefix and suffix (never inside a surrogate pair). */
export function diffText(from: string, to: string): { index: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  if (start > 0 && start < from.length && isLowSurrogate(from.charCodeAt(start))) start--;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  if (endFrom < from.length && isLowSurrogate(from.charCodeAt(endFrom))) {
    endFrom++;
    endTo++;
  }
  return { index: start, remove: endFrom - start, insert: to.slice(start, endTo) };
}

/** Makes `text` read `value` with one minimal splice. Call inside a transaction. */
export function replaceText(text: Y.Text, value: string): void {
  const { index, remove, insert } = diffText(text.toString(), value);
  if (remove > 0) text.delete(index, remove);
  if (insert) text.insert(index, insert);
}

/** A text's value, clipped to `max` characters (a longer value written by a modified client reads shortened). */
export function readText(text: Y.Text, max: number): string {
  const value = text.toString();
  return value.length > max ? value.slice(0, max) : value;
}
