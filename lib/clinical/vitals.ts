import { z } from "zod";

/**
 * Plausibility limits for vitals entered at intake. They reject typing errors
 * (systolic 900, temperature 80 °C), not unusual patients: the bounds are wide.
 */
export const VITAL_LIMITS = {
  systolic: { min: 40, max: 300, unit: "mmHg", label: "Systolic blood pressure" },
  diastolic: { min: 20, max: 200, unit: "mmHg", label: "Diastolic blood pressure" },
  heartRate: { min: 20, max: 300, unit: "/min", label: "Heart rate" },
  respiratoryRate: { min: 4, max: 80, unit: "/min", label: "Respiratory rate" },
  temperatureC: { min: 30, max: 45, unit: "°C", label: "Temperature" },
  spo2: { min: 50, max: 100, unit: "%", label: "Oxygen saturation" },
  weightKg: { min: 0.3, max: 500, unit: "kg", label: "Weight" },
  heightCm: { min: 20, max: 260, unit: "cm", label: "Height" },
  painScore: { min: 0, max: 10, unit: "/10", label: "Pain score" },
} as const;

export type VitalName = keyof typeof VITAL_LIMITS;

function vital(name: VitalName) {
  const { min, max, unit, label } = VITAL_LIMITS[name];
  return z
    .number({ error: `${label} must be a number.` })
    .refine(Number.isFinite, `${label} must be a number.`)
    .min(min, `${label} must be at least ${min} ${unit}.`)
    .max(max, `${label} must be at most ${max} ${unit}.`)
    .optional();
}

/** Shared by the intake form and the `vitals.record` mutation. */
export const vitalsSchema = z
  .object({
    systolic: vital("systolic"),
    diastolic: vital("diastolic"),
    heartRate: vital("heartRate"),
    respiratoryRate: vital("respiratoryRate"),
    temperatureC: vital("temperatureC"),
    spo2: vital("spo2"),
    weightKg: vital("weightKg"),
    heightCm: vital("heightCm"),
    painScore: vital("painScore"),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Enter at least one measurement." })
  .refine((v) => (v.systolic === undefined) === (v.diastolic === undefined), {
    message: "Enter both systolic and diastolic pressure, or neither.",
    path: ["diastolic"],
  })
  .refine((v) => v.systolic === undefined || v.diastolic === undefined || v.systolic > v.diastolic, {
    message: "Systolic pressure must be higher than diastolic.",
    path: ["systolic"],
  });

export type Vitals = z.infer<typeof vitalsSchema>;
