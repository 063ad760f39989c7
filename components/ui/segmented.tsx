"use client";

import { useId } from "react";

/**
 * A row of mutually exclusive options, built on radio inputs so arrow keys move
 * between them and screen readers announce "radio, 1 of 3".
 */
export function Segmented<T extends string>({
  legend,
  options,
  value,
  onChange,
  hideLegend = true,
  size = "sm",
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  hideLegend?: boolean;
  size?: "sm" | "xs";
}) {
  const name = useId();
  return (
    <fieldset className="flex items-center gap-2">
      <legend className={hideLegend ? "sr-only" : "mr-2 float-left text-xs font-medium text-slate-600"}>{legend}</legend>
      <div className="inline-flex rounded-md bg-slate-100 p-0.5 ring-1 ring-slate-200 ring-inset">
        {options.map((o) => (
          <label
            key={o.value}
            className={`relative cursor-pointer rounded-[5px] font-medium whitespace-nowrap has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-brand-600 ${
              size === "xs" ? "px-2 py-0.5 text-xs" : "px-2.5 py-1 text-xs"
            } ${o.value === value ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
