/** Properties copied from the live chart's computed style into the exported file, so it needs no stylesheet. */
const INLINED = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linejoin",
  "stroke-linecap",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/** A chart serialised as a standalone SVG document, with its size in CSS pixels. */
export interface SerialisedChart {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** A deep copy of an SVG with every element's computed style inlined and its classes dropped. */
function inlinedClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error("chart is not an svg");
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!(copy instanceof Element)) return;
    const computed = window.getComputedStyle(original);
    copy.setAttribute("style", INLINED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";"));
    copy.removeAttribute("class");
  });
  return clone;
}

/**
 * Serialises the live chart — its background and foreground SVGs merged into one — as a standalone SVG file:
 * computed styles inlined on every element (utility classes dropped), interactive and transient parts
 * (`data-export="skip"`: handles, tap strips, ghosts, drag feedback) removed, the export-only legend
 * (`data-export="legend"`, its height in `data-height`) shown below the drawing, and a white background, so the
 * file looks the same in any viewer and on a slide.
 */
export function serialiseChart(back: SVGSVGElement, front: SVGSVGElement, title: string): SerialisedChart {
  const clone = inlinedClone(back);
  clone.append(...inlinedClone(front).childNodes);
  clone.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove());
  clone.querySelectorAll("[data-testid]").forEach((el) => el.removeAttribute("data-testid"));

  const [minX = 0, minY = 0, w = 400, h = 400] = (back.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  const legend = clone.querySelector('[data-export="legend"]');
  const legendHeight = legend ? Number(legend.getAttribute("data-height") ?? 0) : 0;
  legend?.removeAttribute("display");
  const height = h + legendHeight;
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("viewBox", `${minX} ${minY} ${w} ${height}`);
  clone.setAttribute("width", String(Math.round(w * 2)));
  clone.setAttribute("height", String(Math.round(height * 2)));
  clone.removeAttribute("aria-hidden");

  const background = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({ x: minX, y: minY, width: w, height, fill: "#ffffff" })) background.setAttribute(k, String(v));
  const titleElement = document.createElementNS(SVG_NS, "title");
  titleElement.textContent = title;
  clone.prepend(titleElement, background);

  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width: Math.round(w * 2), height: Math.round(height * 2) };
}

/** Offers a blob as a download under a file name (an object URL clicked through a temporary link). */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart's two SVG layers (see SpiderChart). */
export interface ChartLayers {
  readonly back: SVGSVGElement;
  readonly front: SVGSVGElement;
}

/** Downloads the chart as an SVG file. */
export function downloadChartSvg({ back, front }: ChartLayers, title: string, fileName: string): void {
  download(new Blob([serialiseChart(back, front, title).text], { type: "image/svg+xml" }), fileName);
}

/**
 * Downloads the chart as a PNG: the serialised SVG drawn onto a canvas (already 2× the viewBox, for sharp
 * slides) over a white background. Resolves once the download was offered; rejects if the image fails to load.
 */
export async function downloadChartPng({ back, front }: ChartLayers, title: string, fileName: string): Promise<void> {
  const { text, width, height } = serialiseChart(back, front, title);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2d canvas");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("canvas produced no PNG");
    download(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
