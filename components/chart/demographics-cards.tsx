import type { ReactNode } from "react";
import { SectionCard } from "@/components/ui/card";
import type { ChartPatient } from "./chart-context";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 px-4 py-1.5 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-500">Not recorded</span>;

function ContactRows({ p }: { p: ChartPatient }) {
  return (
    <dl className="py-1.5">
      <Row label="Phone">{p.phone !== null ? <a className="tabular-nums hover:underline" href={`tel:${p.phone.replace(/[^\d+]/g, "")}`}>{p.phone}</a> : none}</Row>
      <Row label="Email">{p.email ?? none}</Row>
      <Row label="Address">
        {p.address !== null ? (
          <>
            {p.address.line1}
            <br />
            {p.address.city}, {p.address.state} {p.address.zip}
          </>
        ) : (
          none
        )}
      </Row>
    </dl>
  );
}

function EmergencyContactRows({ p }: { p: ChartPatient }) {
  const c = p.emergencyContact;
  if (c === null) return <p className="px-4 py-3 text-sm text-slate-500">No emergency contact recorded.</p>;
  return (
    <dl className="py-1.5">
      <Row label="Name">{c.name}</Row>
      <Row label="Relationship">
        <span className="capitalize">{c.relationship}</span>
      </Row>
      <Row label="Phone">
        <span className="tabular-nums">{c.phone}</span>
      </Row>
    </dl>
  );
}

function InsuranceRows({ p }: { p: ChartPatient }) {
  const i = p.insurance;
  if (i === null) return <p className="px-4 py-3 text-sm text-slate-500">No insurance on file (self-pay).</p>;
  return (
    <dl className="py-1.5">
      <Row label="Payer">{i.payer}</Row>
      <Row label="Member no.">
        <span className="font-mono text-[13px]">{i.memberNumber}</span>
      </Row>
      <Row label="Group no.">
        <span className="font-mono text-[13px]">{i.groupNumber}</span>
      </Row>
    </dl>
  );
}

function AppointmentRows({ p }: { p: ChartPatient }) {
  if (p.upcomingAppointments.length === 0) return <p className="px-4 py-3 text-sm text-slate-500">No upcoming appointments.</p>;
  const when = (ms: number, timeZone: string) =>
    new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone }).format(ms);
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="upcoming-appointments">
      {p.upcomingAppointments.map((a) => (
        <li key={a._id} className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2">
          <span className="font-medium tabular-nums text-slate-900">{when(a.start, a.timezone)}</span>
          <span className="text-slate-600">
            {a.typeName}
            {a.provider !== null ? ` with ${a.provider}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Separate cards, for the front desk's view where demographics are the whole chart. */
export function DemographicsCards({ patient }: { patient: ChartPatient }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="demographics">
      <SectionCard id="contact" title="Contact">
        <ContactRows p={patient} />
      </SectionCard>
      <SectionCard id="emergency-contact" title="Emergency contact">
        <EmergencyContactRows p={patient} />
      </SectionCard>
      <SectionCard id="insurance" title="Insurance">
        <InsuranceRows p={patient} />
      </SectionCard>
      <SectionCard id="appointments" title="Upcoming appointments">
        <AppointmentRows p={patient} />
      </SectionCard>
    </div>
  );
}

/** One compact card beside the clinical sections. */
export function PatientDetailsCard({ patient }: { patient: ChartPatient }) {
  const sub = "px-4 pt-3 text-[11px] font-semibold tracking-wide text-slate-500 uppercase";
  return (
    <SectionCard id="details" title="Patient details" testId="demographics" bodyClassName="divide-y divide-slate-100">
      <div>
        <h3 className={sub}>Contact</h3>
        <ContactRows p={patient} />
      </div>
      <div>
        <h3 className={sub}>Emergency contact</h3>
        <EmergencyContactRows p={patient} />
      </div>
      <div>
        <h3 className={sub}>Insurance</h3>
        <InsuranceRows p={patient} />
      </div>
      <div>
        <h3 className={sub}>Upcoming appointments</h3>
        <AppointmentRows p={patient} />
      </div>
    </SectionCard>
  );
}
