import { StrictMode, useMemo, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { SpiderChart } from "../components/chart/spider-chart";
import { createRadarGeometry } from "../lib/chart/geometry";
import { DEFAULT_LAYOUT } from "../lib/chart/layout";
import type { ProfileResult } from "../lib/sync/schema";
import { BENCH_AXES, BENCH_CASES, BENCH_LABELS, benchInputs, benchResults, withChangedScore } from "./chart-fixtures";
import { NaiveChart } from "./chart-naive";
import { nextFrame, setMarking, timeOne } from "./chart-timing";

/**
 * BENCH ONLY — the page the chart benchmark loads (bundled by bench/chart.ts): the real SpiderChart or the naive
 * variant, fed from a tiny store, and in-page timing of one drag frame or one remote update (window.__bench).
 */

type Variant = "optimised" | "naive";
interface Ghost {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly dimensionId: string;
  readonly level: number;
}
interface State {
  readonly variant: Variant;
  readonly version: number;
  readonly mine: Readonly<Record<string, number>>;
  readonly baseline: ProfileResult;
  readonly target: ProfileResult;
  readonly ghosts: readonly Ghost[];
}

const PARTICIPANTS = Number(new URLSearchParams(location.search).get("participants") ?? 200);
let inputs = benchInputs(PARTICIPANTS);
const first = benchResults(inputs);
const GHOST_COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c"];
const ids = BENCH_AXES.map((a) => a.id);
let state: State = {
  variant: "optimised",
  version: 0,
  mine: Object.fromEntries(ids.map((id) => [id, 3])),
  baseline: first.baseline,
  target: first.target,
  ghosts: GHOST_COLORS.map((color, i) => ({ id: String(100 + i), name: `G${i}`, color, dimensionId: ids[i + 1] ?? "", level: 2 + (i % 3) })),
};
const listeners = new Set<() => void>();
const setState = (patch: Partial<State>): void => {
  state = { ...state, ...patch, version: state.version + 1 };
  listeners.forEach((l) => l());
};
let published = "";

function App() {
  const s = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
  const onChange = (id: string, value: number | null) => setState({ mine: { ...s.mine, [id]: value ?? 0 } });
  // Derived once per results object, as ScoringSection does (components/workshop/chart-overlays).
  const sectors = useMemo(
    () =>
      Object.entries(s.baseline.revealed ? (s.baseline.bySector ?? {}) : {}).map(([id, agg]) => ({
        id,
        label: id,
        values: Object.fromEntries(Object.entries(agg).map(([dim, a]) => [dim, a.median])),
      })),
    [s.baseline],
  );
  const individuals = useMemo(
    () => (s.baseline.revealed ? (s.baseline.individual ?? []).map((i) => ({ id: i.participantId, values: i.scores })) : []),
    [s.baseline],
  );
  return (
    <div data-version={s.version} style={{ maxWidth: 480, margin: "0 auto" }}>
      {s.variant === "optimised" ? (
        <SpiderChart
          axes={BENCH_AXES}
          mine={s.mine}
          onChange={onChange}
          onDrag={(d) => (published = JSON.stringify(d))}
          profile="baseline"
          group={s.baseline.revealed ? s.baseline.dimensions : null}
          reference={s.target.revealed ? s.target.dimensions : null}
          sectors={sectors}
          cases={BENCH_CASES}
          individuals={individuals}
          ghosts={s.ghosts}
          discuss={[]}
          initialLayers={{ individuals: new URLSearchParams(location.search).get("ind") !== "0", sectors: true, cases: true }}
          exportName="bench"
          labels={BENCH_LABELS}
        />
      ) : (
        <NaiveChart axes={BENCH_AXES} labels={BENCH_LABELS} mine={s.mine} result={s.baseline} reference={s.target} cases={BENCH_CASES} ghosts={s.ghosts} onChange={onChange} />
      )}
    </div>
  );
}

// Synthetic pointer events have no active pointer to capture; both variants capture, so make it a no-op when refused.
const capture = Element.prototype.setPointerCapture;
Element.prototype.setPointerCapture = function setPointerCapture(this: Element, id: number) {
  try {
    capture.call(this, id);
  } catch {
    /* synthetic pointer */
  }
};

const geometry = createRadarGeometry(ids.length, DEFAULT_LAYOUT.radius);
const svg = () => document.querySelector<SVGSVGElement>('[data-testid="spider-chart"]');
const toScreen = (axis: number, level: number) => {
  const [x, y] = geometry.pointAt(axis, level);
  const p = new DOMPoint(x, y).matrixTransform(svg()?.getScreenCTM() ?? undefined);
  return { clientX: p.x, clientY: p.y };
};
const pointer = (type: string, target: Element, at: { clientX: number; clientY: number }) =>
  target.dispatchEvent(new PointerEvent(type, { ...at, pointerId: 7, pointerType: "mouse", isPrimary: true, button: 0, buttons: type === "pointerup" ? 0 : 1, bubbles: true, cancelable: true, composed: true }));

const LEVELS = [4, 5, 4, 3, 2, 1, 2, 3];

/** The benchmark API the runner calls through page.evaluate. */
const api = {
  async use(variant: Variant): Promise<void> {
    setState({ variant });
    await nextFrame();
    await nextFrame();
  },
  /** Drags the first handle across levels: every sample is a frame that changes the snapped level. */
  async drag(samples: number) {
    const handle = document.querySelector(`[data-testid="handle-${ids[0]}"]`);
    if (!handle) throw new Error("no handle");
    pointer("pointerdown", handle, toScreen(0, 3));
    pointer("pointermove", handle, toScreen(0, 3.3)); // past the slop: the drag is on
    await nextFrame();
    const out = [];
    for (let i = 0; i < samples; i += 1) {
      const level = LEVELS[i % LEVELS.length] ?? 3;
      out.push(await timeOne(
        () => pointer("pointermove", handle, toScreen(0, level)),
        () => document.querySelector(`[data-testid="drag-feedback"][data-level="${level}"]`) !== null,
      ));
    }
    pointer("pointerup", handle, toScreen(0, 3));
    await nextFrame();
    return out;
  },
  /** Someone else's rating changed: new results (aggregates, their polygon, sectors) arrive, parsed afresh. */
  async remoteResults(samples: number) {
    const out = [];
    for (let i = 0; i < samples; i += 1) {
      inputs = withChangedScore(inputs, (i * 37) % PARTICIPANTS, i);
      const next = structuredClone(benchResults(inputs));
      const version = state.version + 1;
      out.push(await timeOne(() => setState({ baseline: next.baseline }), () => document.querySelector(`[data-version="${version}"]`) !== null));
    }
    return out;
  },
  /** Someone else's drag moved to another level (an awareness update). */
  async remoteGhost(samples: number) {
    const out = [];
    for (let i = 0; i < samples; i += 1) {
      const ghosts = state.ghosts.map((g, k) => (k === 0 ? { ...g, level: LEVELS[i % LEVELS.length] ?? 3 } : g));
      const version = state.version + 1;
      out.push(await timeOne(() => setState({ ghosts }), () => document.querySelector(`[data-version="${version}"]`) !== null));
    }
    return out;
  },
  /** The harness's own floor: one attribute change outside React, timed the same way (dispatch → painted). */
  async floor(samples: number) {
    const marker = document.getElementById("root");
    if (!marker) throw new Error("no root");
    const out = [];
    for (let i = 0; i < samples; i += 1) {
      const value = String(Math.random());
      out.push(await timeOne(() => marker.setAttribute("data-floor", value), () => marker.getAttribute("data-floor") === value));
    }
    return out;
  },
  /** The paint floor: my polygon's outline changed directly (no React), timed the same way. */
  async floorPaint(samples: number) {
    const mine = document.querySelector('[data-testid="mine-polygon"]');
    if (!mine) throw new Error("no polygon");
    const d = mine.getAttribute("d") ?? "";
    const out = [];
    for (let i = 0; i < samples; i += 1) {
      const value = i % 2 ? d : d.replace("M", "M1");
      out.push(await timeOne(() => mine.setAttribute("d", value), () => mine.getAttribute("d") === value));
    }
    return out;
  },
  /**
   * Diagnostics (bench/chart-profile.ts, PROBE=…): one kind of change the drag frame makes, done directly (no React)
   * and timed the same way — what each part of a frame costs on this page. `what` lists changes (polygon, handle,
   * aria, status, live) and page variations tried once per page load: bare (legend and status hidden), iso / isoI
   * (the legend under contain: paint / isolation: isolate; isoall / isoIall the whole side panel), canvas (a
   * polygon drawn on an overlaid canvas instead). Never used by bench/chart.ts.
   */
  async probe(samples: number, what: string) {
    const q = (sel: string) => document.querySelector(sel);
    const handle = q(`[data-testid="handle-${ids[0]}"]`);
    const status = q('[data-testid="spider-chart-status"]');
    const live = q('[data-testid="spider-chart-live"]');
    const mine = q('[data-testid="mine-polygon"]');
    const d = mine?.getAttribute("d") ?? "";
    if (what.includes("bare")) document.querySelectorAll("figcaption, [data-testid=spider-chart-status]").forEach((e) => e.setAttribute("hidden", ""));
    if (what.includes("iso")) document.querySelectorAll<HTMLElement>(what.includes("isoall") ? "figcaption, figure > div > div:last-child" : "figcaption").forEach((e) => (what.includes("isoI") ? (e.style.isolation = "isolate") : (e.style.contain = "paint")));
    let ctx: CanvasRenderingContext2D | null = null;
    if (what.includes("canvas")) {
      const c = document.createElement("canvas");
      const box = svg()?.getBoundingClientRect();
      c.width = Math.round((box?.width ?? 300) * devicePixelRatio);
      c.height = Math.round((box?.height ?? 300) * devicePixelRatio);
      Object.assign(c.style, { position: "absolute", left: `${box?.left ?? 0}px`, top: `${(box?.top ?? 0) + scrollY}px`, width: `${box?.width}px`, height: `${box?.height}px`, pointerEvents: "none" });
      document.body.append(c);
      ctx = c.getContext("2d");
    }
    // visN / cxN: N extra circles in the front SVG whose visibility / cx changes per sample (per-element style cost);
    // nohit: those circles are not hit-testable (pointer-events: none); wc: the handle gets will-change: transform.
    const extra = /(vis|cx)(\d+)/.exec(what);
    const circles: SVGCircleElement[] = [];
    for (let k = 0; k < Number(extra?.[2] ?? 0); k += 1) {
      const c = document.createElementNS("http://www.w3.org/2000/svg", "circle");
      c.setAttribute("r", "5");
      c.setAttribute("cx", String(k * 3));
      if (what.includes("nohit")) c.setAttribute("pointer-events", "none");
      svg()?.append(c);
      circles.push(c);
    }
    if (what.includes("wc") && handle instanceof SVGElement) handle.style.willChange = "transform";
    const out = [];
    for (let i = 0; i < samples; i += 1) {
      const level = LEVELS[i % LEVELS.length] ?? 3;
      const [x, y] = geometry.pointAt(0, level);
      const steps: (() => void)[] = [];
      // ptr: a pointer move dispatched to the chart outside a drag (no handler does anything): the event's own cost.
      if (what.includes("ptr") && handle) steps.push(() => pointer("pointermove", handle, toScreen(0, level)));
      if (extra?.[1] === "vis") steps.push(() => circles.forEach((c) => c.setAttribute("visibility", i % 2 ? "hidden" : "visible")));
      if (extra?.[1] === "cx") steps.push(() => circles.forEach((c, k) => c.setAttribute("cx", String(k * 3 + (i % 2)))));
      if (what.includes("polygon")) steps.push(() => mine?.setAttribute("d", i % 2 ? d : d.replace("M", "M1")));
      if (what.includes("handle")) steps.push(() => handle?.setAttribute("transform", `translate(${x} ${y})`));
      if (what.includes("aria")) steps.push(() => { handle?.setAttribute("aria-valuenow", String(level)); handle?.setAttribute("aria-valuetext", `${level} – level ${i}`); });
      if (what.includes("status") && status) steps.push(() => (status.textContent = `${BENCH_AXES[0]?.label}: ${level} – ${BENCH_AXES[0]?.levels[level - 1]}`));
      if (what.includes("live") && live) steps.push(() => (live.textContent = `${BENCH_AXES[0]?.label}: ${level} – ${BENCH_AXES[0]?.levels[level - 1]}`));
      const c = ctx;
      if (c) steps.push(() => {
        c.clearRect(0, 0, c.canvas.width, c.canvas.height);
        c.beginPath();
        for (let k = 0; k < 8; k += 1) c.lineTo(300 + 200 * Math.cos(k) * (k === 0 ? level / 5 : 0.6), 300 + 200 * Math.sin(k) * 0.6);
        c.closePath();
        c.stroke();
      });
      out.push(await timeOne(() => steps.forEach((f) => f()), () => true));
    }
    return out;
  },
  /** Turns the CPU-time marks on or off. */
  marks(on: boolean) {
    setMarking(on);
  },
  counts: () => ({
    paths: document.querySelectorAll("svg path").length,
    individuals: state.baseline.revealed ? (state.baseline.individual ?? []).length : 0,
    published: published.length > 0,
  }),
};

declare global {
  interface Window {
    __bench: typeof api;
  }
}
window.__bench = api;

const root = document.getElementById("root");
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
