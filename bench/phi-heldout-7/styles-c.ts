/**
 * Letters and messages: a mammography lay-result letter, an emotional-support-animal letter (pets' names are
 * not PHI), a custodian-of-records certificate, a blood-donor deferral letter, a family caregivers' group chat
 * export with emoji, and an after-hours answering-service log (several patients).
 */
import { fmtDate, type Person } from "./kit";
import { address, age, df, dt, nm, other, ph, pickAge, staff, v, wrapAt, type Note, type Style } from "./note";

/** Pets: several are also people's names or eponyms; never gold. */
export const PETS = ["Biscuit", "Duke", "Murphy", "Tucker", "Bella", "Winston", "Penny", "Lady", "Princess", "Rocky", "Hank", "Sadie",
  "Gus", "Mr. Whiskers", "Oreo", "Luna", "Sir Reginald", "Peanut", "Bailey", "Addison"];

function letterhead(n: Note, fac: string): void {
  const { b, c } = n;
  v(n, fac, "FACILITY"); b.nl();
  const a = { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() };
  v(n, a.line1, "ADDRESS"); b.t(c.pick(["\n", " · ", ", "])); v(n, a.city, "LOCATION"); b.t(`, ${a.state} `); v(n, a.zip, "ZIP"); b.nl();
  b.t(c.pick(["Tel ", "Phone: ", "P "])); ph(n); b.t(c.pick(["   Fax ", "  |  F: ", "   Fax: "])); ph(n, c.phone(), "FAX"); b.nl(2);
}

function addressBlock(n: Note): void {
  const { b, c } = n;
  nm(n, n.pt, c.pick(["fl", "fml", "FL"] as const)); b.nl();
  v(n, n.addr.line1, "ADDRESS"); if (n.addr.unit) { b.t(" "); v(n, n.addr.unit, "ADDRESS"); } b.nl();
  v(n, n.addr.city, "LOCATION"); b.t(`, ${n.addr.state} `); v(n, n.addr.zip, "ZIP"); b.nl(2);
}

function mammoLetter(n: Note): void {
  const { b, c } = n;
  letterhead(n, `${c.pick(["Bramblewood", "Heron Bay", "Clearbrook", "Lantern Hill", "Piñon Mesa"])} ${c.pick(["Breast Center", "Women's Imaging", "Breast Health Center"])}`);
  df(n, c.recent(), c.pick(["long", "abbr", "mdy"] as const)); b.nl(2);
  addressBlock(n);
  b.t("Patient DOB: "); df(n, n.dob, "mdy"); b.t("    Accession #: "); v(n, `${c.pick(["MG", "BR", "A"])}${c.digits(8)}`, "ID"); b.t("    MRN: "); v(n, n.mrn, "MRN"); b.nl(2);
  b.t("Dear "); if (c.chance(0.5)) { b.t(c.pick(["Ms. ", "Mrs. ", "Mx. "])); nm(n, n.pt, "l"); } else nm(n, n.pt, "fl"); b.t(":").nl(2);
  const sav = b.noise; b.noise = wrapAt(b, 88);
  b.t("Thank you for having your ").t(c.pick(["screening mammogram", "3D mammogram (tomosynthesis)", "diagnostic mammogram and ultrasound"])).t(" with us on ");
  df(n, c.recent(), c.pick(["long", "mdy", "ord"] as const));
  const birads = c.pick(["0", "1", "2", "3"]);
  b.t(`. ${birads === "0" ? "We need additional images to complete your exam. This is common and most often not cancer." : birads === "3" ? "A finding is probably benign; we recommend a short-interval follow-up in 6 months." : "Your results show no sign of cancer."} `);
  b.t(`Your breast tissue is ${c.pick(["heterogeneously dense (category C)", "extremely dense (category D)", "scattered fibroglandular (category B)"])}. Dense tissue can hide cancer; ask your provider whether supplemental screening (such as MRI) is right for you. `);
  b.t("Please call us at "); ph(n); b.t(" to schedule");
  if (c.chance(0.5)) { b.t(" or book online at "); v(n, `https://${c.pick(["schedule", "myimaging", "book"])}.${c.pick(["bramblewoodhealth", "heronbayimaging", "clearbrookmed"])}.org/${c.pick(["mammo", "r"])}/${c.letters(8, "abcdefghjkmnpqrstuvwxyz23456789")}`, "URL"); }
  b.t(".");
  b.noise = sav; b.nl(2);
  b.t(`BI-RADS ${birads}. A copy of this report was sent to `); staff(n, other(n), [", MD", ", DO", ", NP", ", CNM"]); b.t(".").nl(2);
  b.t("Sincerely,").nl(); staff(n, other(n), [", MD", ", MD, FSBI"]); b.nl().t("Breast Imaging — MQSA facility ID ").t(c.digits(6)).nl();
}

function esaLetter(n: Note): void {
  const { b, c } = n;
  const pet = c.pick(PETS);
  const kind = c.pick(["dog", "cat", "dog", "rabbit"]);
  letterhead(n, c.clinic());
  df(n, c.recent(), c.pick(["long", "mdy", "wk"] as const)); b.nl(2);
  b.t("RE: Reasonable accommodation request — emotional support animal").nl();
  b.t("Tenant: "); nm(n, n.pt, c.pick(["fl", "fml"] as const)); b.t("   DOB "); df(n, n.dob, "mdy"); b.nl();
  b.t("Rental unit: "); address(n, n.addr); b.nl();
  const ll = other(n);
  b.t("To: "); nm(n, ll, "fl"); b.t(c.pick([", Property Manager", ", Landlord", " (leasing office)"])).nl(2);
  const sav = b.noise; b.noise = wrapAt(b, 92);
  b.t(`To whom it may concern: I am a licensed mental health professional and have treated `); nm(n, n.pt, c.pick(["fl", "l"] as const));
  b.t(" since "); dt(n, c.date(2022, 2026), true);
  const desc = kind === "dog" ? c.pick(["6-year-old beagle mix", "10 lb terrier", "senior lab"]) : kind === "cat" ? c.pick(["spayed female tabby", "gray shorthair"]) : "lop-eared rabbit";
  b.t(`. The patient has a disability as defined under the Fair Housing Act. The ${kind}, "${pet}", a ${desc}, `);
  b.t(`alleviates symptoms of ${c.pick(["PTSD", "major depressive disorder", "panic disorder", "generalized anxiety"])}. ${pet} is not a service animal and needs no task training. `);
  if (c.chance(0.5)) b.t(`Please note the other pet in the household, ${c.pick(PETS)}, is not covered by this letter. `);
  b.t("Questions may be directed to my office at "); ph(n); b.t(" or "); const clin = other(n);
  v(n, `${clin.first[0]!.toLowerCase()}${clin.last.toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["sweetgrasscounseling", "harrowvalleybh", "lanternhilltherapy"])}.com`, "EMAIL"); b.t(".");
  b.noise = sav; b.nl(2);
  b.t("Respectfully,").nl(); nm(n, clin, "fl"); b.t(c.pick([", LCSW", ", LPC", ", PsyD", ", LMFT"])).nl();
  b.t(`License ${c.pick(["#", "no. "])}`); v(n, c.stateLicense(), "LICENSE"); b.t(` (${n.addr.state})  — verify at `); v(n, `https://${c.pick(["license", "verify"])}.${n.addr.state.toLowerCase()}.gov/lookup?id=${c.digits(6)}`, "URL"); b.nl();
}

function custodianCert(n: Note): void {
  const { b, c } = n;
  const county = c.county();
  b.t(c.pick(["IN THE CIRCUIT COURT OF ", "COURT OF COMMON PLEAS, ", "IN THE DISTRICT COURT OF "])); v(n, county.toUpperCase(), "LOCATION"); b.t(`, ${c.pick(["STATE OF ", ""])}${n.addr.state}`).nl();
  nm(n, n.pt, "FL"); b.t(", Plaintiff,").nl().t("v.").nl();
  if (c.chance(0.5)) { v(n, c.employer().toUpperCase(), "FACILITY"); b.t(", Defendant.").nl(); }
  else { const d = other(n); nm(n, d, "FL"); b.t(`${c.pick([" and " + c.pick(["ALLSTATE", "STATE FARM", "PROGRESSIVE"]) + " INSURANCE CO.", ""])}, Defendant.`).nl(); }
  b.t("Case No. "); v(n, `${c.int(2024, 2026)}-${c.pick(["CV", "CA", "L"])}-${c.digits(5)}`, "ID"); b.nl(2);
  b.t("CERTIFICATE OF CUSTODIAN OF RECORDS").nl(2);
  const sav = b.noise; b.noise = wrapAt(b, 90);
  const cust = other(n);
  b.t("I, "); nm(n, cust, "fml"); b.t(", am the duly authorized custodian of the medical records of "); v(n, c.hospital(), "FACILITY");
  b.t(" and have authority to certify them. The attached records of "); nm(n, n.pt, c.pick(["fl", "lf"] as const)); b.t(" (DOB "); df(n, n.dob, "mdy");
  b.t(", MRN "); v(n, n.mrn, "MRN"); b.t(") for dates of service "); df(n, c.recent(), "mdy"); b.t(" through "); df(n, c.recent(), "mdy");
  b.t(`, consisting of ${c.int(12, 640)} pages (Bates MR-000001 to MR-000${c.int(100, 640)}), are true copies made in the regular course of business at or near the time of the acts recorded. `);
  b.t(`Received by subpoena served ${c.pick(["by certified mail", "in person", "by fax"])} from `); const atty = other(n); nm(n, atty, "fl"); b.t(", Esq., ");
  v(n, atty.last, "NAME"); b.t(" & "); v(n, c.pick(["Gamble", "Holloway", "Sandhu", "Peña", "Okonkwo", "Baek"]), "NAME"); b.t(c.pick([" LLP", ", P.C.", " Law Group"])); b.t(", fax "); ph(n, c.phone(), "FAX"); b.t(".");
  b.noise = sav; b.nl(2);
  b.t("Signed "); df(n, c.recent(), c.pick(["long", "ord"] as const)); b.t(" at "); v(n, c.city(), "LOCATION"); b.t(`, ${n.addr.state}.`).nl(2);
  b.t("______________________  Custodian of Records").nl();
  b.t("Subscribed and sworn before me: "); nm(n, other(n), "fl"); b.t(", Notary Public, commission no. "); v(n, `${c.pick(["", "NP", "#"])}${c.digits(7)}`, "LICENSE"); b.nl();
}

function donorDeferral(n: Note): void {
  const { b, c } = n;
  letterhead(n, `${c.pick(["Sable River", "Harrow Valley", "Three Forks", "Covenant Hills"])} ${c.pick(["Blood Center", "Community Blood Bank", "Regional Blood Services"])}`);
  df(n, c.recent(), c.pick(["long", "mdy"] as const)); b.nl(2);
  addressBlock(n);
  b.t("Donor ID: "); v(n, `${c.digits(4)}-${c.digits(4)}-${c.digits(2)}`, "ID"); b.t("    Donation date: "); df(n, c.recent(), c.pick(["mdy", "long", "abbr"] as const));
  b.t(`    Drive: ${c.pick(["mobile drive at ", "fixed site — "])}`); v(n, c.chance(0.5) ? c.employer() : c.hospital(), "FACILITY"); b.nl(2);
  b.t("Dear "); nm(n, n.pt, c.pick(["f", "fl"] as const)); b.t(",").nl(2);
  const sav = b.noise; b.noise = wrapAt(b, 86);
  const test = c.pick(["antibody to hepatitis B core (anti-HBc)", "HTLV-I/II antibody", "Trypanosoma cruzi (Chagas) antibody", "syphilis (treponemal)"]);
  b.t(`Thank you for your recent donation. As with every donation, your blood was tested. Your sample was repeatedly reactive for ${test}. `);
  b.t(`This result does not necessarily mean you are infected, but FDA rules require us to ${c.pick(["defer you from future donations indefinitely", "defer you for 12 months", "remove your name from our eligible donor list"])}. `);
  b.t(`Your hemoglobin was ${c.int(125, 158) / 10} g/dL and your blood pressure ${c.int(104, 150)}/${c.int(60, 92)}. We recommend you share this letter with your doctor`);
  if (c.chance(0.6)) { b.t(", "); staff(n, other(n), [", MD", ", DO", ", NP"]); b.t(", listed on your donor profile"); }
  b.t(". Our donor counseling nurse can be reached at "); v(n, c.tollFree(), "PHONE"); b.t(` (Mon–Fri 8–4). ${c.pick(["Chagas disease", "Lyme disease", "West Nile virus"])} screening is routine and does not imply exposure.`);
  b.noise = sav; b.nl(2);
  b.t("Sincerely,").nl(); staff(n, other(n), [", MD, Medical Director", ", DO, Medical Director"]); b.nl();
  b.t(`Ref: ${c.pick(["LTR-DEF", "DNR-NOTIFY"])}-`); v(n, c.digits(7), "ID"); b.nl();
}

function groupChat(n: Note): void {
  const { b, c } = n;
  const kin: Person[] = [other(n), other(n), ...(c.chance(0.5) ? [other(n)] : [])];
  const rel = c.pick(["mom", "dad", "grandma", "abuela", "papa", "nana"]);
  const a = pickAge(n, 0.4);
  b.t(c.pick(["WhatsApp Chat with ", "Chat export — ", "Group: "])).t(c.pick([`${rel} care team 💕`, `${rel.toUpperCase()} updates`, "Family 🏥"])).nl();
  const ts = () => {
    const d = c.recent();
    b.t("["); v(n, fmtDate(d, c.pick(["mdyy", "mdy1"] as const)), "DATE"); b.t(`, ${c.int(1, 12)}:${String(c.int(0, 59)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")} ${c.pick(["AM", "PM"])}] `);
  };
  const who = () => { const p = c.pick(kin); nm(n, p, c.pick(["f", "fl", "f"] as const)); b.t(": "); };
  const lines: (() => void)[] = [
    () => { b.t(`${rel} had a rough night 😩 bp ${c.int(150, 190)}/${c.int(80, 104)} this am`); },
    () => { b.t("dr "); v(n, other(n).last.toLowerCase(), "NAME"); b.t(` called back, wants to up the ${c.pick(["lasix", "eliquis", "sinemet", "metformin"])} 🙏`); },
    () => { b.t("appt is thurs the "); df(n, c.recent(), "nth"); b.t(` at ${c.int(1, 4)}:${c.pick(["00", "15", "30"])} can someone take her?? i have work`); },
    () => { b.t(`her medicare # is `); v(n, c.mbi().replace(/^(.{4})(.{3})(.{4})$/, "$1-$2-$3"), "HEALTH_PLAN"); b.t(" for the forms 📝"); },
    () => { b.t("new portal link "); v(n, `https://${c.pick(["mychart", "portal", "myhealth"])}.${c.pick(["bramblewood", "heronbay", "ellery"])}health.org/${c.pick(["signup", "activate"])}?code=${c.letters(5)}-${c.letters(5)}`, "URL"); },
    () => { b.t(`lol she told the nurse she's ${c.pick(["29", "forty", "\"old enough\""])} 😂`); },
    () => { if (a >= 90) { b.t("she turns "); age(n, a + 1); b.t(" on sunday 🎂🎉 cake at my place?"); } else b.t("cake at my place sunday? 🎂"); },
    () => { b.t("hospital bed delivery goes to "); v(n, n.addr.line1.toLowerCase(), "ADDRESS"); b.t(c.pick([" not the old house!!", " between 9-1", ""])); },
    () => { b.t("pharmacy is "); v(n, `${c.pick(["Bexley", "Sugar Notch", "Vireo", "Oxbow"])} ${c.pick(["Drug", "Apothecary", "Family Pharmacy"])}`, "FACILITY"); b.t(" now, their # "); ph(n); },
    () => { b.t(`👍`); },
    () => { b.t("@"); v(n, c.pick(kin).first, "NAME"); b.t(` can u pick up her ${c.pick(["hearing aids", "glasses", "walker"])} from the ${c.pick(["clinic", "repair place", "er"])}`); },
    () => { b.t(`pulse ox ${c.int(86, 97)}% on ${c.int(2, 4)}L, sugar ${c.int(90, 320)} 🤞`); },
    () => { b.t("hospice nurse "); nm(n, other(n), "f"); b.t(" comes tues and fri"); },
    () => { v(n, n.pt.nick ?? n.pt.first, "NAME"); b.t(` keeps asking when ur coming 🥺 ${c.pick(["she", "he"])} remembered ur name today!!`); },
  ];
  const k = c.int(5, 8);
  const order = c.shuffle([...lines.keys()]).slice(0, k);
  for (const i of order) { ts(); who(); lines[i]!(); b.nl(); }
}

function answeringLog(n: Note): void {
  const { b, c } = n;
  n.multi = true;
  const clinic = c.clinic();
  b.t(`${c.pick(["AFTER-HOURS MESSAGES", "Answering Service Report", "Overnight message log"])} — `); v(n, clinic, "FACILITY"); b.nl();
  b.t("Period: "); const d0 = c.recent(); df(n, d0, "mdy"); b.t(" 17:00 through "); df(n, c.recent(), "mdy"); b.t(" 08:00   On call: ");
  const oncall = other(n); b.t("Dr. "); nm(n, oncall, "l"); b.nl();
  const count = c.int(2, 4);
  for (let i = 1; i <= count; i++) {
    b.t(`MSG ${i} of ${count} | ${c.time()} | Operator ${c.int(100, 399)}`).nl();
    const pt = c.person();
    const caller = c.chance(0.5) ? null : c.person();
    b.t("Caller: "); if (caller) { nm(n, caller, c.pick(["fl", "lf"] as const)); b.t(` (${c.pick(["mother", "wife", "son", "daughter", "group home staff"])})`); } else b.t("patient (self)");
    b.t("  CB#: "); ph(n); b.nl();
    b.t("Patient: "); nm(n, pt, c.pick(["fl", "LF", "lf"] as const)); b.t("  DOB: "); df(n, c.dob(), c.pick(["mdy", "mdy1", "mdyy"] as const)); b.nl();
    b.t("Msg: ").t(c.pick([
      `states ${c.pick(["fever 103.1 since noon", "vomiting x4, can't keep fluids", "ran out of insulin", "BP 188/104 with headache", "fell, hit head, on Eliquis"])}. `,
      `asking for refill of ${c.drug()}. `,
    ]));
    if (c.chance(0.5)) { b.t("Pharmacy: "); b.t(`${c.chain()} #${c.int(1000, 19999)} on `); v(n, c.road(), "ADDRESS"); b.t(". "); }
    if (c.chance(0.4)) { b.t("Pt says PCP is "); nm(n, other(n), c.pick(["l", "fl"] as const)); b.t(". "); }
    b.nl();
    b.t(`Disposition: ${c.pick(["paged on-call", "advised ER", "sent to 911", "held for office"])} at ${c.time()}; returned by Dr. `); nm(n, oncall, "l"); b.t(` at ${c.time()}`).nl();
    if (c.chance(0.3)) { b.t("Office note: "); nm(n, other(n), "f"); b.t(" RN called pt back "); dt(n, c.recent(), true); b.t(c.pick([", better", ", appt made", ", LVM"])).nl(); }
  }
  b.t(`-- ${count} messages --`).nl();
}

export const STYLES_C: Record<string, Style> = {
  "mammo-lay-letter": mammoLetter,
  "esa-letter": esaLetter,
  "custodian-cert": custodianCert,
  "donor-deferral-letter": donorDeferral,
  "caregiver-group-chat": groupChat,
  "answering-service-log": answeringLog,
};
