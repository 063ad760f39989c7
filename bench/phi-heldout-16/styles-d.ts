/** Styles D: multi-patient financial exports and worklists, and estate, lien and spend-down paper. */
import * as L from "./lists";
import { address, addrBlock, dt, fac, money, newAddress, nm, ocrNoise, other, ph, type Note16, type Style } from "./note";
import { fmtDate } from "./kit";

const dob = (n: Note16) => n.b.v(n.c.fullDate(n.dob), "DATE");

/** Bad-debt placement file to a collection agency, fixed width (several patients, no record). */
const placementFw: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const pad = (s: string, w: number) => (s.length >= w ? s.slice(0, w).trimEnd() : s);
  const fill = (used: number, w: number) => " ".repeat(Math.max(1, w - used));
  b.t(`HDR${c.pick(["LEDGERPT", "SUMMITRA"])}  PLACEMENT ${c.digits(6)}  `).v(fmtDate(c.recent(), "compact"), "DATE").nl();
  for (let i = 0, k = c.int(3, 7); i < k; i++) {
    const p = c.person();
    const a = newAddress(c);
    const acct = c.digits(10);
    b.t("D").v(acct, "ACCOUNT").t(" ");
    const ln = pad(p.last.toUpperCase(), 16), fn = pad(p.first.toUpperCase(), 12);
    b.v(ln, "NAME").t(fill(ln.length, 17)).v(fn, "NAME").t(fill(fn.length, 13));
    const st = pad(a.line1.toUpperCase(), 26);
    b.v(st, "ADDRESS").t(fill(st.length, 27));
    const ct = pad(a.city.toUpperCase(), 18);
    b.v(ct, "LOCATION").t(fill(ct.length, 19)).t(a.state).t(" ").v(a.zip.slice(0, 5), "ZIP").t(" ");
    b.v(c.digits(10), "PHONE").t(" ").v(fmtDate(c.dob(), "compact"), "DATE").t(" ");
    b.v(c.ssn().replace(/\D/g, ""), "SSN").t(" ");
    b.v(fmtDate(c.recent(), "compact"), "DATE").t(` ${String(c.int(1000, 999999)).padStart(9, "0")} ${c.pick(["SP", "MC", "CO", "BK"])}`).nl();
  }
  b.t(`TRL${String(c.int(3, 7)).padStart(6, "0")}${String(c.int(100000, 9999999)).padStart(12, "0")}`).nl();
};

/** Statement vendor JSON export (several guarantors, no record). */
const statementJson: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`{"vendor":"${c.pick(["ClearPath Statements Inc.", "Ledgerpoint Revenue Services"])}","cycle":"`).v(fmtDate(c.recent(), "iso"), "DATE").t('","practice":"');
  fac(n, c.facility()); b.t('","statements":[').nl();
  for (let i = 0, k = c.int(2, 5); i < k; i++) {
    const p = c.person(), a = newAddress(c);
    b.t('  {"guarantor":{"last":"').v(p.last, "NAME").t('","first":"').v(p.first, "NAME").t('"},"addr1":"').v(a.line1, "ADDRESS").t('",');
    if (a.unit) b.t('"addr2":"').v(a.unit, "ADDRESS").t('",');
    b.t('"city":"').v(a.city, "LOCATION").t(`","st":"${a.state}","zip":"`).v(a.zip, "ZIP").t('","acct":"').v(c.acct(), "ACCOUNT").t('",');
    b.t(`"balance":${c.int(10, 5000)}.${c.int(10, 99)},"due":"`).v(fmtDate(c.recent(), "mdy"), "DATE").t('",');
    b.t('"pay_url":"').v(`https://pay.clearpath.example/q/${c.letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}`, "URL").t('",');
    if (c.chance(0.5)) b.t('"email":"').v(c.email(p), "EMAIL").t('",');
    b.t('"patients":["'); nm(n, c.chance(0.5) ? p : c.person(), "fl"); b.t(`"],"dunning":${c.int(1, 4)}}${i < k - 1 ? "," : ""}`).nl();
  }
  b.t("]}").nl();
};

/** Lockbox payment posting batch as CSV (several payers, no record). */
const lockboxCsv: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`# lockbox ${c.pick(["PNC", "Wells", "KeyBank"])} batch ${c.digits(5)} deposit `).v(fmtDate(c.recent(), c.pick(["iso", "mdy"] as const)), "DATE").nl();
  b.t("item,remitter,memo,guarantor_acct,amount,check_no,posted_by").nl();
  for (let i = 0, k = c.int(3, 8); i < k; i++) {
    const p = c.person();
    b.t(`${i + 1},"`); nm(n, p, c.pick(["FL", "fl", "LF"] as const)); b.t('","');
    b.t(c.pick(["for ", "pt ", "", "re: "]));
    if (c.chance(0.6)) nm(n, c.chance(0.5) ? p : c.person(), c.pick(["f", "fl", "lc"] as const)); else b.t("statement");
    if (c.chance(0.3)) { b.t(" dob "); const d = c.dob(); b.v(c.pick([`${d.m}/${d.d}`, `${d.m}/${d.d}/${d.y}`, `${d.m}-${d.d}-${String(d.y).slice(2)}`]), "DATE"); }
    b.t('",').v(c.acct(), "ACCOUNT").t(`,${c.int(5, 900)}.${c.int(10, 99)},${c.int(100, 9999)},`).v(c.pick(["ts", "mjr", "KB"]), "NAME").nl();
  }
};

/** Credit-balance worklist (several patients, no record). */
const creditWorklist: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("CREDIT BALANCE WORKLIST – ").t(c.pick(["PFS Team 2", "Refunds queue"])).t("   as of "); dt(n); b.nl();
  b.t("Acct        | Patient                  | DOB        | Payer                     | Credit   | Age | Owner").nl();
  for (let i = 0, k = c.int(4, 8); i < k; i++) {
    const p = c.person();
    b.v(c.acct(), "ACCOUNT").t(" | "); nm(n, p, c.pick(["LF", "lf", "lfi"] as const)); b.t(" | ");
    b.v(c.fullDate(c.dob(), c.pick(["mdy", "md2y"] as const)), "DATE").t(` | ${c.pick(L.PAYERS.concat(["SELF PAY", "MEDICARE A/B", "MEDICAID MCO"]))} | ${money(c, 1, 900)} | ${c.int(5, 240)}d | `);
    nm(n, c.person(), "il"); b.nl();
  }
  b.t("Aged >60d require supervisor sign-off; unclaimed property after 3 yrs.").nl();
};

/** Hospital's claim against a deceased patient's estate. */
const estateClaim: Style = (n) => {
  const { b, c, pt } = n;
  const county = c.county();
  b.t("IN THE ").t(c.pick(["PROBATE COURT", "ORPHANS' COURT DIVISION", "SURROGATE'S COURT"])).t(" OF ").v(county.toUpperCase(), "LOCATION").t(` COUNTY, ${c.pick(["OHIO", "PENNSYLVANIA", "NEW JERSEY", "INDIANA"])}`).nl();
  b.t("IN RE: ESTATE OF "); nm(n, pt, c.pick(["FL", "LFM"] as const)); b.t(", DECEASED").nl();
  b.t("Case No. ").v(`${c.int(2025, 2026)}-ES-${c.digits(5)}`, "ID").nl(2);
  b.t("CLAIM AGAINST ESTATE").nl();
  b.t("Claimant: "); fac(n, c.facility()); b.t(", by its agent ").t(c.pick(L.VENDORS.slice(0, 3))).nl();
  b.t("Decedent's date of birth: "); dob(n); b.t("   Date of death: "); dt(n); b.nl();
  b.t("Last address: "); address(n, n.addr); b.nl();
  b.t("Executor/Administrator: "); const ex = other(n); nm(n, ex, c.pick(["fl", "fml"] as const)); b.t(", "); address(n, newAddress(c)); b.nl(2);
  b.t(`Amount claimed: ${money(c, 400, 40000)} for services `); dt(n, c.recent(), c.chance(0.3)); b.t(" through "); dt(n, c.recent(), c.chance(0.3));
  b.t(", account(s) ").v(c.acct(), "ACCOUNT"); if (c.chance(0.5)) b.t(" and ").v(c.acct(), "ACCOUNT"); b.t(". Medicare and ").t(c.pick(L.PAYERS)).t(" (member ").v(c.member(), "HEALTH_PLAN").t(") paid in part.").nl();
  b.t("Verified by: "); nm(n, other(n), "fl"); b.t(", Estate Recovery Specialist, "); ph(n); b.t(", fax "); ph(n, c.phone(), "FAX"); b.nl();
};

/** Hospital lien notice to an auto insurer after a crash. */
const lienNotice: Style = (n) => {
  const { b, c, pt } = n;
  if (c.chance(0.4)) b.noise = ocrNoise(c, 0.04);
  fac(n, c.facility().toUpperCase()); b.nl().t("NOTICE OF HOSPITAL LIEN").t(c.pick([" (R.C. 2117.06)", " (state hospital lien act)", ""])).nl();
  dt(n); b.t(c.pick(["  VIA CERTIFIED MAIL", "  via fax"])).nl(2);
  b.t(c.pick(["Progressive", "State Farm", "GEICO", "Allstate"])).t(" – Bodily Injury Claims").nl();
  b.t("Claim #: ").v(`${c.digits(2)}-${c.digits(7)}-${c.digits(2)}`, "ID").t("   Adjuster: "); nm(n, other(n), "fl"); b.t("   Fax: "); ph(n, c.phone(), "FAX"); b.nl(2);
  b.t("Patient: "); nm(n, pt, c.pick(["FL", "fml", "lf"] as const)); b.t("   DOB: "); dob(n); b.nl();
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t("Date of accident: "); dt(n); b.t(`   Location: ${c.pick(["I-71 NB at mile 14", "US-30 EB near exit 2", "store parking lot"])}`).nl();
  b.t("Insured vehicle: ").t(c.pick(["2019 Honda CR-V", "2016 Ford F-150", "2022 Toyota Camry"])).t(", plate ").v(c.plate(), "VEHICLE").t(" (").t(c.pick(L.STATES)).t("), VIN ").v(c.vin(), "VEHICLE").nl();
  b.t("Other driver: "); nm(n, other(n), "fl"); b.t(c.pick([" (your insured)", " (claimant)"])).nl();
  b.t(`Charges to date: ${money(c, 1500, 90000)} (ED, CT head/C-spine, ${c.pick(["ORIF", "splinting", "observation"])}); account `).v(c.acct(), "ACCOUNT").nl();
  b.t("Patient's attorney: "); nm(n, other(n), "fl"); b.t(", Esq., "); ph(n); b.nl();
  b.t("Do not disburse settlement without satisfying this lien. Contact "); nm(n, other(n), "fl"); b.t(", Lien Unit, "); ph(n); b.t(".").nl();
};

/** County Medicaid spend-down (deductible) notice the patient brings to the billing office. */
const spenddown: Style = (n) => {
  const { b, c, pt } = n;
  const county = c.county();
  b.v(county, "LOCATION").t(c.pick([" County Department of Job and Family Services", " County Assistance Office", " County DSS"])).nl();
  b.t("NOTICE OF MEDICAL ASSISTANCE SPEND-DOWN").nl(); dt(n); b.nl(2);
  nm(n, pt, c.pick(["FL", "fl"] as const)); b.nl(); addrBlock(n, n.addr, c.chance(0.6)); b.nl(2);
  b.t("Case number: ").v(`${c.digits(7)}${c.letters(1)}`, "ID").t("   Recipient ID: ").v(c.digits(12), "HEALTH_PLAN").nl();
  b.t(`Your monthly spend-down is ${money(c, 50, 1200)} for the period `); dt(n, c.recent(), true); b.t(" – "); dt(n, c.recent(), true);
  b.t(". Bring bills from any provider, for example "); fac(n, c.facility()); b.t(" or your pharmacy, to meet it.").nl();
  b.t("Household: "); nm(n, pt, "f"); b.t(" (DOB "); dob(n); b.t(")");
  if (c.chance(0.6)) { b.t("; spouse "); const s = other(n); nm(n, s, "fl"); b.t(" (DOB "); dt(n, c.dob()); b.t(")"); }
  b.t(".").nl();
  b.t("Caseworker: "); nm(n, other(n), c.pick(["fl", "il"] as const)); b.t("  "); ph(n); b.t(`  Form MA-${c.int(100, 999)} rev. 0${c.int(1, 9)}/2023`).nl();
};

export const STYLES_D: Record<string, Style> = {
  "collections-placement-fw": placementFw,
  "statement-vendor-json": statementJson,
  "lockbox-posting-csv": lockboxCsv,
  "credit-balance-worklist": creditWorklist,
  "estate-claim": estateClaim,
  "hospital-lien-notice": lienNotice,
  "medicaid-spenddown-notice": spenddown,
};
