/**
 * BENCH ONLY — in-page timing for bench/chart-harness.tsx: one change from dispatch to painted, without the idle
 * wait for vsync, and (in the traced pass) user-timing marks around its busy windows.
 */
/** Resolves at the next animation frame, with its time. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
/** Resolves in a new task, after tasks already queued (React's scheduler posts its work the same way). */
const nextTask = () => new Promise<void>((resolve) => {
  queue.push(resolve);
  channel.port2.postMessage(null);
});

let markCount = 0;
let marking = false;

/** Turns the marks of the traced pass on or off. */
export function setMarking(on: boolean): void {
  marking = on;
}
/** In the traced pass, user-timing marks bracket each sample's busy windows (the runner sums thread CPU time in them). */
const mark = (name: string) => {
  if (marking) performance.mark(`cpu:${name}:${markCount}`);
};

/**
 * Times one change from dispatch to painted, without the idle wait for vsync: the script part (dispatch until
 * React has committed — polled task by task until `done()`), plus the rendering part (from the start of the next
 * frame to the first task after it: style, layout, paint). Starts in a fresh task right after a frame.
 */
export async function timeOne(act: () => void, done: () => boolean): Promise<{ script: number; frame: number; total: number }> {
  await nextFrame();
  await nextTask();
  markCount += 1;
  mark("a");
  const t0 = performance.now();
  act();
  // External-store updates render as sync work in a microtask; anything scheduled later is polled task by task.
  for (let i = 0; i < 3 && !done(); i += 1) await Promise.resolve();
  let guard = 0;
  while (!done()) {
    await nextTask();
    if ((guard += 1) > 500) throw new Error("change never rendered");
  }
  const t1 = performance.now();
  mark("b");
  const frameStart = await new Promise<number>((resolve) => requestAnimationFrame(() => {
    const t = performance.now();
    mark("c");
    // Posted inside the rAF callback: runs right after this frame's style, layout and paint.
    channel.port2.postMessage(null);
    queue.push(() => resolve(t));
  }));
  // The handler above resolves at the task after the frame; performance.now() here is that moment.
  const t3 = performance.now();
  mark("d");
  return { script: t1 - t0, frame: t3 - frameStart, total: t1 - t0 + (t3 - frameStart) };
}
