import type { CSSProperties } from "react";
import { formatNumber } from "@/lib/format";

/**
 * One step: from `date` (ISO, possibly partial) the value is `value`, until the
 * next step. A mark singles a step out: a discrepancy (drawn in red) or a
 * restatement (the series counted on a new basis from here; not a fault, so not red).
 */
export type StepMark = "discrepancy" | "restatement";
export type StepPoint = { date: string; value: number; mark?: StepMark };

const DAY = 86_400_000;

/** A partial date counts from the first day it covers: 2023-09 is 2023-09-01. */
function toTime(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** A round step for about `count` ticks from 0 to `max`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(max: number, count: number): number {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return step < 1 ? 1 : step;
}

/** The drawing's widths: a wide one, and one for phones, so that its 12-unit text is still about 12 px there. */
const WIDE = 640;
const NARROW = 360;
const PLOT_H = 244;
const PAD = { top: 24, right: 24, left: 60 };
/** About the width of one character of the 12-unit legend text, to wrap it within the drawing. */
const LEGEND_CHAR = 6.6;

/** `text` in lines of at most `width` characters, broken between words. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Below the plot: the year labels, then one line per legend entry. */
const bottomFor = (legendLines: number) => 36 + 16 * Math.max(1, legendLines);

const css = {
  axis: { stroke: "var(--muted)", strokeWidth: 1 } satisfies CSSProperties,
  grid: { stroke: "var(--line)", strokeWidth: 1 } satisfies CSSProperties,
  tick: { fill: "var(--muted)", fontSize: 12, fontFamily: "var(--font)" } satisfies CSSProperties,
  line: { fill: "none", stroke: "var(--accent)", strokeWidth: 2.5, strokeLinejoin: "round" } satisfies CSSProperties,
  area: { fill: "var(--accent-soft)", stroke: "none" } satisfies CSSProperties,
  point: { fill: "var(--accent)", stroke: "var(--bg)", strokeWidth: 2 } satisfies CSSProperties,
  flagged: { fill: "var(--bad)", stroke: "var(--bg)", strokeWidth: 2 } satisfies CSSProperties,
  value: { fill: "var(--fg)", fontSize: 12, fontWeight: 600, fontFamily: "var(--font)" } satisfies CSSProperties,
  flaggedValue: { fill: "var(--bad)", fontSize: 12, fontWeight: 600, fontFamily: "var(--font)" } satisfies CSSProperties,
  restated: { fill: "var(--bg)", stroke: "var(--accent)", strokeWidth: 2.5 } satisfies CSSProperties,
};

/** The mark of a step (or of a legend entry), centred on (px, py). */
function Marker({ mark, px, py }: { mark: StepMark | undefined; px: number; py: number }) {
  if (mark === "discrepancy")
    return <rect x={px - 5} y={py - 5} width={10} height={10} transform={`rotate(45 ${px} ${py})`} style={css.flagged} />;
  if (mark === "restatement") return <rect x={px - 5} y={py - 5} width={10} height={10} style={css.restated} />;
  return <circle cx={px} cy={py} r={4.5} style={css.point} />;
}

type StepChartProps = {
  /** Oldest first. */
  points: StepPoint[];
  /** Where the last value is drawn to (e.g. today); at least a little past the last step. */
  until?: string;
  /** The SVG's <title>. */
  title: string;
  /** The aria-label: the series in words. */
  label: string;
  /** Legend of each mark; an entry is shown only if a point has that mark. */
  legend?: Partial<Record<StepMark, string>>;
  formatValue?: (n: number) => string;
};

/**
 * A series that changes in steps, such as a list's total over its revisions:
 * the value holds flat until the next step's date, then jumps. Server-rendered
 * SVG, no chart library. The words (title, summary, legend) come from the caller.
 * Drawn twice, wide and narrow; the stylesheet shows the one that fits the
 * window (a hidden one is out of the accessibility tree too), since a drawing
 * scaled down to a phone's width has text too small to read.
 */
export function StepChart(props: StepChartProps) {
  return (
    <>
      <StepChartDrawing {...props} width={WIDE} className="chart chart-wide" />
      <StepChartDrawing {...props} width={NARROW} className="chart chart-narrow" />
    </>
  );
}

function StepChartDrawing({
  points,
  until,
  title,
  label,
  legend,
  formatValue = formatNumber,
  width: W,
  className,
}: StepChartProps & { width: number; className: string }) {
  const steps = [...points].sort((a, b) => toTime(a.date) - toTime(b.date));
  if (steps.length === 0) return null;

  const legendEntries = (["discrepancy", "restatement"] as const)
    .filter((mark) => legend?.[mark] !== undefined && steps.some((s) => s.mark === mark))
    .map((mark) => ({ mark, lines: wrap(legend![mark]!, Math.floor((W - PAD.left - 24) / LEGEND_CHAR)) }));
  const legendLines = legendEntries.reduce((n, e) => n + e.lines.length, 0);
  const H = PAD.top + PLOT_H + bottomFor(legendLines);

  const t0 = toTime(steps[0]!.date);
  const tLast = toTime(steps.at(-1)!.date);
  const span = Math.max(tLast - t0, 180 * DAY);
  const t1 = Math.max(until ? toTime(until) : 0, tLast + span * 0.08);

  const max = Math.max(...steps.map((s) => s.value));
  const yStep = niceStep(max, 4);
  const yMax = Math.max(yStep, Math.ceil(max / yStep) * yStep);

  const x0 = PAD.left;
  const x1 = W - PAD.right;
  const y0 = PAD.top + PLOT_H;
  const y1 = PAD.top;
  const x = (t: number) => x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
  const y = (v: number) => y0 - (v / yMax) * (y0 - y1);
  const r = (n: number) => Math.round(n * 10) / 10;

  const yTicks: number[] = [];
  for (let v = 0; v <= yMax + yStep / 2; v += yStep) yTicks.push(v);

  // Year ticks; a short series falls back to its first and last dates.
  const firstYear = new Date(t0).getUTCFullYear();
  const lastYear = new Date(t1).getUTCFullYear();
  let xTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
    .map((yr) => ({ t: Date.UTC(yr, 0, 1), label: String(yr) }))
    .filter((tick) => tick.t >= t0 && tick.t <= t1);
  const maxTicks = W < WIDE ? 5 : 8;
  if (xTicks.length > maxTicks) {
    const every = Math.ceil(xTicks.length / maxTicks);
    xTicks = xTicks.filter((_, i) => i % every === 0);
  }
  if (xTicks.length === 0) xTicks = [{ t: t0, label: steps[0]!.date }];

  // The step path: flat until the next date, then vertical to the new value.
  let d = `M${r(x(t0))},${r(y(steps[0]!.value))}`;
  for (const s of steps.slice(1)) d += ` H${r(x(toTime(s.date)))} V${r(y(s.value))}`;
  d += ` H${r(x(t1))}`;
  const area = `${d} V${y0} H${r(x(t0))} Z`;

  return (
    <svg className={className} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      {yTicks.map((v) => (
        <g key={`y${v}`}>
          <line x1={x0} x2={x1} y1={r(y(v))} y2={r(y(v))} style={v === 0 ? css.axis : css.grid} />
          <text x={x0 - 8} y={r(y(v))} dy="0.35em" textAnchor="end" style={css.tick}>
            {formatValue(v)}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={`x${tick.t}`}>
          <line x1={r(x(tick.t))} x2={r(x(tick.t))} y1={y0} y2={y0 + 5} style={css.axis} />
          <text x={r(x(tick.t))} y={y0 + 20} textAnchor="middle" style={css.tick}>
            {tick.label}
          </text>
        </g>
      ))}
      <path d={area} style={css.area} opacity={0.6} />
      <path d={d} style={css.line} />
      {steps.map((s, i) => {
        const px = r(x(toTime(s.date)));
        const py = r(y(s.value));
        // Labels sit above the step; near the top they go below it, near the right edge to the left.
        const below = py - 10 < PAD.top - 8;
        const anchor = px > x1 - 40 ? "end" : "start";
        return (
          <g key={`${s.date}-${i}`}>
            <Marker mark={s.mark} px={px} py={py} />
            <text
              x={anchor === "start" ? px + 6 : px - 6}
              y={below ? py + 18 : py - 9}
              textAnchor={anchor}
              style={s.mark === "discrepancy" ? css.flaggedValue : css.value}
            >
              {formatValue(s.value)}
            </text>
          </g>
        );
      })}
      {legendEntries.map((entry, i) => {
        const before = legendEntries.slice(0, i).reduce((n, e) => n + e.lines.length, 0);
        return (
          <g key={entry.mark} transform={`translate(${x0 + 4} ${H - 8 - 16 * (legendLines - 1 - before)})`}>
            <Marker mark={entry.mark} px={0} py={-5} />
            <text x={12} y={-1} style={css.tick}>
              {entry.lines.map((line, j) => (
                <tspan key={j} x={12} dy={j === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
