import type { Cast, CastNote } from "./cast";

/** A note template: the patient's age range and sex, and how to write the note. */
export interface Style {
  name: string;
  ages: readonly [number, number];
  sex?: "F" | "M";
  write(b: CastNote, c: Cast): void;
}
