/**
 * Patient records. Reading a chart needs a live grant from `access.openChart`
 * (audited); each role gets only its fields, pinned by `returns` validators.
 */
import { v } from "convex/values";
import { chartQuery } from "./functions";

const demographics = v.object({
  _id: v.id("patients"),
  mrn: v.string(),
  firstName: v.string(),
  middleName: v.union(v.string(), v.null()),
  lastName: v.string(),
  dob: v.string(),
  sex: v.union(v.literal("female"), v.literal("male"), v.literal("other"), v.literal("unknown")),
  phone: v.union(v.string(), v.null()),
  email: v.union(v.string(), v.null()),
  address: v.union(v.null(), v.object({ line1: v.string(), city: v.string(), state: v.string(), zip: v.string() })),
});

/** Demographics and contact details of one patient, under a chart grant. */
export const demographicsOf = chartQuery({
  permission: "demographics.view",
  args: {},
  returns: demographics,
  handler: async (ctx) => {
    const p = ctx.patient;
    return {
      _id: p._id,
      mrn: p.mrn,
      firstName: p.firstName,
      middleName: p.middleName ?? null,
      lastName: p.lastName,
      dob: p.dob,
      sex: p.sex,
      phone: p.phone ?? null,
      email: p.email ?? null,
      address: p.address ?? null,
    };
  },
});
