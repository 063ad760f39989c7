"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import type { Id } from "@/convex/_generated/dataModel";
import { formatDateMedium, formatMinuteOfDay, formatTime } from "@/lib/schedule/format";
import { clockOf, dropMinute, gridRange, layoutLanes, minuteOfDay } from "@/lib/schedule/grid";
import type { Interval } from "@/lib/schedule/slots";
import { STATUS_LABELS } from "@/lib/schedule/status";
import { Button, Spinner } from "@/components/ui/button";
import type { DayAppointment, DayState } from "./schedule-access";
import { STATUS_BLOCK, STATUS_CHIP, STATUS_SHORT } from "./status-style";

/** Vertical scale: 2 px per minute, so a 10-minute step is 20 px. */
export const PX_PER_MINUTE = 2;
const DRAG_THRESHOLD_PX = 5;

export interface GridColumn {
  key: string;
  date: string;
  providerId: Id<"members">;
  providerName: string;
  heading: ReactNode;
  /** The column's accessible name, e.g. "Miles Brandt, Tuesday, May 12". */
  label: string;
  isToday: boolean;
  state: DayState["status"];
  message?: string;
  blocks: readonly Interval[];
  appointments: readonly DayAppointment[];
  onReopen?: () => void;
}

export interface SlotChoice {
  date: string;
  time: string;
  providerId: Id<"members">;
}

export interface PendingMove {
  appointmentId: string;
  columnKey: string;
  minute: number;
  durationMin: number;
}

interface Props {
  label: string;
  columns: readonly GridColumn[];
  timezone: string;
  now: number;
  showCancelled: boolean;
  canManage: boolean;
  highlightId: string | null;
  pendingMove: PendingMove | null;
  minColumnWidth: number;
  /** Changes when the person goes to another date or view: the grid scrolls to the start of the working day (or now). */
  scrollKey: string;
  overlay?: ReactNode;
  onOpen: (appointment: DayAppointment, column: GridColumn) => void;
  onBookAt: (slot: SlotChoice) => void;
  onDrop: (appointment: DayAppointment, from: GridColumn, to: SlotChoice & { column: GridColumn; minute: number }) => void;
}

interface DragState {
  appointment: DayAppointment;
  fromKey: string;
  fromMinute: number;
  pointerId: number;
  startX: number;
  startY: number;
  grabOffsetY: number;
  durationMin: number;
  active: boolean;
  target: { key: string; minute: number } | null;
}

/** The accessible name of an appointment: everything the block shows, in words. */
/**
 * What an appointment block shows, line by line: the patient, the visit type
 * (after the start time when the block is short), a status chip once the
 * visit has moved on, and the time range when there is room for it.
 */
export function appointmentLines(a: DayAppointment, timezone: string, roomy: boolean) {
  return {
    patient: a.patientName,
    type: roomy ? a.typeName : `${formatTime(a.start, timezone).replace(/ [AP]M$/, "")} · ${a.typeName}`,
    chip: a.status !== "scheduled" ? STATUS_SHORT[a.status] : null,
    range: roomy ? `${formatTime(a.start, timezone)} – ${formatTime(a.end, timezone)}` : null,
  };
}

/**
 * A block's accessible name: first what the block shows, in the same order
 * (so people who see it and speak to a voice-control tool can name it, WCAG
 * 2.5.3), then the full sentence with date, times and provider.
 */
export function appointmentLabel(a: DayAppointment, date: string, providerName: string, timezone: string, roomy: boolean): string {
  const lines = appointmentLines(a, timezone, roomy);
  const shown = [lines.patient, lines.type, lines.chip, lines.range].filter((l) => l !== null).join(", ");
  const parts = [`${shown}.`, `${formatDateMedium(date)}, ${formatTime(a.start, timezone)} to ${formatTime(a.end, timezone)} with ${providerName}.`];
  if (lines.chip !== STATUS_LABELS[a.status]) parts.push(`${STATUS_LABELS[a.status]}.`);
  if (a.seriesId !== null) parts.push("Part of a series.");
  if (a.override) parts.push("Booked outside working hours.");
  return parts.join(" ");
}

/**
 * The calendar grid: a time gutter and one column per provider (day view) or
 * per day (week view). Working hours are white, the rest is shaded. The front
 * desk books by clicking free time and moves a visit by dragging it (snapped
 * to 10 minutes); every appointment is a button, reachable with Tab and the
 * arrow keys, that opens its details.
 */
export function TimeGrid(props: Props) {
  const { columns, timezone, now, showCancelled, canManage, minColumnWidth, scrollKey } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const bodies = useRef(new Map<string, HTMLDivElement>());
  const dragRef = useRef<DragState | null>(null);
  const [drag, setDrag] = useState<DragState | null>(null);
  const suppressClick = useRef(false);

  const visible = useMemo(
    () => columns.map((c) => ({ column: c, items: c.appointments.filter((a) => showCancelled || a.status !== "cancelled") })),
    [columns, showCancelled],
  );

  const { startMin, endMin } = useMemo(() => {
    const spans: { startMin: number; endMin: number }[] = [];
    for (const { column, items } of visible) {
      for (const b of column.blocks) spans.push({ startMin: minuteOfDay(b.start, column.date, timezone), endMin: minuteOfDay(b.end, column.date, timezone) });
      for (const a of items) spans.push({ startMin: minuteOfDay(a.start, column.date, timezone), endMin: minuteOfDay(a.end, column.date, timezone) });
    }
    return gridRange(spans);
  }, [visible, timezone]);
  const height = (endMin - startMin) * PX_PER_MINUTE;

  // Scroll to the start of the working day, or to an hour before now on today's schedule.
  const todayShown = columns.some((c) => c.isToday);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    // A little above the first hour, so its label is not under the sticky heading.
    const first = (todayShown ? minuteOfDay(Date.now(), columns.find((c) => c.isToday)!.date, timezone) - 60 : 8 * 60) - 12;
    el.scrollTop = Math.max(0, (Math.max(first, startMin) - startMin) * PX_PER_MINUTE);
    // Only when the dates shown change, not on every live update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollKey]);

  const cancelDrag = useCallback(() => {
    dragRef.current = null;
    setDrag(null);
  }, []);

  useEffect(() => {
    if (drag === null || !drag.active) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        suppressClick.current = true;
        cancelDrag();
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [drag, cancelDrag]);

  function onPointerDown(e: PointerEvent<HTMLButtonElement>, a: DayAppointment, column: GridColumn) {
    // Mouse and pen drag; on touch screens the Move form does the job without fighting scrolling.
    if (!canManage || a.status !== "scheduled" || e.button !== 0 || e.pointerType === "touch") return;
    const rect = e.currentTarget.getBoundingClientRect();
    e.currentTarget.setPointerCapture(e.pointerId);
    const d: DragState = {
      appointment: a,
      fromKey: column.key,
      fromMinute: minuteOfDay(a.start, column.date, timezone),
      pointerId: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      grabOffsetY: e.clientY - rect.top,
      durationMin: Math.round((a.end - a.start) / 60_000),
      active: false,
      target: null,
    };
    dragRef.current = d;
  }

  function onPointerMove(e: PointerEvent<HTMLButtonElement>) {
    const d = dragRef.current;
    if (d === null || e.pointerId !== d.pointerId) return;
    if (!d.active && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_THRESHOLD_PX) return;
    const box = scroller.current?.getBoundingClientRect();
    if (box !== undefined && scroller.current !== null) {
      // Near an edge, the grid scrolls so a visit can be dragged to any time.
      if (e.clientY < box.top + 72) scroller.current.scrollTop -= 14;
      else if (e.clientY > box.bottom - 24) scroller.current.scrollTop += 14;
      if (e.clientX < box.left + 72) scroller.current.scrollLeft -= 14;
      else if (e.clientX > box.right - 24) scroller.current.scrollLeft += 14;
    }
    let target: DragState["target"] = null;
    for (const { column } of visible) {
      if (column.state !== "ready") continue;
      const el = bodies.current.get(column.key);
      if (el === undefined) continue;
      const r = el.getBoundingClientRect();
      if (e.clientX >= r.left && e.clientX < r.right) {
        const minute = dropMinute({ pointerY: e.clientY, grabOffsetY: d.grabOffsetY, columnTop: r.top, pxPerMinute: PX_PER_MINUTE, startMin, endMin, durationMin: d.durationMin });
        target = { key: column.key, minute };
        break;
      }
    }
    const next = { ...d, active: true, target };
    dragRef.current = next;
    setDrag(next);
  }

  function onPointerUp(e: PointerEvent<HTMLButtonElement>) {
    const d = dragRef.current;
    if (d === null || e.pointerId !== d.pointerId) return;
    cancelDrag();
    if (!d.active) return;
    suppressClick.current = true;
    setTimeout(() => {
      suppressClick.current = false;
    }, 0);
    const t = d.target;
    if (t === null || (t.key === d.fromKey && t.minute === d.fromMinute)) return;
    const from = columns.find((c) => c.key === d.fromKey);
    const to = columns.find((c) => c.key === t.key);
    if (from === undefined || to === undefined) return;
    props.onDrop(d.appointment, from, { date: to.date, time: clockOf(t.minute), providerId: to.providerId, column: to, minute: t.minute });
  }

  function onGridKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const el = e.target as HTMLElement;
    if (el.dataset.appt === undefined) return;
    const keys = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];
    if (!keys.includes(e.key)) return;
    const all = [...(scroller.current?.querySelectorAll<HTMLElement>("[data-appt]") ?? [])];
    const col = Number(el.dataset.col);
    const inCol = (c: number) => all.filter((b) => Number(b.dataset.col) === c);
    const here = inCol(col);
    const i = here.indexOf(el);
    let next: HTMLElement | undefined;
    if (e.key === "ArrowDown") next = here[i + 1];
    else if (e.key === "ArrowUp") next = here[i - 1];
    else if (e.key === "Home") next = here[0];
    else if (e.key === "End") next = here[here.length - 1];
    else {
      const step = e.key === "ArrowRight" ? 1 : -1;
      const start = Number(el.dataset.start);
      for (let c = col + step; c >= 0 && c < columns.length; c += step) {
        const there = inCol(c);
        if (there.length === 0) continue;
        next = there.reduce((best, b) => (Math.abs(Number(b.dataset.start) - start) < Math.abs(Number(best.dataset.start) - start) ? b : best));
        break;
      }
    }
    e.preventDefault();
    if (next !== undefined) {
      next.focus();
      next.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  const hours: number[] = [];
  for (let m = Math.ceil(startMin / 60) * 60; m <= endMin; m += 60) hours.push(m);
  const hasVisits = visible.some((v) => v.items.length > 0);
  const template = `3.25rem repeat(${columns.length}, minmax(${minColumnWidth}px, 1fr))`;

  return (
    <section
      aria-label={props.label}
      className="relative overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm has-[>[data-testid=schedule-grid]:focus-visible]:outline-2 has-[>[data-testid=schedule-grid]:focus-visible]:outline-offset-2 has-[>[data-testid=schedule-grid]:focus-visible]:outline-brand-600"
    >
      {/* The grid scrolls: with no visit in it (an empty day, or while it loads) it has nothing to focus, so it takes
          the focus itself and the keyboard can scroll it (axe: scrollable-region-focusable); the section shows the ring,
          which the grid's sticky headings would cover. */}
      <div
        ref={scroller}
        onKeyDown={onGridKeyDown}
        data-testid="schedule-grid"
        role="group"
        aria-label={`${props.label}: time grid`}
        tabIndex={hasVisits ? undefined : 0}
        className="relative h-[calc(100dvh-22rem)] min-h-[24rem] overflow-auto overscroll-contain focus-visible:outline-none"
      >
        <div className="grid min-w-full" style={{ gridTemplateColumns: template }}>
          <div className="sticky top-0 left-0 z-30 border-r border-b border-slate-200 bg-white" />
          {columns.map((c) => (
            <div
              key={c.key}
              className={`sticky top-0 z-20 min-w-0 border-b border-l border-slate-200 px-2.5 py-2 first-of-type:border-l-0 ${c.isToday ? "bg-brand-50" : "bg-white"}`}
            >
              {c.heading}
            </div>
          ))}
          <div aria-hidden className="sticky left-0 z-10 border-r border-slate-200 bg-white" style={{ height }}>
            {hours.map((m) => (
              <span
                key={m}
                className="absolute right-2 -translate-y-1/2 text-[11px] font-medium whitespace-nowrap text-slate-500 tabular-nums first:translate-y-0.5"
                style={{ top: (m - startMin) * PX_PER_MINUTE }}
              >
                {m === startMin ? "" : formatMinuteOfDay(m, true)}
              </span>
            ))}
          </div>
          {visible.map(({ column, items }, colIndex) => (
            <Column
              key={column.key}
              column={column}
              items={items}
              colIndex={colIndex}
              startMin={startMin}
              height={height}
              hours={hours}
              timezone={timezone}
              now={now}
              canManage={canManage}
              highlightId={props.highlightId}
              drag={drag}
              pendingMove={props.pendingMove}
              showState={props.overlay === undefined}
              registerBody={(el) => {
                if (el === null) bodies.current.delete(column.key);
                else bodies.current.set(column.key, el);
              }}
              onOpen={(a) => {
                if (suppressClick.current) {
                  suppressClick.current = false;
                  return;
                }
                props.onOpen(a, column);
              }}
              onBookAt={props.onBookAt}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={cancelDrag}
            />
          ))}
        </div>
      </div>
      {props.overlay !== undefined ? (
        <div className="pointer-events-none absolute inset-x-0 top-14 bottom-0 z-30 flex items-start justify-center p-6">
          <div className="pointer-events-auto w-full max-w-md">{props.overlay}</div>
        </div>
      ) : null}
    </section>
  );
}

function Column({
  column,
  items,
  colIndex,
  startMin,
  height,
  hours,
  timezone,
  now,
  canManage,
  highlightId,
  drag,
  pendingMove,
  showState,
  registerBody,
  onOpen,
  onBookAt,
  onPointerDown,
  onPointerMove,
  onPointerUp,
  onPointerCancel,
}: {
  column: GridColumn;
  items: readonly DayAppointment[];
  colIndex: number;
  startMin: number;
  height: number;
  hours: number[];
  timezone: string;
  now: number;
  canManage: boolean;
  highlightId: string | null;
  drag: DragState | null;
  pendingMove: PendingMove | null;
  showState: boolean;
  registerBody: (el: HTMLDivElement | null) => void;
  onOpen: (a: DayAppointment) => void;
  onBookAt: (slot: SlotChoice) => void;
  onPointerDown: (e: PointerEvent<HTMLButtonElement>, a: DayAppointment, column: GridColumn) => void;
  onPointerMove: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerUp: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerCancel: () => void;
}) {
  const [hover, setHover] = useState<number | null>(null);
  const ready = column.state === "ready";
  const laned = useMemo(() => layoutLanes(items), [items]);
  const top = (ms: number) => (minuteOfDay(ms, column.date, timezone) - startMin) * PX_PER_MINUTE;
  const nowMinute = column.isToday ? minuteOfDay(now, column.date, timezone) : null;
  const dragTarget = drag?.active === true && drag.target?.key === column.key ? drag.target : null;
  const pendingHere = pendingMove !== null && pendingMove.columnKey === column.key ? pendingMove : null;

  function minuteAt(clientY: number, el: HTMLElement) {
    const y = clientY - el.getBoundingClientRect().top;
    return Math.floor((startMin + y / PX_PER_MINUTE) / 10) * 10;
  }

  return (
    <div
      ref={registerBody}
      role="group"
      aria-label={column.label}
      data-testid="schedule-column"
      data-column-key={column.key}
      data-provider={column.providerName}
      data-date={column.date}
      className="relative min-w-0 border-l border-slate-200 first-of-type:border-l-0"
      style={{
        height,
        backgroundImage: "repeating-linear-gradient(135deg, rgb(241 245 249) 0 6px, rgb(248 250 252) 6px 12px)",
      }}
    >
      {/* Working hours: white. */}
      {column.blocks.map((b) => (
        <div
          key={b.start}
          aria-hidden
          className="absolute inset-x-0 bg-white"
          style={{ top: top(b.start), height: Math.max(0, top(b.end) - top(b.start)) }}
        />
      ))}
      {hours.map((m) => (
        <div key={m} aria-hidden className="pointer-events-none absolute inset-x-0 border-t border-slate-200" style={{ top: (m - startMin) * PX_PER_MINUTE }} />
      ))}
      {hours.slice(0, -1).map((m) => (
        <div
          key={`h${m}`}
          aria-hidden
          className="pointer-events-none absolute inset-x-0 border-t border-dashed border-slate-100"
          style={{ top: (m + 30 - startMin) * PX_PER_MINUTE }}
        />
      ))}
      {canManage && ready ? (
        // Free time: click to book there. Keyboard users book with the "Book appointment" button.
        <div
          aria-hidden
          data-testid="schedule-free-time"
          className="absolute inset-0 cursor-copy"
          onMouseMove={(e) => setHover(minuteAt(e.clientY, e.currentTarget))}
          onMouseLeave={() => setHover(null)}
          onClick={(e) => {
            const minute = minuteAt(e.clientY, e.currentTarget);
            onBookAt({ date: column.date, time: clockOf(minute), providerId: column.providerId });
          }}
        />
      ) : null}
      {hover !== null && drag === null ? (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-x-1 z-[1] rounded-md border border-dashed border-brand-500 bg-brand-50/70 px-2 py-0.5 text-[11px] font-medium text-brand-700"
          style={{ top: (hover - startMin) * PX_PER_MINUTE, height: 20 * PX_PER_MINUTE }}
        >
          + Book {formatMinuteOfDay(hover)}
        </div>
      ) : null}
      {nowMinute !== null && nowMinute > startMin && nowMinute < startMin + height / PX_PER_MINUTE ? (
        <div aria-hidden className="pointer-events-none absolute inset-x-0 z-[6] border-t-2 border-red-500" style={{ top: (nowMinute - startMin) * PX_PER_MINUTE }}>
          <span className="absolute -top-[5px] -left-[5px] h-2 w-2 rounded-full bg-red-500" />
        </div>
      ) : null}
      {ready ? (
        <ol aria-label={`Appointments, ${column.label}`} className="pointer-events-none absolute inset-0 z-[2]">
          {laned.map(({ item: a, lane, lanes }) => {
            const y = top(a.start);
            const h = Math.max(18, top(a.end) - y - 2);
            const dragging = drag?.active === true && drag.appointment._id === a._id;
            const pending = pendingMove?.appointmentId === a._id;
            return (
              <li
                key={a._id}
                className="pointer-events-none absolute"
                style={{ top: y + 1, height: h, left: `calc(${(lane / lanes) * 100}% + 3px)`, width: `calc(${100 / lanes}% - 6px)` }}
              >
                <AppointmentBlock
                  appointment={a}
                  column={column}
                  colIndex={colIndex}
                  height={h}
                  timezone={timezone}
                  draggable={canManage && a.status === "scheduled"}
                  dimmed={dragging || pending}
                  highlighted={highlightId === a._id}
                  onClick={() => onOpen(a)}
                  onPointerDown={(e) => onPointerDown(e, a, column)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp}
                  onPointerCancel={onPointerCancel}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      {dragTarget !== null && drag !== null ? (
        <DropGhost minute={dragTarget.minute} startMin={startMin} durationMin={drag.durationMin} label={`Move to ${formatMinuteOfDay(dragTarget.minute)}`} />
      ) : null}
      {pendingHere !== null ? (
        <DropGhost minute={pendingHere.minute} startMin={startMin} durationMin={pendingHere.durationMin} label={`Moving to ${formatMinuteOfDay(pendingHere.minute)}…`} busy />
      ) : null}
      {!ready && showState ? <ColumnState column={column} /> : null}
    </div>
  );
}

function DropGhost({ minute, startMin, durationMin, label, busy = false }: { minute: number; startMin: number; durationMin: number; label: string; busy?: boolean }) {
  return (
    <div
      aria-hidden
      data-testid="schedule-drop-target"
      className="pointer-events-none absolute inset-x-1 z-[8] flex items-start gap-1.5 rounded-md border-2 border-dashed border-brand-600 bg-brand-50/90 px-2 py-1 text-xs font-semibold text-brand-700 shadow-sm"
      style={{ top: (minute - startMin) * PX_PER_MINUTE + 1, height: Math.max(18, durationMin * PX_PER_MINUTE - 2) }}
    >
      {busy ? <Spinner className="mt-0.5 h-3 w-3" /> : null}
      {label}
    </div>
  );
}

function ColumnState({ column }: { column: GridColumn }) {
  return (
    <div className="absolute inset-x-1 top-3 z-[9] flex flex-col items-center gap-2 rounded-lg bg-white/95 px-2 py-3 text-center text-xs text-slate-600 shadow-sm ring-1 ring-slate-200">
      {column.state === "opening" || column.state === "loading" ? (
        <span className="flex items-center gap-2">
          <Spinner className="h-3.5 w-3.5 text-brand-600" />
          Opening…
        </span>
      ) : column.state === "closed" ? (
        <>
          <span>Closed after inactivity</span>
          {column.onReopen !== undefined ? (
            <Button size="sm" onClick={column.onReopen}>
              Open
              <span className="sr-only"> {column.label}</span>
            </Button>
          ) : null}
        </>
      ) : (
        <>
          <span>{column.message ?? "Could not load this day."}</span>
          {column.onReopen !== undefined ? (
            <Button size="sm" onClick={column.onReopen}>
              Try again
              <span className="sr-only"> for {column.label}</span>
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}

function AppointmentBlock({
  appointment: a,
  column,
  colIndex,
  height,
  timezone,
  draggable,
  dimmed,
  highlighted,
  onClick,
  onPointerDown,
  onPointerMove,
  onPointerUp,
  onPointerCancel,
}: {
  appointment: DayAppointment;
  column: GridColumn;
  colIndex: number;
  height: number;
  timezone: string;
  draggable: boolean;
  dimmed: boolean;
  highlighted: boolean;
  onClick: () => void;
  onPointerDown: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerMove: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerUp: (e: PointerEvent<HTMLButtonElement>) => void;
  onPointerCancel: () => void;
}) {
  const ended = a.status === "cancelled" || a.status === "no_show";
  const roomy = height >= 54;
  const lines = appointmentLines(a, timezone, roomy);
  return (
    <button
      type="button"
      data-appt={a._id}
      data-col={colIndex}
      data-start={a.start}
      data-status={a.status}
      aria-label={appointmentLabel(a, column.date, column.providerName, timezone, roomy)}
      onClick={onClick}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      className={`pointer-events-auto flex h-full w-full flex-col overflow-hidden rounded-md border border-l-4 border-slate-200 px-1.5 py-0.5 text-left shadow-xs transition-[box-shadow,opacity] hover:shadow-md focus-visible:z-10 focus-visible:outline-offset-1 ${
        STATUS_BLOCK[a.status]
      } ${draggable ? "cursor-grab active:cursor-grabbing" : "cursor-pointer"} ${dimmed ? "opacity-40" : ""} ${
        highlighted ? "ring-2 ring-brand-500 ring-offset-1" : ""
      }`}
      style={{ borderLeftColor: a.color }}
    >
      <span className="flex min-w-0 items-center gap-1">
        <span className={`min-w-0 flex-1 truncate text-xs leading-4 font-semibold ${ended ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`}>
          {lines.patient}
        </span>{" "}
        {a.seriesId !== null ? <SeriesIcon /> : null}
        {a.override ? <OverrideIcon /> : null}
      </span>{" "}
      <span className="flex min-w-0 items-center gap-1 text-[11px] leading-4 text-slate-600">
        <span className="min-w-0 flex-1 truncate">{lines.type}</span>{" "}
        {lines.chip !== null ? (
          <span className={`shrink-0 rounded px-1 text-[10px] leading-4 font-semibold ring-1 ring-inset ${STATUS_CHIP[a.status]}`}>{lines.chip}</span>
        ) : null}
      </span>{" "}
      {lines.range !== null ? <span className="truncate text-[11px] leading-4 text-slate-500 tabular-nums">{lines.range}</span> : null}
    </button>
  );
}

export function SeriesIcon({ className = "h-3 w-3" }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" fill="currentColor" className={`${className} shrink-0 text-slate-500`}>
      <path
        fillRule="evenodd"
        d="M13.836 2.477a.75.75 0 0 1 .75.75v3.182a.75.75 0 0 1-.75.75h-3.182a.75.75 0 0 1 0-1.5h1.37l-.84-.841a4.5 4.5 0 0 0-7.08.932.75.75 0 0 1-1.3-.75 6 6 0 0 1 9.44-1.242l.842.84V3.227a.75.75 0 0 1 .75-.75Zm-.911 7.5A.75.75 0 0 1 13.199 11a6 6 0 0 1-9.44 1.241l-.84-.84v1.371a.75.75 0 0 1-1.5 0V9.591a.75.75 0 0 1 .75-.75H5.35a.75.75 0 0 1 0 1.5H3.98l.841.841a4.5 4.5 0 0 0 7.08-.932.75.75 0 0 1 1.025-.273Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

export function OverrideIcon({ className = "h-3 w-3" }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" fill="currentColor" className={`${className} shrink-0 text-amber-600`}>
      <path
        fillRule="evenodd"
        d="M6.701 2.25c.577-1 2.02-1 2.598 0l5.196 9a1.5 1.5 0 0 1-1.299 2.25H2.804a1.5 1.5 0 0 1-1.3-2.25l5.197-9ZM8 4a.75.75 0 0 1 .75.75v3a.75.75 0 1 1-1.5 0v-3A.75.75 0 0 1 8 4Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
        clipRule="evenodd"
      />
    </svg>
  );
}
