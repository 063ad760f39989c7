"use client";

import { EmptyLine, SectionCard } from "@/components/ui/card";
import { VisitTypeDialog } from "./settings-triggers";
import type { SettingsVisitType } from "./use-settings-config";

export function VisitTypesCard({ types, onSaved }: { types: SettingsVisitType[]; onSaved: (message: string) => void }) {
  return (
    <SectionCard
      id="visit-types"
      title="Visit types"
      count={types.length}
      testId="visit-types"
      actions={<VisitTypeDialog onSaved={onSaved} />}
    >
      {types.length === 0 ? (
        <EmptyLine>No visit types yet. Add one so front desk can book appointments.</EmptyLine>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-100 text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Name</th>
              <th scope="col" className="px-4 py-2 font-medium">Length</th>
              <th scope="col" className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {types.map((t) => (
              <tr key={t._id} data-testid="visit-type-row">
                <td className="px-4 py-2">
                  <span className="flex items-center gap-2 font-medium text-slate-900">
                    <span aria-hidden className="h-3 w-3 rounded-full" style={{ backgroundColor: t.color }} />
                    {t.name}
                  </span>
                </td>
                <td className="px-4 py-2 text-slate-700 tabular-nums">{t.durationMinutes} min</td>
                <td className="px-4 py-2 text-right">
                  <VisitTypeDialog type={t} onSaved={onSaved} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SectionCard>
  );
}
