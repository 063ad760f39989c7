/** Note styles: phone messages, referral letters, and assorted notes (billing, devices, social work, portal). */
import { type Piece, phi, t } from "./builder";
import { type NoteContext } from "./context";
import { HPI, PHONE_REASONS, PLAN } from "./filler";
import { deaNumber, mbi, vin } from "./identities";

export function phoneMessage(c: NoteContext): Piece {
  const r = c.rng;
  const rel = r.pick(c.relatives);
  const staff = c.clinicians[c.clinicians.length - 1]!;
  const doc = c.clinicians[0]!;
  const caller = r.chance(0.5);
  const form = r.int(0, 3);
  if (form === 0) {
    return t`PHONE MESSAGE ${c.date(c.visit)} ${r.int(8, 11)}:${r.int(10, 59)} AM
To: ${c.clin(doc, "dr-last")}
From: ${caller ? t`${c.name(rel.p, "full")} (${rel.rel})` : t`${c.name(c.pt, "full")} (self)`}
Re: ${c.name(c.pt, r.pick(["lastfirst", "full"]))}  DOB ${c.dobPiece()}
Callback: ${c.phonePiece(caller ? rel.phone : c.phone)}
Message: ${r.pick(PHONE_REASONS)}. ${r.chance(0.4) ? "Pt will call back if worse." : "Please advise."}
Taken by: ${c.name(staff.p, r.pick(["first", "full", "sig"]))}
`;
  }
  if (form === 1) {
    return t`${c.date(c.visit, false)} - ${caller ? t`${c.name(rel.p, "first")}, pt's ${rel.rel},` : "Pt"} called ${r.pick(PHONE_REASONS)}. ${r.chance(0.5) ? t`Best # ${c.phonePiece(caller ? rel.phone : c.phone)}.` : ""} Routed to ${c.clin(doc, "dr-last")}.
${c.date(c.visit, false)} - Per ${c.clin(doc, "dr-last")}: ${r.pick(PLAN)} ${caller ? t`LM for ${c.name(rel.p, "first")}` : "LMOM for pt"} to call back. ${c.name(staff.p, "sig")}
`;
  }
  if (form === 2) {
    return t`pt called re ${r.pick(PHONE_REASONS)}. spoke with ${rel.rel} ${c.name(rel.p, "first")} who states pt ${r.pick(["is feeling better", "still has fever 101", "has not picked up meds yet"])}. pharmacy ${phi("FACILITY", c.facility2)} ph ${c.phonePiece({ area: String(r.int(201, 989)), ex: String(r.int(200, 999)), line: r.digits(4) })}. will route to ${c.clin(doc, "dr-last")}.`;
  }
  return t`Telephone Encounter
Caller: ${c.name(rel.p, "full")}, ${rel.rel}  Phone: ${c.phonePiece(rel.phone)}
Patient: ${c.name(c.pt, "full")}  MRN: ${phi("MRN", c.mrn)}
Reason for call: ${r.pick(PHONE_REASONS)}.
Advice given per protocol. Caller verbalized understanding. ${r.chance(0.5) ? t`Appt made for ${c.dateNear(1, 14, false)}.` : ""}
${c.name(staff.p, "full")}, ${staff.cred}
`;
}

export function referral(c: NoteContext): Piece {
  const r = c.rng;
  const [from, to] = [c.clinicians[0]!, c.clinicians[1]!];
  const fax = { area: String(r.int(201, 989)), ex: String(r.int(200, 999)), line: r.digits(4) };
  const tel = { area: fax.area, ex: fax.ex, line: r.digits(4) };
  const he = c.pt.sex === "F" ? "She" : "He";
  return t`${phi("FACILITY", c.facility)}
${phi("ADDRESS", `${r.int(100, 9999)} ${r.pick(["Medical Pkwy", "Hospital Dr", "Health Center Blvd", "Main Street", "Professional Plaza, Suite 200"])}`)}
${phi("LOCATION", c.addr.city)}, ${c.addr.state} ${phi("ZIP", c.addr.zip)}
Tel ${c.phonePiece(tel)}  Fax ${c.phonePiece(fax, "FAX")}

${c.date(c.visit)}

Dear ${r.pick([t`Dr. ${phi("NAME", to.p.last)}`, t`Dr. ${phi("NAME", `${to.p.first} ${to.p.last}`)}`, t`Colleague`])},

${r.pick(["Thank you for seeing", "I am referring", "I would appreciate your evaluation of"])} my patient, ${c.name(c.pt, r.pick(["full", "middle", "mi"]))} (DOB ${c.dobPiece()}), for ${r.pick(["evaluation of exertional chest pain", "management of poorly controlled diabetes", "a new thyroid nodule", "chronic kidney disease, stage 3b", "persistent right knee pain", "an abnormal colonoscopy"])}. ${he} is a ${c.agePiece()} year old with ${r.pick(["hypertension and hyperlipidemia", "COPD", "type 2 diabetes", "a history of breast cancer"])}. ${r.pick(HPI)} ${r.pick(HPI)}

Current medications include lisinopril 20 mg daily and atorvastatin 40 mg nightly. ${r.chance(0.5) ? t`${he} can be reached at ${c.phonePiece()}${r.chance(0.5) ? t` or by e-mail at ${phi("EMAIL", c.email)}` : ""}.` : t`${he} lives at ${c.addressPiece()}.`}${r.chance(0.4) ? t` Insurance: ${r.pick(["Aetna", "BCBS", "Medicare", "UnitedHealthcare", "Cigna"])}, Member ID ${phi("HEALTH_PLAN", `${r.letters(3)}${r.digits(9)}`)}.` : ""}

Please do not hesitate to contact me with any questions.

${r.pick(["Sincerely", "Best regards", "Regards", "Thank you"])},

${c.name(from.p, r.pick(["full", "mi"]))}, ${from.cred}
${r.chance(0.3) ? t`NPI ${phi("LICENSE", `1${r.digits(9)}`)}\n` : ""}${r.chance(0.2) ? t`cc: ${c.clin(c.clinicians[2] ?? to, "dr-full")}\n` : ""}`;
}

export function misc(c: NoteContext): Piece {
  const r = c.rng;
  const rel = r.pick(c.relatives);
  const doc = c.clinicians[0]!;
  const kind = r.int(0, 5);
  if (kind === 0) {
    return t`BILLING / REGISTRATION NOTE
Guarantor: ${c.name(r.chance(0.5) ? rel.p : c.pt, "lastfirst")}  SSN: ${phi("SSN", r.chance(0.7) ? `${r.digits(3)}-${r.digits(2)}-${r.digits(4)}` : `XXX-XX-${r.digits(4)}`)}
Primary ins: Medicare, MBI ${phi("HEALTH_PLAN", mbi(r))}
Secondary: ${r.pick(["Aetna", "Humana", "BCBS of IL", "Tricare"])} Policy # ${phi("HEALTH_PLAN", `${r.letters(2)}${r.digits(7)}`)}, Group # ${phi("HEALTH_PLAN", r.digits(6))}
Acct #: ${phi("ACCOUNT", r.digits(9))}   Claim # ${phi("ACCOUNT", `CLM${r.digits(8)}`)}
Address verified: ${c.addressPiece()}. Home ${c.phonePiece()}, e-mail ${phi("EMAIL", c.email)}.
Copay $${r.int(10, 60)}.00 collected. CPT 99213, ICD-10 Z00.00.
`;
  }
  if (kind === 1) {
    return t`Device clinic: ${r.pick(["Dual chamber pacemaker", "ICD", "Insulin pump", "CGM"])} interrogation.
Pt ${c.name(c.pt, "full")}, ${c.agePiece()} yo. Device ${r.pick(["Medtronic Azure XT DR", "Boston Scientific Accolade", "Tandem t:slim X2", "Dexcom G7"])}, serial # ${phi("DEVICE", `${r.letters(3)}${r.digits(6)}${r.chance(0.5) ? "R" : ""}`)}, UDI ${phi("DEVICE", `(01)0${r.digits(13)}(21)${r.digits(6)}`)}.
Battery 8.5 yrs. Lead impedance 520 ohms. AP 12%, VP <1%. No VT/VF episodes.
Remote monitoring via ${phi("URL", `https://${r.pick(["carelink", "latitude", "clarity"])}.${r.pick(["example.com", "devices.example.org"])}/pt/${r.digits(6)}`)}; home monitor IP ${phi("IP", `${r.int(10, 192)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`)}.
Next remote check ${c.dateNear(60, 100, r.chance(0.5))}. ${c.clin(doc, "dr-last")} to review.
`;
  }
  if (kind === 2) {
    return t`Social work note ${c.date(c.visit)}
Met with pt and ${rel.rel} ${c.name(rel.p, r.pick(["full", "first"]))} regarding discharge needs. Pt lives alone at ${c.addressPiece()}${r.chance(0.5) ? t` in ${phi("LOCATION", `${c.addr.city.split(" ")[0]} County`)}` : ""}. ${rel.rel.charAt(0).toUpperCase() + rel.rel.slice(1)} lives in ${phi("LOCATION", c.addr.city === "Springfield" ? "Dayton" : "Springfield")}, about 40 min away, and can be reached at ${c.phonePiece(rel.phone)}.
Pt no longer drives; car (${r.pick(["2014 Honda Civic", "2009 Ford F-150", "2017 Toyota Camry"])}, VIN ${phi("VEHICLE", vin(r))}, plate ${phi("VEHICLE", `${r.int(1, 9)}${r.letters(3)}${r.digits(3)}`)}) to be sold per family.
Medicaid ID ${phi("HEALTH_PLAN", `${r.digits(8)}${r.letters(1)}`)} application in progress. Referral to ${phi("FACILITY", c.facility2)} for adult day program.
${c.name(c.clinicians[1]!.p, "full")}, LCSW
`;
  }
  if (kind === 3) {
    return t`Patient portal message (${c.date(c.visit)}):
"Hi ${c.clin(doc, "dr-last")}, this is ${c.name(c.pt, "first")}. ${r.pick(["My sugars have been high", "I think the new pill is making me dizzy", "Can I get my flu shot at the pharmacy", "I need a refill on my inhaler"])}. You can text me at ${c.phonePiece()} or email ${phi("EMAIL", c.email)}. Thanks, ${c.name(c.pt, "first")}"
Reply sent by ${c.name(c.clinicians[1]!.p, "full")}, ${c.clinicians[1]!.cred}: ${r.pick(PLAN)}
`;
  }
  if (kind === 4) {
    return t`MVA follow-up. Pt was the restrained driver in a collision on ${c.dateNear(-10, -2, r.chance(0.5))} on ${phi("ADDRESS", `${r.pick(["Route 9", "I-94", "Highway 61", "County Road 12"])} near ${r.pick(["Exit 14", "mile marker 220"])}`)}. Police report # ${phi("ID", `${r.digits(2)}-${r.digits(6)}`)}. Other vehicle plate ${phi("VEHICLE", `${r.letters(3)}-${r.digits(4)}`)}.
Claim # ${phi("ACCOUNT", `${r.digits(4)}-${r.digits(6)}`)} with ${r.pick(["State Farm", "GEICO", "Progressive", "Allstate"])}; adjuster ${c.name(c.clinicians[2]?.p ?? rel.p, "full")} ${c.phonePiece(rel.phone)}.
${r.pick(HPI)} ${r.pick(PLAN)}
DL # ${phi("LICENSE", `${c.pt.last[0]!.toUpperCase()}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`)} copied for chart. ${c.clin(doc)}
`;
  }
  return t`Rx: ${r.pick(["oxycodone 5 mg #20", "alprazolam 0.25 mg #30", "tramadol 50 mg #40"])} for ${c.name(c.pt, "full")} DOB ${c.dobPiece()}
Address: ${c.addressPiece()}
Prescriber: ${c.name(doc.p, "full")}, ${doc.cred}  DEA ${phi("LICENSE", deaNumber(r, doc.p.last))}  Lic # ${phi("LICENSE", `${r.pick(["MD", "DO", "A"])}${r.digits(6)}`)}
PDMP reviewed ${c.date(c.visit)}, report # ${phi("ID", `${r.letters(1)}${r.digits(9)}`)}. Last fill ${c.dateNear(-40, -20, false)} at ${phi("FACILITY", c.facility2)}.
`;
}

export function quick(c: NoteContext): Piece {
  const r = c.rng;
  const rel = r.pick(c.relatives);
  const doc = c.clinicians[0]!;
  return t`${c.date(c.visit, false)} f/u ${r.pick(["htn", "dm2", "copd", "uti", "back pain"])}. ${r.pick(["doing ok", "feels better", "still coughing", "bp ok at home"])}. ${rel.rel} ${c.name(rel.p, "first")} here too. ${r.pick(["bp 128/76", "bp 150/90, pain 4/10", "a1c 7.4", "1/2 tab at night helps"])}. ${r.pick(["cont meds", "inc lisinopril to 20", "rtc 3 mo", "labs next visit"])}. will see ${c.clin(doc, "dr-last")} ${c.dateNear(7, 60, false)}.`;
}
