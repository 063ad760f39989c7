import { z } from "zod";
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from "./policy";

/** What a practice admin may set: whole minutes, 1 to 60. Shared by the settings form and `session.setIdleTimeout`. */
export const idleTimeoutMinutesSchema = z
  .number({ error: "Enter a number of minutes." })
  .int("Use whole minutes.")
  .min(MIN_IDLE_MINUTES, `At least ${MIN_IDLE_MINUTES} minute.`)
  .max(MAX_IDLE_MINUTES, `At most ${MAX_IDLE_MINUTES} minutes.`);
