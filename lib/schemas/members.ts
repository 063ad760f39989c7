import { z } from "zod";
import { ROLES } from "../roles";

/** Shared by the "add member" form and the `members.add` mutation. */
export const newMemberSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Email is too long.")
    .pipe(z.email("Enter a valid email address.")),
  name: z.string().trim().min(1, "Enter the person's name.").max(100, "Name is too long (100 characters at most)."),
  role: z.enum(ROLES, { error: "Choose a role." }),
  title: z
    .string()
    .trim()
    .max(80, "Title is too long (80 characters at most).")
    .optional()
    .transform((t) => (t === "" ? undefined : t)),
});

export type NewMember = z.infer<typeof newMemberSchema>;

/** A member's home address, kept only for the "patient at the member's address" alert. */
export const homeAddressSchema = z.object({
  line1: z.string().trim().min(3, "Enter the street address.").max(120, "Street address is too long (120 characters at most)."),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, "Enter a 5-digit ZIP code (or ZIP+4)."),
});

export type HomeAddress = z.infer<typeof homeAddressSchema>;
