import { useEffect, useRef, type RefObject } from 'react';
import type * as PlotModule from '@observablehq/plot';

/** Observable Plot, loaded on the first chart only: most pages have none, so the main bundle stays small. */
export type PlotLibrary = typeof PlotModule;

let library: Promise<PlotLibrary> | null = null;

function loadPlot(): Promise<PlotLibrary> {
  library ??= import('@observablehq/plot');
  return library;
}

export interface PlotA11y {
  /** The id of the figure's caption, which names the picture. */
  labelledBy: string;
  /** The id of the short summary of what the picture shows. */
  describedBy: string;
}

/** Makes Plot's picture fit our page: no inline <style> (the CSP allows only our stylesheet), named by the caption. */
function prepare(chart: Element, { labelledBy, describedBy }: PlotA11y): void {
  chart.querySelectorAll('style').forEach((style) => style.remove());
  // Plot names its groups ("line", "dot") with aria-label, which a <g> without a role may not carry; the
  // picture as a whole is named by the caption instead.
  chart.querySelectorAll('[aria-label], [aria-description]').forEach((part) => {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  });
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
  if (!svg) return;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', labelledBy);
  svg.setAttribute('aria-describedby', describedBy);
  svg.setAttribute('focusable', 'false');
}

/**
 * Draws a chart with Observable Plot into the returned element and draws it again when `key` or the width
 * changes, replacing what was there; the picture is removed when the component unmounts. Plot's own <style>
 * is dropped before the picture reaches the page (charts.css carries the same rules). If Plot cannot be loaded,
 * the figure says so and its table still gives the figures.
 */
export function usePlot(
  draw: (plot: PlotLibrary, width: number) => Element,
  key: string,
  a11y: PlotA11y,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement | null>(null);
  const drawRef = useRef(draw);
  drawRef.current = draw;
  const { labelledBy, describedBy } = a11y;

  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    let live = true;
    let observer: ResizeObserver | null = null;
    loadPlot()
      .then((plot) => {
        if (!live) return;
        let lastWidth = -1;
        const render = () => {
          const width = Math.max(280, Math.floor(host.clientWidth || 640));
          if (width === lastWidth) return;
          lastWidth = width;
          const chart = drawRef.current(plot, width);
          prepare(chart, { labelledBy, describedBy });
          host.replaceChildren(chart);
        };
        render();
        observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(render);
        observer?.observe(host);
      })
      .catch(() => {
        if (!live) return;
        const note = document.createElement('p');
        note.className = 'nhsuk-body-s';
        note.textContent = 'The chart could not be drawn. The table gives the same figures.';
        host.replaceChildren(note);
      });
    return () => {
      live = false;
      observer?.disconnect();
      host.replaceChildren();
    };
  }, [key, labelledBy, describedBy]);

  return ref;
}
