import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ChartSpace } from "./chart-layout";

/**
 * The width of the element the chart sits in and the font size of its SVG, kept current as the panel is
 * resized or zoomed and as the text size changes (the caption's size follows the text size).
 */
export function useChartSpace<
  Box extends HTMLElement,
  Drawing extends SVGElement,
  Caption extends HTMLElement,
>() {
  const box = useRef<Box>(null);
  const drawing = useRef<Drawing>(null);
  const caption = useRef<Caption>(null);
  const [space, setSpace] = useState<ChartSpace>({ width: 320, font: 14 });
  useLayoutEffect(() => {
    const measure = () => {
      const width = box.current?.clientWidth ?? 0;
      const font = drawing.current ? parseFloat(getComputedStyle(drawing.current).fontSize) : 0;
      // A hidden section measures 0; it keeps its last size until it is shown again.
      if (width > 0 && font > 0)
        setSpace((old) => (old.width === width && old.font === font ? old : { width, font }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const el of [box.current, caption.current]) if (el) observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { box, drawing, caption, space };
}
