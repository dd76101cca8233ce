// Our work is cut into slices that stay well under the 50 ms long-task line, yielding to the page between them.

export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const now = (): number => performance.now();

/** Resolves after the page's next frame (or soon, in a background tab that renders no frames). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // rAF runs before the frame is painted; the task after it runs once it has been.
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Between slices: a plain yield, but a frame after every FRAME_EVERY_MS of work. Firefox runs a chain of
 * `scheduler.yield()` continuations ahead of rendering, so short slices alone still held frames back.
 */
const FRAME_EVERY_MS = 32;
export function pacer(): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < FRAME_EVERY_MS) return yieldToPage();
    await nextFrame();
    since = now();
  };
}
