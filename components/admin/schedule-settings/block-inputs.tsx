"use client";

import { MAX_BLOCKS_PER_DAY, type Block } from "@/lib/schedule/availability-limits";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";

/** The next block after the last one: an hour later, or 09:00–12:00 for the first. */
export function nextBlock(blocks: Block[]): Block {
  const last = blocks[blocks.length - 1];
  if (last === undefined) return { start: "09:00", end: "12:00" };
  const [h, m] = last.end.split(":").map(Number);
  const startH = Math.min((h ?? 12) + 1, 22);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { start: `${pad(startH)}:${pad(m ?? 0)}`, end: `${pad(Math.min(startH + 1, 23))}:${pad(m ?? 0)}` };
}

/** Start/end time inputs for a day's blocks, with add and remove. `label` names the day for screen readers. */
export function BlockInputs({
  label,
  blocks,
  onChange,
  disabled = false,
  invalid = false,
}: {
  label: string;
  blocks: Block[];
  onChange: (blocks: Block[]) => void;
  disabled?: boolean;
  invalid?: boolean;
}) {
  const set = (i: number, patch: Partial<Block>) => onChange(blocks.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <div className="flex flex-col gap-2">
      {blocks.map((b, i) => (
        <div key={i} className="flex flex-wrap items-center gap-2">
          <input
            type="time"
            aria-label={`${label}, block ${i + 1} start`}
            value={b.start}
            disabled={disabled}
            onChange={(e) => set(i, { start: e.target.value })}
            className={inputClass(invalid, "w-36! inline-block!")}
          />
          <span aria-hidden className="text-slate-500">
            –
          </span>
          <input
            type="time"
            aria-label={`${label}, block ${i + 1} end`}
            value={b.end}
            disabled={disabled}
            onChange={(e) => set(i, { end: e.target.value })}
            className={inputClass(invalid, "w-36! inline-block!")}
          />
          <Button
            size="sm"
            variant="ghost"
            disabled={disabled}
            aria-label={`Remove ${label} block ${i + 1}`}
            onClick={() => onChange(blocks.filter((_, j) => j !== i))}
          >
            Remove
          </Button>
        </div>
      ))}
      {blocks.length < MAX_BLOCKS_PER_DAY ? (
        <div>
          <Button size="sm" disabled={disabled} onClick={() => onChange([...blocks, nextBlock(blocks)])}>
            Add block<span className="sr-only"> to {label}</span>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
