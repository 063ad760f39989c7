/** Always visible while the demo identity provider is in use. */
export function DemoBanner() {
  return (
    <div
      role="note"
      aria-label="Demo environment"
      className="border-b border-amber-300 bg-amber-100 px-4 py-1.5 text-center text-sm font-medium text-amber-950 print:hidden"
    >
      Demo environment: every patient, person and practice here is synthetic. Do not enter real patient data.
    </div>
  );
}
