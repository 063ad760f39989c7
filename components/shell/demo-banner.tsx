/**
 * Always visible while the demo identity provider is in use. A landmark of
 * its own (complementary), so that nothing on the page sits outside one.
 */
export function DemoBanner() {
  return (
    <aside aria-label="Demo environment" className="border-b border-amber-300 bg-amber-100 px-4 py-1.5 text-center text-sm font-medium text-amber-950 print:hidden">
      <p role="note" aria-label="Demo environment">
        Demo environment: every patient, person and practice here is synthetic. Do not enter real patient data.
      </p>
    </aside>
  );
}
