/**
 * An EMS patient care report in NEMSIS v3 XML, whose elements are numbered, not named ("<ePatient.03>Deepa
 * </ePatient.03>", "<eScene.17>Pike's Crossing</eScene.17>"): the data dictionary's numbers say which hold a person's
 * name, address, city, ZIP, SSN, birth date, phone, e-mail, licence, age, a crew member's id, the destination. Its
 * coded values (seven digits, "<eCrew.02>9925007</eCrew.02>", "PhoneNumberType="9913001"") are the standard's codes,
 * not identifiers: they go to `syntax`, which no identifier rule may take.
 */
import { type Candidate, type PhiType } from "../types";

const P = 58;

/** Element -> the type of identifier it holds (NEMSIS v3.4/3.5 data dictionary). */
const ELEMENTS: Readonly<Record<string, PhiType>> = {
  "eRecord.01": "ID", // patient care report number
  "eResponse.03": "ID", // incident number
  "eResponse.04": "ID", // response number
  "ePatient.02": "NAME", // last name
  "ePatient.03": "NAME", // first name
  "ePatient.04": "NAME", // middle initial or name
  "ePatient.05": "ADDRESS", // home address
  "ePatient.06": "LOCATION", // home city
  "ePatient.09": "ZIP", // home ZIP
  "ePatient.12": "SSN",
  "ePatient.17": "DATE", // date of birth
  "ePatient.18": "PHONE",
  "ePatient.19": "EMAIL",
  "ePatient.21": "LICENSE", // driver's licence number
  "eScene.15": "ADDRESS", // incident street address
  "eScene.16": "ADDRESS", // incident apartment, suite or room
  "eScene.17": "LOCATION", // incident city
  "eScene.19": "ZIP", // incident ZIP
  "eCrew.01": "LICENSE", // crew member id (a state EMS licence)
  "eDisposition.01": "FACILITY", // destination name
  "eDisposition.03": "ADDRESS", // destination street address
  "eDisposition.04": "LOCATION", // destination city
  "eDisposition.07": "ZIP", // destination ZIP
};

/** A leaf element with its number: name, number, attributes, value. */
const LEAF = /<(e[A-Z][A-Za-z]+)\.(\d{2})((?:\s[^<>]*)?)>([^<>]*)<\/\1\.\2>/g;
/**
 * The sections whose unlisted elements hold code-list values; elsewhere (ePayment, eDevice, a vendor's custom
 * section) a seven-digit value may be a policy or a serial number, and stays for the identifier rules.
 */
const CODED_SECTIONS = new Set(["ePatient", "eCrew", "eDisposition", "eResponse", "eSituation", "eVitals", "eProcedures", "eMedications", "eHistory", "eExam", "eProtocols", "eArrest", "eInjury", "eAirway", "eScene", "eDispatch", "eRecord", "eTimes"]);
/** A NEMSIS code list value: seven digits ("9906003" female, "2516009" years). */
const CODE = /^\d{7}$/;
/** A coded attribute's value ("PhoneNumberType="9913001""). */
const CODED_ATTR = /\s[A-Za-z]+="(\d{7})"/g;
/** The age's units that are years ("2516009"): an age of 90 or more in years is an identifier. */
const AGE_GROUP = /<ePatient\.15>(\d{2,3})<\/ePatient\.15>\s*<ePatient\.16>2516009<\/ePatient\.16>/g;

/** Whether the text holds a NEMSIS report (its numbered elements). */
export function isNemsis(text: string): boolean {
  return text.includes("<ePatient.") || text.includes("<eCrew.") || text.includes("<eScene.") || text.includes("<eRecord.");
}

export function detectNemsis(text: string, out: Candidate[], syntax: number[]): void {
  if (!isNemsis(text)) return;
  LEAF.lastIndex = 0;
  for (let m = LEAF.exec(text); m !== null; m = LEAF.exec(text)) {
    const key = `${m[1]}.${m[2]}`;
    const raw = m[4]!;
    const valueStart = m.index + m[1]!.length + m[2]!.length + m[3]!.length + 3;
    CODED_ATTR.lastIndex = 0;
    for (let a = CODED_ATTR.exec(m[3]!); a !== null; a = CODED_ATTR.exec(m[3]!)) {
      const s = m.index + m[1]!.length + m[2]!.length + 2 + a.index + a[0].length - 1 - a[1]!.length;
      syntax.push(s, s + a[1]!.length);
    }
    const type = ELEMENTS[key];
    const value = raw.trim();
    if (value.length === 0) continue;
    const s = valueStart + raw.indexOf(value);
    if (type === undefined) {
      if (CODE.test(value) && CODED_SECTIONS.has(m[1]!)) syntax.push(s, s + value.length);
      continue;
    }
    out.push({ start: s, end: s + value.length, type, priority: P });
  }
  AGE_GROUP.lastIndex = 0;
  for (let m = AGE_GROUP.exec(text); m !== null; m = AGE_GROUP.exec(text)) {
    if (Number(m[1]) < 90) continue;
    const s = m.index + "<ePatient.15>".length;
    out.push({ start: s, end: s + m[1]!.length, type: "AGE", priority: 64 });
  }
}
