/**
 * Twelfth held-out corpus, styles E: the four multi-patient styles (no record): primary-care huddle sheet,
 * claim-denial worklist, kitchen diet tray tickets, infusion chair schedule.
 */
import { fmtDate, MON, p2 } from "./kit";
import * as L from "./lists";
import { age, initials, nm, other, ph, type Note12, type Style } from "./note";

function patientAge(n: Note12, pOld: number): number {
  return n.c.chance(pOld) ? n.c.oldAge() : n.c.int(19, 89);
}

const huddle: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const doc = other(n);
  const ma = other(n);
  b.t("DAILY HUDDLE — ").v(c.clinic(), "FACILITY").t(" — ").v(c.fullDate(c.recent()), "DATE").t("\nProvider: Dr. ");
  nm(n, doc, "l");
  b.t("   MA: ");
  nm(n, ma, "f");
  b.t(`   Interpreter booked 10:00-11:30 (Spanish)\n\nTime  | Patient              | Age | MRN        | Gaps / prep\n`);
  for (let i = 0; i < c.int(4, 8); i++) {
    const p = c.person();
    const a = patientAge(n, 0.12);
    b.t(`${p2(c.int(8, 16))}:${c.pick(["00", "15", "30", "45"])} | `);
    nm(n, p, c.pick(["LF", "lf", "lfi"]));
    b.t(" | ");
    age(n, a);
    b.t(" | ").v(c.mrn(), "MRN").t(" | ");
    const r = c.int(0, 5);
    if (r === 0) b.t("A1c due (last ").v(c.partialDate(c.recent()), "DATE").t(`: ${c.int(6, 12)}.${c.int(0, 9)}%)`);
    else if (r === 1) { b.t("mammo overdue since ").v(`${p2(c.int(1, 12))}/${c.int(2023, 2025)}`, "DATE").t("; FIT kit given"); }
    else if (r === 2) { b.t(`${c.pick(["daughter", "son", "grandson"])} `); nm(n, c.person(), "f"); b.t(" interprets; AWV + depression screen"); }
    else if (r === 3) { b.t("needs ride — call "); ph(n); }
    else if (r === 4) b.t(`BP recheck; on ${c.pick(L.DRUGS)}; ${c.pick(["Wells score low", "Caprini 3", "PHQ-9 14"])}`);
    else { b.t("hosp f/u from ").v(c.facility("hosp"), "FACILITY").t(" (d/c ").v(c.partialDate(c.recent()), "DATE").t(")"); }
    b.nl();
  }
  b.t("\nNo-shows to call back: ");
  nm(n, c.person(), "lfi");
  b.t(", ");
  nm(n, c.person(), "lfi");
  b.t(". Standing orders: flu, COVID, Tdap. Huddle by ").v(initials(ma), "NAME").t(".\n");
};

const CARC = ["CO-16 / N290", "CO-197", "CO-50", "PR-204", "CO-97 / M15", "CO-4 / N519", "CO-29", "OA-23"];
const denialWorklist: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const csv = c.chance(0.4);
  b.t(`Denial Management Worklist — ${c.pick(["Hospital billing", "Professional billing"])} — pulled `).v(fmtDate(c.recent(), "mdy"), "DATE").t(" by ");
  nm(n, other(n), "fl");
  b.nl();
  b.t(csv ? "account,patient,dos,payer,member_id,claim_icn,carc_rarc,amount,owner,appeal_by\n" : "Account      Patient                  DOS         Payer               Member ID       Claim ICN         CARC/RARC      Amount     Owner      Appeal by\n");
  const sep = csv ? "," : "  ";
  for (let i = 0; i < c.int(4, 8); i++) {
    const p = c.person();
    b.v(c.account(), "ACCOUNT").t(sep);
    if (csv) b.t('"');
    nm(n, p, c.pick(["LF", "lf"]));
    if (csv) b.t('"');
    b.t(sep).v(fmtDate(c.recent(), "mdy"), "DATE").t(sep).t(c.pick(L.PAYERS)).t(sep).v(c.chance(0.3) ? c.mbi() : c.member(), "HEALTH_PLAN").t(sep).v(`${c.digits(13)}`, "ID").t(sep).t(c.pick(CARC)).t(sep).t(`$${c.int(80, 24000)}.${c.digits(2)}`).t(sep);
    const o = c.person();
    b.v(o.first, "NAME").t(" ").v(o.last[0]!, "NAME").t(".").t(sep).v(`${MON[c.int(0, 11)]} ${c.int(1, 28)}`, "DATE").nl();
  }
  b.t("\nNotes: CO-16 = missing info (N290 rendering NPI). Timely filing 90 days for Medicaid MCO. Do not bill patient while in appeal.\n");
};

const DIETS = ["CCHO 60 g/meal", "2 g Na, 1500 mL FR", "Renal (2 g K, 800 mg Phos)", "IDDSI 5 MM / thin liquids", "IDDSI 4 PU / MO liquids", "Regular", "Clear liquids", "NPO after MN", "Kosher", "Halal", "Gluten-free", "Low fiber"];
const dietTickets: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("FOOD & NUTRITION — TRAY TICKETS — ").v(c.facility(c.chance(0.5) ? "hosp" : "ltc"), "FACILITY").t(` — ${c.pick(["Breakfast", "Lunch", "Dinner"])} `).v(c.partialDate(c.recent()), "DATE").t("\n");
  for (let i = 0; i < c.int(3, 6); i++) {
    const p = c.person();
    const a = patientAge(n, 0.3);
    b.t("------------------------------\n").t(`RM ${c.int(100, 699)}-${c.pick(["A", "B", "W", "1"])}   `);
    nm(n, p, c.pick(["LF", "lfi", "fl"]));
    b.t("   AGE ");
    age(n, a);
    b.t(`\nDIET: ${c.pick(DIETS)}\nALLERGY: ${c.pick(["NKFA", "shellfish", "peanut/tree nut", "milk protein", "egg"])}   ${c.pick(["ISOLATION - disposables", "Late tray 1930", "Needs set-up, cut meat", "Adaptive cup"])}\n`);
    if (c.chance(0.4)) {
      b.t("Likes/dislikes: ");
      b.t(c.pick(["no pork; ", "coffee black; ", "extra gravy; ", "tea w/ lemon; "]));
      b.t(c.pick(["per ", "wife ", "daughter "]));
      nm(n, c.person(), "f");
      b.nl();
    }
    if (c.chance(0.3)) b.t("DOB ").v(fmtDate(c.dob(), "mdy"), "DATE").t("  (two-identifier check at delivery)\n");
  }
  b.t("------------------------------\nPrinted by ").v(initials(other(n)), "NAME").t(` ${p2(c.int(5, 18))}:${p2(c.int(0, 59))}. Diet codes per IDDSI; ratio 1:1 feeder where flagged.\n`);
};

const REGIMENS = ["Keytruda 200 mg", "FOLFOX C4D1", "Ocrevus 600 mg", "IVIG 0.4 g/kg", "Remicade 5 mg/kg", "Venofer 200 mg", "Reclast 5 mg", "Entyvio 300 mg", "Rituxan 375 mg/m2", "Darzalex Faspro SC"];
const infusionChairs: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const rns = [other(n), other(n), other(n)];
  b.t("INFUSION CENTER — CHAIR SCHEDULE\n").v(c.pick(L.FAC_STEMS) + " Infusion Center", "FACILITY").t("  ").v(c.fullDate(c.recent()), "DATE").t("   Charge RN: ");
  nm(n, rns[0]!, "fl");
  b.t("\n\nChair | Time  | Patient                 | Age | MRN       | Regimen               | RN | Pump serial\n");
  for (let i = 0; i < c.int(4, 8); i++) {
    const p = c.person();
    b.t(`${String(c.int(1, 24)).padStart(2, "0")}    | ${p2(c.int(7, 15))}:${c.pick(["00", "30"])} | `);
    nm(n, p, c.pick(["LF", "lf", "fl"]));
    b.t(" | ");
    age(n, patientAge(n, 0.12));
    b.t(" | ").v(c.mrn(), "MRN").t(` | ${c.pick(REGIMENS)} | `).v(initials(c.pick(rns)), "NAME").t(" | ").v(c.serial(), "DEVICE").nl();
    if (c.chance(0.3)) {
      b.t("      ↳ ride: ");
      nm(n, c.person(), "f");
      b.t(" ");
      ph(n);
      b.t(c.pick([" (pick up 1300)", " — wait in lobby", ""])).nl();
    }
  }
  b.t("\nPremeds per protocol (Tylenol 650, Benadryl 25). Pumps: Alaris 8100 (model, not serial). Port access lots ").t(c.lot()).t(".\n");
};

export const STYLES_E: Record<string, Style> = {
  "clinic-huddle-sheet": huddle,
  "denial-worklist": denialWorklist,
  "diet-tray-tickets": dietTickets,
  "infusion-chair-schedule": infusionChairs,
};
