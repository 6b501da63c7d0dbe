/** A colour per sector for the ecosystem map (white text on each is at least 4.5:1). */
const SECTOR_COLOURS: Readonly<Record<string, string>> = {
  public: "#1d4ed8",
  private: "#b45309",
  "social-economy": "#047857",
  academia: "#7c3aed",
  other: "#475569",
};
const NO_SECTOR = "#334155";

/** The fill for a stakeholder of a sector (unknown or none: slate). */
export function sectorColour(sector: string | null): string {
  return (sector && SECTOR_COLOURS[sector]) || NO_SECTOR;
}

/** Up to `max` letters standing for a name inside a small circle, e.g. "City of Gdańsk" → "COG" (or "CO"). */
export function initialsOf(name: string, max = 3): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words.map((w) => w[0] ?? "").join("") : name.slice(0, max);
  return letters.slice(0, max).toUpperCase();
}
