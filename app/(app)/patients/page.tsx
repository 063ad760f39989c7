import type { Metadata } from "next";
import { PatientSearchScreen } from "@/components/patients/patient-search-screen";

export const metadata: Metadata = { title: "Patients" };

export default function PatientsPage() {
  return <PatientSearchScreen />;
}
