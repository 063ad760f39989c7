/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";
import type * as access from "../access.js";
import type * as accessReport from "../accessReport.js";
import type * as ai from "../ai.js";
import type * as aiCompliance from "../aiCompliance.js";
import type * as aiDraft from "../aiDraft.js";
import type * as aiReview from "../aiReview.js";
import type * as alertRules from "../alertRules.js";
import type * as appointments from "../appointments.js";
import type * as auditChain from "../auditChain.js";
import type * as auditTrail from "../auditTrail.js";
import type * as availability from "../availability.js";
import type * as chart from "../chart.js";
import type * as clinical from "../clinical.js";
import type * as env from "../env.js";
import type * as functions from "../functions.js";
import type * as http from "../http.js";
import type * as members from "../members.js";
import type * as model_alerts from "../model/alerts.js";
import type * as model_audit from "../model/audit.js";
import type * as model_errors from "../model/errors.js";
import type * as model_grants from "../model/grants.js";
import type * as model_membership from "../model/membership.js";
import type * as model_pagination from "../model/pagination.js";
import type * as model_patientLookup from "../model/patientLookup.js";
import type * as model_rateLimits from "../model/rateLimits.js";
import type * as model_rules from "../model/rules.js";
import type * as model_schedule from "../model/schedule.js";
import type * as model_verify from "../model/verify.js";
import type * as notes from "../notes.js";
import type * as patients from "../patients.js";
import type * as permissions from "../permissions.js";
import type * as reviews from "../reviews.js";
import type * as schedule from "../schedule.js";
import type * as seed from "../seed.js";
import type * as session from "../session.js";
import type * as testing from "../testing.js";
import type * as viewer from "../viewer.js";

/**
 * A utility for referencing Convex functions in your app's API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
declare const fullApi: ApiFromModules<{
  access: typeof access;
  accessReport: typeof accessReport;
  ai: typeof ai;
  aiCompliance: typeof aiCompliance;
  aiDraft: typeof aiDraft;
  aiReview: typeof aiReview;
  alertRules: typeof alertRules;
  appointments: typeof appointments;
  auditChain: typeof auditChain;
  auditTrail: typeof auditTrail;
  availability: typeof availability;
  chart: typeof chart;
  clinical: typeof clinical;
  env: typeof env;
  functions: typeof functions;
  http: typeof http;
  members: typeof members;
  "model/alerts": typeof model_alerts;
  "model/audit": typeof model_audit;
  "model/errors": typeof model_errors;
  "model/grants": typeof model_grants;
  "model/membership": typeof model_membership;
  "model/pagination": typeof model_pagination;
  "model/patientLookup": typeof model_patientLookup;
  "model/rateLimits": typeof model_rateLimits;
  "model/rules": typeof model_rules;
  "model/schedule": typeof model_schedule;
  "model/verify": typeof model_verify;
  notes: typeof notes;
  patients: typeof patients;
  permissions: typeof permissions;
  reviews: typeof reviews;
  schedule: typeof schedule;
  seed: typeof seed;
  session: typeof session;
  testing: typeof testing;
  viewer: typeof viewer;
}>;
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;
