/** Letters that Unicode normalisation does not take apart (Polish ł, German ß, Nordic ø…), spelled in ASCII. */
const SPELLED: Readonly<Record<string, string>> = { ł: "l", Ł: "L", ß: "ss", ø: "o", Ø: "O", đ: "d", Đ: "D", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE" };

/**
 * A file-name-safe slug of a title: ASCII lowercase letters, digits and single dashes, at most `max` characters,
 * never empty ("workshop" when nothing is left), so "Łódź CSEI – kick-off" becomes "lodz-csei-kick-off".
 */
export function slugify(title: string, max = 60): string {
  const ascii = [...title].map((ch) => SPELLED[ch] ?? ch).join("").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/g, "");
  return slug || "workshop";
}

/** The download name of a chart: "<workshop slug>-<profile>.<ext>", e.g. "pomerania-kick-off-baseline.png". */
export function chartFileName(title: string, profile: string, extension: "svg" | "png"): string {
  return `${slugify(title)}-${slugify(profile, 20)}.${extension}`;
}
