import { z } from "zod";
import { EMERGENCY_REASONS } from "./care-relationship";

export const EMERGENCY_DETAIL_MIN = 10;
export const EMERGENCY_DETAIL_MAX = 500;

/**
 * The emergency-access request form. The server (`access.openChartEmergency`)
 * applies the same rules: a reason from the list and 10–500 characters of detail.
 */
export const emergencyRequestSchema = z.object({
  reason: z.enum(EMERGENCY_REASONS, { error: "Choose the reason for emergency access." }),
  detail: z
    .string()
    .trim()
    .min(EMERGENCY_DETAIL_MIN, `Describe the emergency in at least ${EMERGENCY_DETAIL_MIN} characters.`)
    .max(EMERGENCY_DETAIL_MAX, `Keep the description to ${EMERGENCY_DETAIL_MAX} characters at most.`),
});

export type EmergencyRequest = z.infer<typeof emergencyRequestSchema>;
