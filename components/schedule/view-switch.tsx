"use client";

import { useId } from "react";

/** Day / Week: radio inputs, so arrow keys move between them and screen readers say "radio, 1 of 2". */
export function ViewSwitch<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex items-center">
      <legend className="sr-only">{legend}</legend>
      <div className="inline-flex rounded-md bg-slate-100 p-0.5 ring-1 ring-slate-200 ring-inset">
        {options.map((o) => (
          <label
            key={o.value}
            className={`relative cursor-pointer rounded-[5px] px-3 py-1 text-sm font-medium whitespace-nowrap has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-brand-600 ${
              o.value === value ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
            }`}
          >
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
