"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/lib/client-errors";
import { Alert, Callout, StatusMessage } from "@/components/ui/alert";
import { SkeletonRows } from "@/components/ui/card";
import { useChart } from "./chart-context";
import { AllergiesCard, MedicationsCard, ProblemsCard } from "./clinical-lists";
import { DemographicsCards, PatientDetailsCard } from "./demographics-cards";
import { EncountersSection } from "./encounters-section";
import { AllergyDialog, EncounterDialog, MedicationDialog, VitalsDialog } from "./intake/intake-triggers";
import { useClinical } from "./use-clinical";
import { VitalsSection } from "./vitals-section";

/** /patients/[id]: the chart, as the viewer's role may see it. */
export function ChartOverview() {
  const chart = useChart();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <StatusMessage testId="chart-notice" message={notice} onDismiss={() => setNotice(null)} />
      {chart.canViewClinical ? <ClinicalChart onNotice={setNotice} /> : <DemographicsOnly />}
    </div>
  );
}

/** Front desk (and any role without `clinical.view`): demographics only; the clinical query is never called. */
function DemographicsOnly() {
  const chart = useChart();
  return (
    <>
      <DemographicsCards patient={chart.patient} />
      <Callout tone="info" className="max-w-3xl">
        Clinical information (allergies, problems, medications, vitals and notes) is shown only to clinical staff.
      </Callout>
    </>
  );
}

function ClinicalChart({ onNotice }: { onNotice: (message: string) => void }) {
  const chart = useChart();
  const router = useRouter();
  const clinical = useClinical();

  if (clinical.status === "loading") {
    return (
      <div className="grid gap-4 lg:grid-cols-3" aria-busy="true">
        <p role="status" className="sr-only">
          Loading clinical information…
        </p>
        {[0, 1, 2].map((i) => (
          <div key={i} className="rounded-xl border border-slate-200 bg-white">
            <SkeletonRows rows={3} />
          </div>
        ))}
      </div>
    );
  }
  if (clinical.status === "error") {
    return (
      <>
        <Alert title="Clinical information could not be loaded">
          {errorMessage(clinical.error, "Check your connection; the chart reloads as soon as the app reconnects.")}
        </Alert>
        <PatientDetailsCard patient={chart.patient} />
      </>
    );
  }

  const data = clinical.data;
  const openEncounters = data.encounters.filter((e) => e.status === "open");
  const intake = chart.canIntake;

  return (
    <div className="flex flex-col gap-4" data-testid="clinical-sections">
      {intake ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-slate-100/70 px-3 py-2 print:hidden">
          <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Intake</span>
          <div className="flex flex-wrap gap-2">
            <VitalsDialog openEncounters={openEncounters} onDone={onNotice} />
            <AllergyDialog onDone={onNotice} />
            <MedicationDialog onDone={onNotice} />
            <EncounterDialog
              onStarted={(id, complaint) => {
                onNotice(`Encounter started${complaint ? ` for “${complaint}”` : ""}.`);
                if (chart.canWriteNotes) router.push(`/patients/${chart.patientId}/encounters/${id}`);
              }}
            />
          </div>
        </div>
      ) : chart.emergency ? (
        <Callout tone="warning">Read-only: intake and notes are not available during emergency access.</Callout>
      ) : null}

      <AllergiesCard allergies={data.allergies} />
      <div className="grid gap-4 md:grid-cols-2">
        <ProblemsCard problems={data.problems} />
        <MedicationsCard medications={data.medications} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <VitalsSection vitals={data.vitals} />
        </div>
        <PatientDetailsCard patient={chart.patient} />
      </div>
      <EncountersSection encounters={data.encounters} />
    </div>
  );
}
