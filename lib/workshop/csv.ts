/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order mark so that Excel opens Polish and
 * German characters correctly (without the mark it guesses the legacy code page and shows "Å¼" for "ż").
 * Cells that a spreadsheet would run as a formula (=, +, -, @ at the start) get a leading apostrophe.
 */

/** The UTF-8 byte-order mark Excel needs to read the file as UTF-8. */
export const BOM = "\uFEFF";

/** One cell: quoted when it holds a separator, quote or line break; formula triggers defused. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document (with BOM) from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
