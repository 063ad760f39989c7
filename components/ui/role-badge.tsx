import { ROLE_LABELS, type Role } from "@/lib/roles";

const ROLE_STYLES: Record<Role, string> = {
  front_desk: "bg-sky-50 text-sky-800 ring-sky-200",
  nurse: "bg-violet-50 text-violet-800 ring-violet-200",
  physician: "bg-brand-50 text-brand-700 ring-brand-200",
  compliance_officer: "bg-rose-50 text-rose-800 ring-rose-200",
  practice_admin: "bg-amber-50 text-amber-900 ring-amber-200",
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${ROLE_STYLES[role]}`}>
      {ROLE_LABELS[role]}
    </span>
  );
}
