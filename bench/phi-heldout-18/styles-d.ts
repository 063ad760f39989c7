/** Multi-patient lists (text table, JSON, CSV, register) and a device download of the eighteenth corpus. */
import { addDays, fmtDate, type Person } from "./kit";
import { address, childPatient, fac, hhmm, initials, isoTs, kin, nm, other, staff, type Note18, type Style } from "./note";

/** A patient of a multi-patient list (not offered to any record). */
function someone(n: Note18, sex?: "F" | "M"): Person {
  return n.c.person(sex);
}

const dq = (s: string) => `"${s}"`;

export const STYLES_D: Record<string, Style> = {
  "newborn-census": (n) => {
    const { b, c } = n;
    n.multi = true;
    const day = c.recent();
    b.t(c.pick(["NEWBORN NURSERY CENSUS", "Mother-Baby Unit — Infant Census", "WELL BABY CENSUS"])).t(" — ").v(c.fullDate(day), "DATE").t(" — "); fac(n, c.facility("hosp")); b.nl();
    b.t("Charge RN: "); nm(n, someone(n), c.pick(["il", "fl"] as const)); b.t(`   printed ${hhmm(c)}`).nl();
    const pipes = c.chance(0.5);
    b.t(pipes ? "Bed | Infant | Mother (rm) | DOB/time | GA | Feed | Peds | Notes" : "Bed  Infant               Mother (rm)              DOB    time  GA     Feed  Peds").nl();
    const sep = pipes ? " | " : "  ";
    for (let i = 0; i < c.int(4, 8); i++) {
      const mom = someone(n, "F");
      const inf = c.chance(0.3) ? { ...someone(n), last: mom.last } : null;
      b.t(`N${i + 1}`.padEnd(pipes ? 0 : 4)).t(sep);
      if (inf) nm(n, inf, c.pick(["LF", "fl"] as const)); else { b.t(c.pick(["BG ", "BB ", "Baby Girl ", "Baby Boy "])).v(c.chance(0.6) ? mom.last.toUpperCase() : mom.last, "NAME"); }
      b.t(sep); nm(n, mom, c.pick(["fl", "lf", "lfi"] as const)); b.t(` (${c.int(301, 340)})`).t(sep);
      const born = addDays(day, -c.int(0, 2));
      b.v(c.chance(0.7) ? `${born.m}/${born.d}` : c.partialDate(born), "DATE").t(` ${hhmm(c, false)}${sep}${c.int(36, 41)}+${c.int(0, 6)}${sep}${c.pick(["BF", "FF", "BF/FF", "EBM"])}${sep}`);
      if (c.chance(0.6)) { b.t("Dr. "); nm(n, someone(n), "l"); } else b.t(c.pick(["FP", "unassigned", "peds hospitalist"]));
      if (pipes) { b.t(sep); if (c.chance(0.35)) { b.t("FOB "); nm(n, someone(n, "M"), "f"); b.t(" at bedside, ").v(c.phone(), "PHONE"); } else b.t(c.pick(["TcB q12", "circ today", "d/c home", "SW consult", "hypoglycemia protocol"])); }
      b.nl();
    }
  },

  "flu-clinic-consents-json": (n) => {
    const { b, c } = n;
    n.multi = true;
    const school = c.school();
    b.t('{\n  "event": "School-located influenza clinic",\n  "site": ').t('"').v(school, "FACILITY").t('",\n  "clinic_date": "').v(fmtDate(c.recent(), "iso"), "DATE").t('",\n  "lead_nurse": "');
    nm(n, someone(n), "fl"); b.t('",\n  "consents": [\n');
    const k = c.int(2, 5);
    for (let i = 0; i < k; i++) {
      const kid = someone(n);
      const par = { ...someone(n, c.chance(0.75) ? "F" : "M"), last: c.chance(0.7) ? kid.last : c.surname() };
      b.t('    {"student_first": "').v(kid.first, "NAME").t('", "student_last": "').v(kid.last, "NAME").t('", "dob": "').v(fmtDate(c.childDob(), c.chance(0.6) ? "iso" : "mdy"), "DATE").t(`", "grade": ${c.int(0, 8)}, "teacher": "`).v(someone(n).last, "NAME").t('",\n     "guardian": "');
      nm(n, par, "fl"); b.t('", "guardian_email": "').v(c.email(par), "EMAIL").t('", "guardian_phone": "').v(c.phone().replace(/\D/g, "").slice(-10), "PHONE").t('",\n     "insurance": {"type": "');
      if (c.chance(0.6)) b.t('Medicaid", "member_id": "').v(c.medicaid(), "HEALTH_PLAN").t('"}');
      else b.t(`${c.pick(["Anthem", "Humana", "Aetna"])}", "member_id": "`).v(c.member(), "HEALTH_PLAN").t('", "group": "').v(c.group(), "HEALTH_PLAN").t('"}');
      b.t(`, "vfc": ${c.chance(0.5)}, "vaccine": "${c.pick(["FluMist", "Flucelvax", "Fluarix"])}", "lot": "${c.letters(2)}${c.digits(4)}",\n     "signed_at": "`); isoTs(n); b.t('", "signer_ip": "').v(c.ipv4(), "IP").t('"}').t(i < k - 1 ? ",\n" : "\n");
    }
    b.t("  ]\n}").nl();
  },

  "prenatal-worklist-csv": (n) => {
    const { b, c } = n;
    n.multi = true;
    b.t("patient_name,mrn,dob,edd,ga,due_item,provider,phone,notes").nl();
    for (let i = 0; i < c.int(4, 8); i++) {
      const p = someone(n, "F");
      const edd = addDays(c.recent(), c.int(10, 200));
      b.t('"'); nm(n, p, c.pick(["LF", "lf", "LFM"] as const)); b.t('",').v(c.mrn().replace(/\s/g, ""), "MRN").t(",").v(fmtDate(c.dob(), "mdy"), "DATE").t(",").v(c.chance(0.5) ? fmtDate(edd, "iso") : fmtDate(edd, "mdy"), "DATE");
      b.t(`,${c.int(10, 39)}w${c.int(0, 6)}d,${c.pick(["Glucola", "Tdap", "GBS swab", "28wk labs + RhoGAM", "anatomy US", "NIPT", "BPP"])},`);
      const prov = someone(n);
      if (c.chance(0.5)) { b.t("CNM "); nm(n, prov, "l"); } else nm(n, prov, "il");
      b.t(",").v(c.phone().replace(/\D/g, "").slice(-10), "PHONE").t(",");
      const r = c.int(0, 3);
      if (r === 0) { b.t(dq("needs ride - ask sister ").slice(0, -1)); nm(n, someone(n, "F"), "f"); b.t('"'); }
      else if (r === 1) { b.t('"last seen '); b.v(c.partialDate(c.recent()), "DATE"); b.t('"'); }
      else b.t(c.pick(["", "Spanish interp", "portal only", "\"no-show x2, LM\""]));
      b.nl();
    }
  },

  "delivery-register": (n) => {
    const { b, c } = n;
    n.multi = true;
    const mo = c.recent();
    b.t("L&D DELIVERY REGISTER — "); fac(n, c.facility("hosp")); b.t(" — ").v(c.chance(0.5) ? `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][mo.m - 1]} ${mo.y}` : `${String(mo.m).padStart(2, "0")}/${mo.y}`, "DATE").nl();
    b.t("No.   Date  Time  Mother                    MRN          Age G/P    Type   Sex Wt(g) Apgar Deliv by        RN").nl();
    let no = c.int(100, 1900);
    for (let i = 0; i < c.int(4, 8); i++) {
      const m = someone(n, "F");
      const d = { ...mo, d: Math.min(28, i * 3 + c.int(1, 3)) };
      b.t(`${no++}  `).v(`${d.m}/${d.d}`, "DATE").t(`  ${hhmm(c, false)}  `); nm(n, m, c.pick(["lf", "lfm", "LF"] as const)); b.t("  ").v(c.mrn(), "MRN");
      b.t(`  ${c.int(15, 44)}  G${c.int(1, 6)}P${c.int(1, 5)}  ${c.pick(["NSVD", "pLTCS", "rLTCS", "VAVD", "VBAC"])}  ${c.pick(["F", "M"])}  ${c.int(1900, 4600)}  ${c.int(3, 9)}/${c.int(6, 9)}  `);
      const dr = someone(n);
      if (c.chance(0.5)) { nm(n, dr, "l"); b.t(c.pick([" (CNM)", " MD", ""])); } else nm(n, dr, "il");
      b.t("  ").v(initials(someone(n)), "NAME").nl();
    }
    b.t("Reviewed: ").v(initials(someone(n)), "NAME").t(` (nurse manager)  ${c.pick(["twins counted as 1 delivery", "BBA = born before arrival", ""])}`).nl();
  },

  "home-apnea-monitor-report": (n) => {
    const { b, c } = n;
    childPatient(n, true);
    const mom = kin(n, "F");
    const from = c.recent();
    b.t(c.pick(["HOME APNEA MONITOR DOWNLOAD REPORT", "Infant Monitor Event Summary", "Cardiorespiratory monitor download"])).t(` — ${c.pick(["Apria", "Lincare", "AdaptHealth", "Rotech"])} Pediatric Services`).nl();
    b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "fl", "lf"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Hospital MRN ").v(n.mrn, "MRN").nl();
    b.t(`Monitor: ${c.pick(["SmartMonitor 2 PSL", "Philips Respironics 950", "Masimo Rad-97"])}  Serial `).v(c.serial(), "DEVICE").t("  DME account ").v(c.account(), "ACCOUNT").nl();
    b.t("Download period: ").v(c.fullDate(from), "DATE").t(" – ").v(c.fullDate(addDays(from, c.int(7, 30))), "DATE").t(`  Compliance ${c.int(40, 99)}%  Alarm limits: apnea 20 s, HR < 80 / > 220`).nl();
    b.t("Date     Time      Type      Duration  Lowest HR").nl();
    for (let i = 0; i < c.int(2, 5); i++) b.v(`${addDays(from, i * 2).m}/${addDays(from, i * 2).d}`, "DATE").t(`   ${hhmm(c)}:${String(c.int(0, 59)).padStart(2, "0")}  ${c.pick(["apnea   ", "brady   ", "loose lead"])}  ${c.int(4, 25)} s      ${c.int(60, 140)}`).nl();
    b.t("Caregiver: "); nm(n, mom, "fl"); b.t(", ").v(n.phone, "PHONE").t(". Home: "); address(n, n.addr); b.nl();
    b.t("Interpreting physician: "); staff(n, other(n), [", MD", ", DO"]); b.t(". Discontinue when 43 wk PMA and event-free x4 wk.").nl();
  },
};
