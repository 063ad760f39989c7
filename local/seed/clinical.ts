/**
 * Synthetic clinical history for a seeded patient: insurance, emergency
 * contact, allergies, problems (ICD-10), medications, vitals over time, past
 * encounters and signed notes with addenda. Every value is invented.
 */
import type { Random } from "./random";
import { FIRST_NAMES, LAST_NAMES } from "./names";

export interface SeedInsurance {
  payer: string;
  memberNumber: string;
  groupNumber: string;
}

export interface SeedClinical {
  insurance: SeedInsurance;
  emergencyContact: { name: string; relationship: string; phone: string };
  allergies: { substance: string; reaction: string; severity: "mild" | "moderate" | "severe" }[];
  problems: { icd10: string; description: string; onset: string; status: "active" | "resolved" }[];
  medications: { name: string; dose: string; route: string; frequency: string; status: "active" | "stopped" }[];
  /** Days before the seed's reference date, with measurements. */
  vitals: { daysAgo: number; systolic: number; diastolic: number; heartRate: number; temperatureC: number; spo2: number; weightKg: number }[];
  encounters: {
    daysAgo: number;
    type: "office" | "telehealth";
    chiefComplaint: string;
    note: { subjective: string; objective: string; assessment: string; plan: string; addenda: string[] };
  }[];
}

const PAYERS = ["Northwind Health Plan", "Bluegate Mutual", "Cedar Valley Care", "Prairie Shield", "Medicare (synthetic)"] as const;
const RELATIONSHIPS = ["spouse", "daughter", "son", "sister", "brother", "partner", "friend"] as const;
const ALLERGENS = [
  { substance: "Penicillin", reaction: "Hives" },
  { substance: "Sulfonamides", reaction: "Rash" },
  { substance: "Peanuts", reaction: "Anaphylaxis" },
  { substance: "Latex", reaction: "Contact dermatitis" },
  { substance: "Codeine", reaction: "Nausea" },
  { substance: "Shellfish", reaction: "Swelling of lips" },
] as const;
const PROBLEMS = [
  { icd10: "I10", description: "Essential (primary) hypertension" },
  { icd10: "E11.9", description: "Type 2 diabetes mellitus without complications" },
  { icd10: "J45.909", description: "Unspecified asthma, uncomplicated" },
  { icd10: "E78.5", description: "Hyperlipidemia, unspecified" },
  { icd10: "M54.50", description: "Low back pain, unspecified" },
  { icd10: "F41.1", description: "Generalized anxiety disorder" },
  { icd10: "K21.9", description: "Gastro-esophageal reflux disease without esophagitis" },
  { icd10: "E03.9", description: "Hypothyroidism, unspecified" },
] as const;
const MEDICATIONS = [
  { name: "Lisinopril", dose: "10 mg", route: "oral", frequency: "once daily" },
  { name: "Metformin", dose: "500 mg", route: "oral", frequency: "twice daily" },
  { name: "Albuterol HFA", dose: "90 mcg/actuation, 2 puffs", route: "inhaled", frequency: "every 4–6 h as needed" },
  { name: "Atorvastatin", dose: "20 mg", route: "oral", frequency: "at bedtime" },
  { name: "Sertraline", dose: "50 mg", route: "oral", frequency: "once daily" },
  { name: "Omeprazole", dose: "20 mg", route: "oral", frequency: "before breakfast" },
  { name: "Levothyroxine", dose: "75 mcg", route: "oral", frequency: "once daily, fasting" },
] as const;
const COMPLAINTS = [
  { cc: "Cough and congestion", s: "Cough for 4 days, clear sputum, no fever at home.", o: "Lungs clear, no wheeze. Throat mildly erythematous.", a: "Viral upper respiratory infection.", p: "Supportive care, fluids, honey for cough. Return if fever or shortness of breath." },
  { cc: "Blood pressure follow-up", s: "Home readings 130s/80s. No headaches or chest pain.", o: "BP as recorded. Heart regular, no edema.", a: "Hypertension, controlled.", p: "Continue current dose. Labs in 3 months." },
  { cc: "Low back pain", s: "Pain after lifting boxes, no leg weakness or numbness.", o: "Paraspinal tenderness, straight-leg raise negative.", a: "Mechanical low back pain.", p: "Activity as tolerated, NSAID for 5 days, stretching handout." },
  { cc: "Diabetes check", s: "Taking metformin, occasional missed evening dose.", o: "Feet: sensation intact, no ulcers.", a: "Type 2 diabetes, A1c pending.", p: "A1c today, reinforce adherence, follow up in 3 months." },
  { cc: "Sore throat", s: "Sore throat 2 days, no cough.", o: "Tonsillar exudate, tender anterior nodes.", a: "Pharyngitis; rapid strep negative.", p: "Symptomatic care, culture sent, call with results." },
] as const;

function phone(rng: Random) {
  return `(${rng.int(201, 989)}) 555-01${String(rng.int(0, 99)).padStart(2, "0")}`;
}

function sample<T>(rng: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

export function clinicalHistory(rng: Random, ageYears: number): SeedClinical {
  const problems = sample(rng, PROBLEMS, ageYears > 40 ? rng.int(1, 3) : rng.int(0, 1)).map((p) => ({
    ...p,
    onset: `${2026 - rng.int(1, Math.max(1, Math.min(20, ageYears)))}-${String(rng.int(1, 12)).padStart(2, "0")}`,
    status: rng.next() < 0.85 ? ("active" as const) : ("resolved" as const),
  }));
  // About a third of patients were seen in the last few weeks, so clinicians have a care
  // relationship with them; the rest need an appointment, or emergency access.
  const recent = rng.next() < 0.35;
  const encounters = Array.from({ length: rng.int(1, 4) }, (_, i) => {
    const c = rng.pick(COMPLAINTS);
    return {
      daysAgo: i === 0 && recent ? rng.int(1, 25) : rng.int(40, 720),
      type: rng.next() < 0.8 ? ("office" as const) : ("telehealth" as const),
      chiefComplaint: c.cc,
      note: {
        subjective: c.s,
        objective: c.o,
        assessment: c.a,
        plan: c.p,
        addenda: rng.next() < 0.25 ? ["Lab result reviewed with the patient by phone; plan unchanged."] : [],
      },
    };
  }).sort((a, b) => b.daysAgo - a.daysAgo);
  const baseSys = rng.int(108, 150);
  const baseWeight = rng.int(50, 110);
  return {
    insurance: {
      payer: rng.pick(PAYERS),
      memberNumber: `SYN${rng.int(100000000, 999999999)}`,
      groupNumber: `G-${rng.int(10000, 99999)}`,
    },
    emergencyContact: {
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      relationship: rng.pick(RELATIONSHIPS),
      phone: phone(rng),
    },
    allergies: sample(rng, ALLERGENS, rng.next() < 0.6 ? rng.int(0, 1) : rng.int(1, 2)).map((a) => ({
      ...a,
      severity: a.substance === "Peanuts" ? ("severe" as const) : rng.next() < 0.7 ? ("mild" as const) : ("moderate" as const),
    })),
    problems,
    medications: sample(rng, MEDICATIONS, problems.length === 0 ? rng.int(0, 1) : rng.int(1, 3)).map((m) => ({
      ...m,
      status: rng.next() < 0.9 ? ("active" as const) : ("stopped" as const),
    })),
    vitals: encounters.map((e) => ({
      daysAgo: e.daysAgo,
      systolic: baseSys + rng.int(-8, 8),
      diastolic: Math.round(baseSys * 0.62) + rng.int(-5, 5),
      heartRate: rng.int(58, 96),
      temperatureC: Math.round((36.4 + rng.next() * 1.4) * 10) / 10,
      spo2: rng.int(94, 100),
      weightKg: baseWeight + rng.int(-3, 3),
    })),
    encounters,
  };
}
