/**
 * The detector on the held-out corpus (bench/phi-heldout/, written blind to lib/phi): a fixed-seed sample other
 * than the seed the misses were studied on (20261122), so a regression in generality fails `npm test`. Floors sit
 * under the measured figures on this sample (0.991 / 0.997 with records, 0.985 / 0.997 alone).
 *
 * The same for the second held-out corpus (bench/phi-heldout-2/, also written blind; misses studied on seed
 * 20261123): 0.987 / 0.990 with records, 0.979 / 0.992 alone on this sample; and the third (bench/phi-heldout-3/,
 * written blind in session 4; first run 0.883 / 0.929 with records, some misses then studied on seed 20261124):
 * 0.975 / 0.984 with records, 0.961 / 0.984 alone; the fourth (bench/phi-heldout-4/, written blind in session 5;
 * first run 0.895 / 0.920 with records on this sample, misses then studied on seed 20261125): 0.968 / 0.984 with
 * records, 0.957 / 0.984 alone; and the fifth (bench/phi-heldout-5/, written blind in session 5 after the fourth's
 * rules; first run 0.883 / 0.942 on this sample, misses then studied on seed 20261126): 0.965 / 0.967 with records,
 * 0.944 / 0.967 alone; the sixth (bench/phi-heldout-6/, written blind in session 5, studied in session 6 on seed
 * 20261127; first run 0.882 / 0.945 on this sample): 0.965 / 0.953 with records, 0.946 / 0.953 alone; the seventh
 * (written blind in session 6, studied on seed 20261205; first run 0.908 / 0.920): 0.966 / 0.951 with records,
 * 0.941 / 0.951 alone; and the eighth (written blind in session 6 and left unstudied; first run 0.888 / 0.916):
 * 0.893 / 0.916 with records, 0.871 / 0.915 alone.
 */
import { describe, expect, it } from "vitest";
import { generateHeldout } from "../../bench/phi-heldout/generate";
import { generateHeldout2 } from "../../bench/phi-heldout-2/generate";
import { generateHeldout3 } from "../../bench/phi-heldout-3/generate";
import { generateHeldout4 } from "../../bench/phi-heldout-4/generate";
import { generateHeldout5 } from "../../bench/phi-heldout-5/generate";
import { generateHeldout6 } from "../../bench/phi-heldout-6/generate";
import { generateHeldout7 } from "../../bench/phi-heldout-7/generate";
import { generateHeldout8 } from "../../bench/phi-heldout-8/generate";
import { generateHeldout9 } from "../../bench/phi-heldout-9/generate";
import { generateHeldout10 } from "../../bench/phi-heldout-10/generate";
import { generateHeldout11 } from "../../bench/phi-heldout-11/generate";
import { generateHeldout12 } from "../../bench/phi-heldout-12/generate";
import { generateHeldout13 } from "../../bench/phi-heldout-13/generate";
import { generateHeldout14 } from "../../bench/phi-heldout-14/generate";
import { generateHeldout15 } from "../../bench/phi-heldout-15/generate";
import { generateHeldout16 } from "../../bench/phi-heldout-16/generate";
import { generateHeldout17 } from "../../bench/phi-heldout-17/generate";
import { generateHeldout18 } from "../../bench/phi-heldout-18/generate";
import { generateHeldout19 } from "../../bench/phi-heldout-19/generate";
import { generateHeldout20 } from "../../bench/phi-heldout-20/generate";
import { evaluate } from "./corpus/evaluate";
import { detect } from "./detect";
import type { KnownIdentifiers, Span } from "./types";

interface Floors {
  /** Overall recall and precision with the patient's record, and of the detector alone. */
  withRecord: [number, number];
  alone: [number, number];
  /** Per type recall with the record (types with 20 or more identifiers): the floor for a type. */
  perType?: (type: string) => number;
}

/** A held-out corpus's sample scored with and without records, against its floors. */
function heldoutFloors(title: string, notes: { text: string; spans: Span[]; known?: KnownIdentifiers }[], floors: Floors): void {
  describe(`${title} (fixed seed, not the one studied)`, () => {
    const withRecord = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text, n.known ? { known: n.known } : {}) })));
    const alone = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text) })));

    it("recall and precision with the patient's record", () => {
      expect(withRecord.overall.recall).toBeGreaterThanOrEqual(floors.withRecord[0]);
      expect(withRecord.overall.precision).toBeGreaterThanOrEqual(floors.withRecord[1]);
    });
    it("recall and precision of the detector alone", () => {
      expect(alone.overall.recall).toBeGreaterThanOrEqual(floors.alone[0]);
      expect(alone.overall.precision).toBeGreaterThanOrEqual(floors.alone[1]);
    });
    const perType = floors.perType;
    if (perType) {
      it("per type recall with the record", () => {
        for (const [type, s] of Object.entries(withRecord.perType)) if (s.gold >= 20) expect(s.recall, type).toBeGreaterThanOrEqual(perType(type));
      });
    }
  });
}

heldoutFloors("held-out corpus", generateHeldout(7, 400), {
  withRecord: [0.985, 0.99],
  alone: [0.975, 0.99],
  perType: (type) => (type === "FACILITY" || type === "LOCATION" || type === "ADDRESS" ? 0.9 : 0.97),
});
heldoutFloors("second held-out corpus", generateHeldout2(7, 480), {
  withRecord: [0.98, 0.985],
  alone: [0.97, 0.985],
  perType: (type) => (type === "ADDRESS" || type === "LOCATION" ? 0.89 : 0.95),
});
heldoutFloors("third held-out corpus", generateHeldout3(7, 480), { withRecord: [0.965, 0.97], alone: [0.95, 0.97] });
heldoutFloors("fourth held-out corpus", generateHeldout4(7, 480), { withRecord: [0.96, 0.975], alone: [0.945, 0.975] });
heldoutFloors("fifth held-out corpus", generateHeldout5(7, 480), { withRecord: [0.955, 0.96], alone: [0.935, 0.96] });
heldoutFloors("sixth held-out corpus", generateHeldout6(7, 480), { withRecord: [0.955, 0.945], alone: [0.94, 0.945] });
heldoutFloors("seventh held-out corpus", generateHeldout7(7, 480), { withRecord: [0.96, 0.95], alone: [0.94, 0.95] });
// the eighth was studied in session 7 (blind first run 0.889 / 0.913 with records)
heldoutFloors("eighth held-out corpus", generateHeldout8(7, 480), { withRecord: [0.965, 0.955], alone: [0.95, 0.955] });
// the ninth was studied in part at the end of session 7 and further in session 8 (blind first run 0.916 / 0.923 with
// records)
heldoutFloors("ninth held-out corpus", generateHeldout9(7, 480), { withRecord: [0.955, 0.945], alone: [0.94, 0.945] });
// the tenth was studied in session 8 (blind first run 0.877 / 0.905 with records)
heldoutFloors("tenth held-out corpus", generateHeldout10(7, 480), { withRecord: [0.95, 0.95], alone: [0.93, 0.95] });
// the eleventh was studied in session 9 (blind first run 0.896 / 0.902 with records)
heldoutFloors("eleventh held-out corpus", generateHeldout11(7, 480), { withRecord: [0.945, 0.92], alone: [0.92, 0.92] });
// the twelfth was studied in session 9 (blind first run 0.896 / 0.948 with records)
heldoutFloors("twelfth held-out corpus", generateHeldout12(7, 480), { withRecord: [0.935, 0.945], alone: [0.92, 0.945] });
// the thirteenth was studied in sessions 9 and 10 (blind first run at 7e08728: 0.891 / 0.950 with records on this sample)
heldoutFloors("thirteenth held-out corpus", generateHeldout13(7, 480), { withRecord: [0.955, 0.96], alone: [0.935, 0.96] });
// the fourteenth was studied in sessions 9 and 10 (blind first run at 7e08728: 0.915 / 0.922 with records on this sample)
heldoutFloors("fourteenth held-out corpus", generateHeldout14(7, 480), { withRecord: [0.95, 0.925], alone: [0.93, 0.925] });
// the fifteenth and sixteenth were written blind (first run at a5c8157: 0.910 / 0.959 and 0.910 / 0.946 with records on
// this sample) and studied in session 10
heldoutFloors("fifteenth held-out corpus", generateHeldout15(7, 480), { withRecord: [0.93, 0.96], alone: [0.9, 0.96] });
heldoutFloors("sixteenth held-out corpus", generateHeldout16(7, 480), { withRecord: [0.925, 0.95], alone: [0.91, 0.95] });
// the seventeenth is unstudied (written blind in session 10, first run at a63fc9c: 0.936 / 0.976 with records on this
// sample); the eighteenth was written blind then (first run 0.906 / 0.957) and studied at the session's end
heldoutFloors("seventeenth held-out corpus", generateHeldout17(7, 480), { withRecord: [0.935, 0.97], alone: [0.915, 0.97] });
heldoutFloors("eighteenth held-out corpus", generateHeldout18(7, 480), { withRecord: [0.92, 0.95], alone: [0.89, 0.95] });
// the nineteenth is unstudied (written blind in session 10, first run at 701e755: 0.942 / 0.936 with records here); the
// twentieth was written blind then (first run 0.919 / 0.942) and studied at the session's end
heldoutFloors("nineteenth held-out corpus", generateHeldout19(7, 480), { withRecord: [0.935, 0.93], alone: [0.915, 0.93] });
heldoutFloors("twentieth held-out corpus", generateHeldout20(7, 480), { withRecord: [0.93, 0.955], alone: [0.92, 0.955] });
