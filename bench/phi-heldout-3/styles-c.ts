/** Styles 17-23: referral tracker rows, HL7-ish export, JSON EHR snippet, handwritten transcription, Portuguese/Vietnamese/Haitian Creole mixed notes. */
import { MON, type D } from "./kit";
import { address, nm, other, staff, type Note, type Style } from "./note";

const p2 = (x: number) => String(x).padStart(2, "0");

export const referralTracker: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("referral_id,patient_name,dob,phone,referred_to,specialty,status,sent,last_contact,notes").nl();
  for (let i = 0; i < c.int(3, 7); i++) {
    const p = c.person();
    b.v(`R${c.digits(6)}`, "ID").t(',"');
    nm(n, p, c.pick(["lf", "LF"] as const));
    b.t('",').v(c.full(c.dob(), c.pick([1, 2])), "DATE").t(",").v(c.phone(), "PHONE").t(',"');
    b.v(c.facility(), "FACILITY").t(`",${c.pick(["Cardiology", "GI", "Ortho", "Derm", "Neuro", "Behavioral Health"])},${c.pick(["Scheduled", "Pending auth", "Pt declined", "Closed - no show", "Sent"])},`);
    b.v(c.full(c.date(2026, 2026), 2), "DATE").t(",").v(c.full(c.date(2026, 2026), 2), "DATE").t(',"');
    b.t(c.pick(["auth ", "LVM x2; ", "appt ", "", "spoke w/ "]));
    const r = c.int(0, 3);
    if (r === 0) b.v(`PA${c.digits(8)}`, "ID");
    else if (r === 1) b.v(c.short(c.date(2026, 2026)), "DATE");
    else if (r === 2) nm(n, other(n), "f");
    else b.t(c.pick(["needs CT first", "Medicaid - in network", "per Dr. request"]));
    b.t('"').nl();
  }
};

export const hl7Export: Style = (n) => {
  const { b, c } = n;
  const ts = c.date(2026, 2026);
  b.t(`MSH|^~\\&|EPIC|`).v(c.facility().toUpperCase(), "FACILITY").t("|LAB|RL|").v(c.compact(ts), "DATE").t(`${p2(c.int(0, 23))}${p2(c.int(0, 59))}||ADT^A04|`).v(`MSG${c.digits(8)}`, "ID").t("|P|2.5.1").nl();
  b.t("PID|1||").v(n.mrn, "MRN").t("^^^MRN^MR||").v(n.pt.last.toUpperCase(), "NAME").t("^").v(n.pt.first.toUpperCase(), "NAME").t("^");
  if (n.pt.middle) b.v(n.pt.middle.toUpperCase(), "NAME");
  b.t("||").v(c.compact(n.dob), "DATE").t(`|${c.pick(["M", "F"])}||2106-3|`).v(n.addr.line1, "ADDRESS").t("^");
  if (n.addr.unit) b.v(n.addr.unit, "ADDRESS");
  b.t("^").v(n.addr.city, "LOCATION").t("^").t(n.addr.state).t("^").v(n.addr.zip, "ZIP").t("^USA||^PRN^PH^^^").v(n.phone.replace(/\D/g, "").slice(0, 3), "PHONE").t("^").v(n.phone.replace(/\D/g, "").slice(3, 10), "PHONE").t("|||||").v(`${c.digits(9)}`, "ACCOUNT").t("|").v(`${c.int(100, 665)}${c.digits(6)}`, "SSN").nl();
  const nk = other(n);
  b.t("NK1|1|").v(nk.last.toUpperCase(), "NAME").t("^").v(nk.first.toUpperCase(), "NAME").t(`|${c.pick(["SPO^Spouse", "MTH^Mother", "CHD^Child"])}|||`).v(c.phone().replace(/\D/g, ""), "PHONE").nl();
  const doc = other(n);
  b.t("PV1|1|O|").t(`${c.pick(["FM", "CARD", "ONC"])}^${c.int(100, 420)}^${c.int(1, 3)}`).t("||||").v(c.npi(), "LICENSE").t("^").v(doc.last.toUpperCase(), "NAME").t("^").v(doc.first.toUpperCase(), "NAME").t("^^^^MD|||||||||||").v(c.digits(10), "ACCOUNT").nl();
  b.t("IN1|1|").t(c.pick(["BCBS001", "MCD", "MCR"])).t(`|${c.digits(5)}|${c.pick(["BLUE CROSS", "MEDICAID", "MEDICARE"])}|||||`).v(`GRP${c.digits(5)}`, "HEALTH_PLAN").t("||||||||||||||||||||||||||||||||").v(c.memberId(), "HEALTH_PLAN").nl();
  b.t(`OBX|1|NM|${c.pick(["2345-7^Glucose", "718-7^Hemoglobin", "4548-4^Hemoglobin A1c"])}^LN||${c.int(5, 300)}|mg/dL|70-99|H|||F|||`).v(c.compact(ts), "DATE").nl();
};

export const jsonEhr: Style = (n) => {
  const { b, c } = n;
  const enc = c.date(2026, 2026);
  b.t("{").nl().t('  "resourceType": "Patient",').nl().t('  "id": "').v(c.us.string.uuid(), "ID").t('",').nl();
  b.t('  "identifier": [{ "system": "urn:oid:2.16.840.1.113883.19.5", "value": "').v(n.mrn, "MRN").t('" }').t("],").nl();
  b.t('  "name": [{ "family": "').v(n.pt.last, "NAME").t('", "given": ["').v(n.pt.first, "NAME").t('"');
  if (n.pt.middle) b.t(', "').v(n.pt.middle, "NAME").t('"');
  b.t("] }");
  if (n.pt.nick) b.t(', { "use": "nickname", "given": ["').v(n.pt.nick, "NAME").t('"] }');
  b.t("],").nl();
  b.t('  "telecom": [{ "system": "phone", "value": "').v(n.phone, "PHONE").t('" }, { "system": "email", "value": "').v(n.email, "EMAIL").t('" }],').nl();
  b.t('  "birthDate": "').v(`${n.dob.y}-${p2(n.dob.m)}-${p2(n.dob.d)}`, "DATE").t('",').nl();
  b.t('  "address": [{ "line": ["').v(n.addr.line1, "ADDRESS").t('"], "city": "').v(n.addr.city, "LOCATION").t(`", "state": "${n.addr.state}", "postalCode": "`).v(n.addr.zip, "ZIP").t('" }],').nl();
  b.t('  "generalPractitioner": [{ "display": "').t("Dr. ");
  nm(n, other(n), "fl");
  b.t('" }],').nl();
  b.t('  "managingOrganization": { "display": "').v(c.facility(), "FACILITY").t('" },').nl();
  b.t('  "extension": [{ "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "valueCode": "2054-5" }],').nl();
  b.t('  "meta": { "lastUpdated": "').v(`${enc.y}-${p2(enc.m)}-${p2(enc.d)}`, "DATE").t(`T${p2(c.int(0, 23))}:${p2(c.int(0, 59))}:00Z", "source": "`).v(c.ip(), "IP").t('" },').nl();
  b.t(`  "note": "${c.clin()}; ${c.code()}"`).nl().t("}").nl();
};

/** One letter swapped or dropped: a plausible hand-writing/transcription misspelling. */
function misspell(n: Note, s: string): string {
  if (s.length < 4) return s + s[s.length - 1];
  const i = n.c.int(1, s.length - 2);
  return n.c.chance(0.5) ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i) + s.slice(i + 1);
}

export const handwritten: Style = (n) => {
  const { b, c } = n;
  const dtr = other(n);
  b.t("[transcribed from handwritten nursing note - illegible areas marked (?)]").nl();
  b.v(c.short(c.date(2026, 2026)), "DATE").t(` ${c.time()}  pt `);
  b.v(misspell(n, n.pt.last), "NAME").t(" (?) ");
  b.t("- correction: pt is ");
  nm(n, n.pt, "fl");
  b.t(`, rm ${c.int(100, 450)}. c/o SOB overnite, hx CHF, COPD. ${c.vitals()}.`).nl();
  b.t("pt's dtr ");
  b.v(misspell(n, dtr.first), "NAME");
  b.t(" called, pls call back @ ").v(c.phone(), "PHONE").t(" - sorry, dtr's name is ");
  nm(n, dtr, "f");
  b.t(`, she is HCP. says pt was at `).v(c.facility(), "FACILITY").t(" til ").v(c.short(c.date(2026, 2026)), "DATE").t(".").nl();
  b.t(`gave ${c.pick(["lasix 40 IV", "Lasix 40mg po", "duoneb x1", "Norco 5/325 x1"])}, I/O ${c.int(200, 900)}/${c.int(300, 1600)}. wt dn ${c.int(1, 3)} lb. ${c.pick(["no JVD", "+2 pitting edema BLE", "crackles bases"])}.`).nl();
  b.t("notified ");
  b.t("dr. ");
  nm(n, other(n), "l");
  b.t(` @ ${c.time()}, new order rec'd. ${c.clin()}.`).nl();
  b.t("- ");
  nm(n, other(n), "il");
  b.t(" RN").nl();
};

function ptDate(d: D, c: Note["c"]): string {
  const meses = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
  return c.pick([`${d.d} de ${meses[d.m - 1]} de ${d.y}`, `${p2(d.d)}/${p2(d.m)}/${d.y}`, `${d.d} de ${meses[d.m - 1]}`]);
}

export const portugueseMix: Style = (n) => {
  const { b, c } = n;
  b.t(`Visit w/ Portuguese interpreter (${c.pick(["Language Line", "CyraCom"])} ID `).v(c.digits(6), "ID").t("). ");
  b.t("Pt ");
  nm(n, n.pt, "fl");
  b.t(", nascido em ").v(ptDate(n.dob, c), "DATE").t(", from Minas Gerais, Brazil; lives in ").v(c.city(), "LOCATION").t(" since 2019.").nl();
  b.t(`Pt states: "${c.pick(["Estou com dor no peito faz três dias", "minha pressão está alta", "não consigo dormir"])}." ${c.vitals()}.`).nl();
  b.t("Acompanhado pela esposa ");
  nm(n, other(n), "fl");
  b.t(", tel ").v(c.phone(), "PHONE").t(". Trabalha na ").v(c.employer(), "FACILITY").t(".").nl();
  b.t("Última consulta em ").v(ptDate(c.date(2025, 2026), c), "DATE").t(" com Dra. ");
  nm(n, other(n), "l");
  b.t(c.pick([" no posto de saúde ", " no "])).v(c.facility(), "FACILITY").t(`. Medicações: ${c.drug()}. ${c.code()}.`).nl();
  b.t("Retorno em 2 semanas. CPF/SSN não fornecido. MRN ").v(n.mrn, "MRN").nl();
};

function viDate(d: D, c: Note["c"]): string {
  return c.pick([`ngày ${d.d} tháng ${d.m} năm ${d.y}`, `${p2(d.d)}/${p2(d.m)}/${d.y}`, `${d.d} ${MON[d.m - 1]} ${d.y}`]);
}

export const vietnameseMix: Style = (n) => {
  const { b, c } = n;
  const son = other(n);
  b.t("Pt ");
  nm(n, n.pt, c.pick(["fl", "lf"] as const));
  b.t(" (sinh ").v(viDate(n.dob, c), "DATE").t(`), Vietnamese-speaking, son `);
  nm(n, son, "f");
  b.t(" interpreting (pt declined professional interpreter).").nl();
  b.t(`Chief complaint: "${c.pick(["đau bụng", "chóng mặt", "ho nhiều"])}" x ${c.int(2, 10)} days. Pt "bà" uses dầu gió (Tiger Balm) and cạo gió - coin rubbing marks on back, NOT abuse.`).nl();
  b.t(`${c.vitals()}. Hep B sAg + (on Vemlidy 25 mg). ${c.clin()}.`).nl();
  b.t("Lives with son's family at ");
  address(n, n.addr);
  b.t(". Son's phone ").v(c.phone(), "PHONE").t(", works at ").v(c.employer(), "FACILITY").t(".").nl();
  b.t("F/u with GI ");
  staff(n, other(n));
  b.t(" at ").v(c.facility(), "FACILITY").t(" on ").v(viDate(c.date(2026, 2026), c), "DATE").t(". Medicaid ").v(c.memberId(), "HEALTH_PLAN").nl();
};

export const kreyolMix: Style = (n) => {
  const { b, c } = n;
  const d = c.date(2026, 2026);
  const mwa = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"];
  b.t("Nursing note (Kreyòl interpreter by phone). ");
  nm(n, n.pt, c.pick(["fl", "LF"] as const));
  b.t(", DOB ").v(c.full(n.dob, 1), "DATE").t(", arrived from Port-au-Prince ").v(c.monthYear(c.date(2022, 2025)), "DATE").t(".").nl();
  b.t(`Pt says "${c.pick(["M gen tansyon", "Tèt mwen fè m mal anpil", "M pa ka respire byen"])}". ${c.vitals()}. ${c.clin()}.`).nl();
  b.t("Pitit fi li ");
  nm(n, other(n), "fl");
  b.t(" (daughter) ap vin chèche l. Telefòn: ").v(c.phone(), "PHONE").t(".").nl();
  b.t("Randevou pwochen: ").v(`${d.d} ${mwa[d.m - 1]} ${d.y}`, "DATE").t(" ak ");
  staff(n, other(n));
  b.t(" nan ").v(c.facility(), "FACILITY").t(". TPS case # ").v(`${c.rng.letters(3)}${c.digits(10)}`, "ID").t(`. Church: ${c.pick(["Baptist", "Adventist"])} in `).v(c.city(), "LOCATION").t(".").nl();
};

export const STYLES_C: Record<string, Style> = { "referral-tracker": referralTracker, "hl7-export": hl7Export, "json-ehr": jsonEhr, handwritten, "portuguese-mix": portugueseMix, "vietnamese-mix": vietnameseMix, "kreyol-mix": kreyolMix };
