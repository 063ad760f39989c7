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
