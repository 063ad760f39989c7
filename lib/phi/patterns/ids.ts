/**
 * Numbers and codes: SSNs, MRNs, health plan, account, licence, vehicle,
 * device and biometric identifiers, and any other identifying number.
 * A label ("MRN:", "Member ID", "S/N") types the value after it; well-known
 * shapes (SSN, VIN, MBI, DEA with its check digit) are typed without one;
 * long digit runs and letter-digit codes that are not clinical codes
 * (ICD-10, CPT/HCPCS, doses, spine levels, staging) become ID.
 */
import { type Candidate, type PhiType } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { alignedHeader, columnHeader, isAlnumChar, isDigitChar, lookBack, eachRunMatch, runPattern } = tx;
type DigitRuns = tx.DigitRuns;
import { type Tokens } from "../tokens";
import { bloodUnitNumbers, credentialNumbers, idColumns, interpreterIds, socialHandles } from "./id-contexts";
import * as tk from "../tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { F_IDLABEL, T_SSN } = tk;

interface Label {
  re: string;
  type: PhiType;
  /** Generic words ("group", "case") need "#", "number", "no", "id" or ":" before the value. */
  needsMarker: boolean;
  /** Only a plate-shaped value counts, with or without a marker. */
  plateOnly: boolean;
}

const L = (re: string, type: PhiType, needsMarker = false, plateOnly = false): Label => ({ re, type, needsMarker, plateOnly });

const LABELS: Label[] = [
  L("(?:ssn|social\\s+security(?:\\s+(?:number|no|#))?)\\s*[-–]?\\s*\\(?last\\s*(?:four|4)(?:\\s+digits)?\\)?|last\\s+(?:four|4)(?:\\s+digits)?\\s+of\\s+(?:ssn|social(?:\\s+security)?)|last4|ssn|social\\s+security(?:\\s+(?:number|no|#))?|soc\\s+sec", "SSN"),
  L("chart", "MRN", true),
  L("m\\.?r\\.?n\\.?|mr\\s?#|mr\\s+no|med(?:ical)?\\s+rec(?:ord)?s?(?:\\s+(?:number|no|#))?|chart\\s+(?:number|no|#)|hospital\\s+(?:number|no|#)|unit\\s+(?:number|no)|pt\\s+id|patient\\s+(?:id|#|number|no)|emr\\s*#|ehr\\s*#", "MRN"),
  L("member\\s+(?:id|#|number|no)|subscriber\\s+(?:id|#|number|no)|insurance\\s+(?:id|#|number|no)|ins\\s+(?:id|#)|medicaid(?:\\s+(?:id|#|number|no))?|medicare(?:\\s+(?:id|#|number|no))?|medi-cal(?:\\s+(?:id|#|number))?|mbi|hicn|beneficiary\\s+(?:id|#|number)|plan\\s+(?:id|#|number)|health\\s+plan(?:\\s+(?:id|#|number|no))?|bcbs(?:\\s+(?:id|#))?|tricare(?:\\s+(?:id|#))?", "HEALTH_PLAN"),
  L("policy|group|grp|member", "HEALTH_PLAN", true),
  L("acct|account|billing|invoice|claim|routing", "ACCOUNT", true),
  // ("card ending 3481": the words are the marker, and four digits are the value)
  L("acct\\s*#|a/c|card\\s+ending(?:\\s+in)?", "ACCOUNT"),
  L("vin|licen[cs]e\\s+plate|lic\\.?\\s+plate", "VEHICLE"),
  L("dea|npi|dl|driver'?s\\s+licen[cs]e|drivers\\s+licen[cs]e|d\\.l\\.|upin|passport", "LICENSE"),
  L("licen[cs]e|lic|certificate|cert|certification|permit|registration", "LICENSE", true),
  L("vin|vehicle\\s+(?:id|identification\\s+number)|licen[cs]e\\s+plate|plates?|tags?", "VEHICLE", true),
  // a vehicle named by kind ("truck 266 YVL", "Vehicle for parking permit: BLM 394"): a plate-shaped value only
  L("truck|car|van|vehicle(?:\\s+for\\s+parking\\s+permit)?|parking\\s+permit", "VEHICLE", true, true),
  // an aircraft's registration ("Tail N516M")
  L("tail(?:\\s+(?:number|no|#))?", "VEHICLE", true, true),
  // a certifying board's number for a technologist or a therapist ("ARRT # 912416", "ARDMS # 384418")
  L("arrt|ardms|nbdhmt|nbrc|nccpa|ancc|aanp|nbcot|abpm|cci|rcis|nremt|ncbtmb|abc|bacb|nbcc|cdr|acls|pals|cprs|cpss|crps|cadc|caadc|lcdc|ladc|ncac|cohc|caohc", "LICENSE", true),
  L("s/n|udi|imei|serial\\s+(?:number|no|#)|(?:cgm\\s+)?transmitter(?:\\s+(?:id|sn|serial))?", "DEVICE"),
  L("serial|s/n|sn|ser|udi|imei|meid|device\\s+(?:id|#|serial)|model/serial|esn", "DEVICE", true),
  L("fingerprint|finger\\s+print|voiceprint|voice\\s+print|retinal?\\s+scan|iris\\s+scan|palm\\s?print|face\\s+template|facial\\s+(?:geometry|template)|biometric", "BIOMETRIC", true),
  L("acc\\s*#|auth\\s*#|ein|itin|csn|(?:access|activation|enrollment|invitation|portal|login|verification|sharing|share|booking|check-?in)\\s+code", "ID"),
  L("session|token|fob", "ID", true),
  L("bar", "LICENSE", true),
  L("case|ref|reference|accession|specimen|encounter|visit|order|requisition|confirmation|tracking|ticket|employee|badge|user|envelope|student|rx|prescription|fin|csn|har|tax|ein|itin|file|record|id|identifier|auth|authorization|pin|voucher|report|police\\s+report|interpreter|operator|agent|card", "ID", true),
];

const LABEL_RE = new RegExp(`(?:${LABELS.map((l, i) => `(?<l${i}>${l.re})`).join("|")})(?![A-Za-z])`, "iy");
const LABEL_GROUPS = LABELS.map((_, i) => `l${i}`);
const MARKER = /^\.?[ \t]{0,3}(?:(?:number|num|nbr|no\.?|#|id|identifier|code|ending\s+in|ending)[ \t]{0,3}){1,2}(?:is\s|of\s|:|=|-|#|\.)?[ \t]{0,3}|^\.?[ \t]{0,3}(?::|#|=)[ \t]{0,3}(?:(?:number|no\.?|#|id)[ \t]{0,3})?[:#]?[ \t]{0,3}/i;
const SOFT = /^\.?[ \t]{0,3}(?:(?:is|of)[ \t]{1,3}|-[ \t]{0,3})?/i;
/** A code-like value after a generic label without a marker: "777843", "E58863", "AB123456" (a full stop after it ends the sentence). */
// (and "WB5571 3933", a member id in two groups; "92989113-2", an account with its check digit)
const CODE_AFTER = /^(?:[A-Z]{0,2}\d{5,12}(?:-\d{1,2})?|[A-Z]{1,3}\d{3,6}[ ]\d{3,6}|\d{3}[ ]\d{3}[ ]\d{3,4})(?![\w/-]|\.\w)/;
/** After a generic label that names a booking or a session: a code of capitals and digits or a hex token ("DCXQ6D", "va-deb9aada"). */
const BOOKING_CODE = /^(?:[A-Z0-9]{5,10}|[a-z]{0,3}-?[0-9a-f]{8,32})(?![\w/-]|\.\w)/;
/** After "lic." without a marker: a state licence with its board's letters ("MD.0855-945", "RN-123456"). */
const LICENCE_CODE = /^[A-Z]{1,4}(?:[.-][A-Z]{1,4})?[.-]?\d[\d.-]{3,12}(?<![.-])(?![\w/])/;

/** Read an identifier value at `pos`: alphanumerics with inner - . / and spaces between digit groups. */
function readValue(text: string, pos: number): number {
  let i = pos;
  const n = Math.min(text.length, pos + 48);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAlnumChar(c)) {
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if ((c === 45 || c === 46 || c === 47) && isAlnumChar(next) && i > pos) {
      i++;
      continue;
    }
    if (c === 32 && isDigitChar(next) && isDigitChar(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigitChar(s.charCodeAt(i))) n++;
  return n;
}

function labelled(text: string, t: Tokens, out: Candidate[]): void {
  const runs = t.digits;
  let r = 0;
  for (let k = 0; k < t.n; k++) {
    if (!(t.flags[k]! & F_IDLABEL)) continue;
    // every label we type needs a digit (or, for plates and devices, a code) soon after it: the first digit
    // after a word is the start of a digit run (tokens and runs are both in text order)
    const from = t.end[k]!;
    while (r < t.nDigitRuns && runs[2 * r]! < from) r++;
    if (r >= t.nDigitRuns || runs[2 * r]! >= from + 32) continue;
    LABEL_RE.lastIndex = t.start[k]!;
    const m = LABEL_RE.exec(text);
    if (m) onLabel(text, m, out);
  }
}

function onLabel(text: string, m: RegExpExecArray, out: Candidate[]): void {
  {
    const groups = m.groups ?? {};
    let label: Label | undefined;
    for (let i = 0; i < LABELS.length; i++) {
      if (groups[LABEL_GROUPS[i]!] !== undefined) {
        label = LABELS[i];
        break;
      }
    }
    if (!label) return;
    // an id that is the same for every member: "Payer ID 37517", "Plan ID" is the plan's (HEALTH_PLAN labels aside)
    if (label.type === "ID" && /\bpayer\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    let pos = m.index + m[0].length;
    const rest = text.slice(pos, pos + 40);
    const marker = MARKER.exec(rest);
    if (label.plateOnly) {
      PLATE.lastIndex = pos + (marker && marker[0].length > 0 ? marker[0].length : SOFT.exec(rest)?.[0].length ?? 0);
      const p = PLATE.exec(text);
      if (p && plateShaped(p[0])) out.push({ start: p.index, end: p.index + p[0].length, type: "VEHICLE", priority: 68 });
      return;
    }
    if (marker && marker[0].length > 0) pos += marker[0].length;
    else if (label.type === "VEHICLE") {
      // "plate QP52GRF", "tag UVF 0840", "plates 966 CPJ": a plate-shaped value needs no "#" or ":"
      PLATE.lastIndex = pos + (SOFT.exec(rest)?.[0].length ?? 0);
      const p = PLATE.exec(text);
      if (p && plateShaped(p[0])) out.push({ start: p.index, end: p.index + p[0].length, type: "VEHICLE", priority: 68 });
      return;
    } else if (label.needsMarker) {
      // without "#", "no." or ":" a generic label ("Ticket", "Badge", "chart", "Lic.") takes only a code-like value: five
      // digits or more, alone or after one or two letters, and no unit after it ("order 10000 units" is a dose)
      // (not "ref": on an implant's label, "lot ..., ref 243358" is the catalogue number)
      if (/^ref/i.test(m[0])) return;
      const at = pos + (SOFT.exec(rest)?.[0].length ?? 0);
      const ahead = text.slice(at, at + 24);
      // "Confirmation DCXQ6D", "Session va-deb9aada": a booking's or a session's code, with a digit and a letter
      if (/^(?:confirmation|session|booking|tracking)/i.test(m[0])) {
        const b = BOOKING_CODE.exec(ahead);
        if (b && /\d/.test(b[0]) && /[A-Za-z]/.test(b[0])) out.push({ start: at, end: at + b[0].length, type: label.type, priority: 66 });
        if (b) return;
      }
      if (label.type === "LICENSE") {
        const lic = LICENCE_CODE.exec(ahead);
        if (lic && /[A-Z]/.test(lic[0])) {
          out.push({ start: at, end: at + lic[0].length, type: label.type, priority: 66 });
          return;
        }
      }
      const code = CODE_AFTER.exec(ahead);
      if (!code || /^\s*(?:mg|mcg|ml|units?|iu|cc|tabs?|caps?|lbs?|kg|g|steps|feet|ft|miles?|mi|calories|kcal)\b/i.test(text.slice(at + code[0].length, at + code[0].length + 10))) return;
      out.push({ start: at, end: at + code[0].length, type: label.type, priority: 66 });
      return;
    } else pos += SOFT.exec(rest)?.[0].length ?? 0;
    let end = readValue(text, pos);
    // "Donor ID: EMP 183263": a short prefix in capitals, a space, and the number
    if (end - pos <= 4 && /^[A-Z]{2,4}$/.test(text.slice(pos, end)) && text.charCodeAt(end) === 32 && isDigitChar(text.charCodeAt(end + 1))) end = readValue(text, end + 1);
    const value = text.slice(pos, end);
    const digits = countDigits(value);
    const alnum = value.replace(/[^A-Za-z0-9]/g, "").length;
    if (alnum < 4 && !(label.type === "SSN" && digits === 4)) return;
    if (digits === 0 && label.type !== "VEHICLE") return;
    if (label.type !== "VEHICLE" && label.type !== "DEVICE" && digits < 2) return;
    // a year (not a card's last four, nor an SSN's after "last 4": "SSN 2019 application pending" is a year)
    if (/^(?:19|20)\d\d$/.test(value) && !/ending/i.test(m[0]) && !(label.type === "SSN" && /last|4|four/i.test(m[0]))) return;
    // "Billing: A0427 (HCPCS)": a billing code, not an account
    if (label.type === "ACCOUNT" && /^(?:[A-V]\d{4}|\d{4}[FTU]|\d{5})$/.test(value) && /^\s*\((?:hcpcs|cpt)\)/i.test(text.slice(end, end + 10))) return;
    out.push({ start: pos, end, type: label.type, priority: 68 });
  }
}

const SSN = /(?<![\w-])(?:\d{3}-\d{2}-\d{4}|[xX*]{3}-[xX*]{2}-\d{4})(?![\w-])/g;
// The same, tried only where it can start: a run of 3 digits before "-", or 7 characters before "-" and a run of
// exactly 4 digits (XXX-XX-1234).
export const SSN_AT = runPattern(SSN, (text, s, e) => (e - s === 4 && s >= 7 && text.charCodeAt(s - 1) === 45 ? 1 << 7 : 0) | (e - s === 3 && text.charCodeAt(e) === 45 ? 1 : 0), 3, 4);
const SSN_SPACED = /(?<![\w-])\d{3}[ .]\d{2}[ .]\d{4}(?![\w-])/g;
const VIN_CHARS = /^[A-HJ-NPR-Z0-9]{17}$/i;
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}$/;
const DEA = /^[A-Z][A-Z9]\d{7}$/;
// GS1 unique device identifier: (01) GTIN, then (11)/(17)/(10)/(21) data
const GS1_UDI = /\(01\)\d{14}(?:\((?:10|11|17|21)\)[A-Za-z0-9-]{1,20})*/g;
/** A licence plate written after "plate"/"tag": capitals and digits, one space or hyphen at most ("UVF 0840", "QP52GRF"). */
const PLATE = /[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,7})?(?![A-Za-z0-9])/y;
function plateShaped(v: string): boolean {
  const alnum = v.replace(/[ -]/g, "");
  return alnum.length >= 5 && alnum.length <= 8 && /\d/.test(alnum) && /[A-Z]/.test(alnum) && !/^\d+\s?(?:MM|CM|IN|MG|ML)$/.test(v);
}

/**
 * Before a code that names a product or a study, not a person: a lot, an expiry, a model, a protocol, a catalogue, an
 * IRB's protocol number, a bag's seal, an allergen mix, a procedure's code.
 */
// lots, models, protocols; a laboratory's CLIA and CAP numbers; a pharmacy's NCPDP (NABP) number; a variant's HGVS position ("c.5577delT"); a plan's routing codes and a payer's id (the same
// for every member: "RxGRP RX2556", "Payer ID 37517"); a device model after its maker ("Scope: Olympus PCF-H190DL")
const NOT_PERSONAL_BEFORE =
  /(?:\b(?:lot|exp|model|protocol|cat|irb|seal|mix|procedure|clia|cap|ncpdp|nabp)\.?\s*#?\s*|\b[cgpmnr]\.|\b(?:rx)?(?:bin|pcn|grp)\s*#?:?\s*|\bpayer\s+id\s*#?:?\s*|\bomb\s+(?:no|number|#)\.?\s*|\bform\s+|\b(?:olympus|pentax|fujifilm|fujinon|storz|stryker|medtronic|boston\s+scientific|philips|siemens|zeiss|phonak|oticon|widex|resmed|respironics|omron|withings|masimo|nonin|welch\s+allyn|beurer|interacoustics|maico)\s+)$/i;
const CODE_LIST = /\b(?:cpt|hcpcs|ndc|icd(?:-?\s?(?:9|10)(?:-cm)?)?|loinc|snomed|rxnorm|cvx|dx)\b[\s#:,()A-Z0-9.-]{0,30}$/i;
const YEAR_SPAN = /^(?:19|20)\d\d-(?:19|20)\d\d$/;
/** A word that labels a number just before it: "Case 2025-2031", "Ref #", "docket no.". */
const NUMBER_LABEL_BEFORE = /(?:\b(?:case|ref|number|id|file|claim|docket|order|ticket|policy|acct|account|invoice|member|permit|licen[cs]e|lic|group|plan|mrn|chart|no\.)|#)[ \t]*[:#]?[ \t]*$/i;
const DIGIT_GROUPS = /^\d{1,6}(?:-\d{1,8}){1,4}$/;

/** Clinical and measurement codes that look like identifiers but are not. */
const NOT_AN_ID = [
  /^[A-TV-Z]\d{2}[A-Z0-9]{0,4}$/i, // ICD-10 without the dot
  /^\d{4}[FTU]$/i, // CPT category II/III
  /^[A-V]\d{4}$/i, // HCPCS
  /^\d+(?:\.\d+)?(?:mg|mcg|ug|ml|cc|g|gm|kg|lb|lbs|mm|cm|in|units?|iu|meq|mmol|mmhg|hrs?|min|mins|sec|yo|yrs?|wks?|mos?|days?|x|am|pm|pct|bpm|rpm|kcal|cal|mgdl|st|nd|rd|th)$/i,
  /^[ctls]\d{1,2}-[ctls]?\d{1,2}$/i, // spine levels
  /^g\d{1,2}p\d{1,4}/i, // gravida/para
  /^[pyc]?t[0-4xis][a-d]?n[0-3x][a-c]?(?:m[01x])?/i, // TNM staging
  /^(?:covid|sars|hiv|hpv|hsv|cyp|hla|brca|jak|egfr|her|cd|il|tnf|igg|iga|igm|ige|fev)/i,
  /^h\dn\d$/i,
  /^\d+'?s(?:-\d+'?s)?$/i, // 140s-180s, 1990s
  /^e[1-4]v[1-5t]m[1-6]$/i, // Glasgow coma scale components (E4V5M6)
  /^(?:MCSA|CMS|HCFA|UB|DD|SF|OSHA|MSHA|OWCP|FEMA|SSA|HHS|DS|CDC|FDA)-\d{2,5}[A-Z]?$/, // a federal form's number ("MCSA-5875", "CMS-1500")
  /^1099-[A-Z]{1,4}$/, // a tax form ("1099-MISC")
  /^\d{1,3}-(?:years?|yrs?|y|months?|mos?|weeks?|wks?|days?|hours?|hrs?)(?:-old)?$/i, // 105-year-old
  /^NCT\d{8}$/i, // a ClinicalTrials.gov study, not a person
  /^CMS-(?:R-)?\d{2,5}[A-Z]?$/i, // a CMS form ("CMS-2728 on file", "CMS-R-131")
  /^rs\d{3,10}$/, // a dbSNP variant ("rs4149056"), the same in every genome report
  /^E\d{4}V\d{2}$/, // an ISBT 128 blood product code (the kind of unit, not the unit's number)
  /^q\d{1,2}(?:-\d{1,2})?(?:h|hr|hrs|d|wk|wks|mo|mos|min|y|yr|yrs)?$/i, // dosing or follow-up intervals (q6-12mo)
];

/**
 * A run after a code-system name ("CPT 99214-25", "NDC 0002-8215-01") is a clinical code; tested only for a run
 * that would otherwise become a candidate.
 */
function afterCodeName(text: string, s: number): boolean {
  return CODE_LIST.test(text.slice(Math.max(0, s - 40), s));
}

function codeIsClinical(v: string): boolean {
  for (const re of NOT_AN_ID) if (re.test(v)) return true;
  return false;
}

function deaValid(v: string): boolean {
  const d = v.slice(2).split("").map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === d[6];
}

function isRunChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * Each run of letters, digits and hyphens that contains a digit, trimmed of leading and trailing hyphens, with
 * its counts of digits, letters and hyphens, in text order. Each run is found from the first digit run of the
 * scan inside it, not by walking every character of the note.
 */
export function eachCodeRun(text: string, runs: DigitRuns, fn: (s: number, e: number, digits: number, letters: number, hyphens: number) => void): void {
  const L = text.length;
  const d = runs.digits;
  let runEnd = 0;
  for (let r = 0; r < runs.nDigitRuns; r++) {
    if (d[2 * r]! < runEnd) continue; // inside a run already looked at
    let s = d[2 * r]!;
    while (s > 0 && isRunChar(text.charCodeAt(s - 1))) s--;
    let e = d[2 * r + 1]!;
    while (e < L && isRunChar(text.charCodeAt(e))) e++;
    runEnd = e;
    let digits = 0;
    let letters = 0;
    let hyphens = 0;
    for (let q = s; q < e; q++) {
      const c = text.charCodeAt(q);
      if (c >= 48 && c <= 57) digits++;
      else if (c === 45) hyphens++;
      else letters++;
    }
    while (s < e && text.charCodeAt(s) === 45) {
      s++;
      hyphens--;
    }
    while (e > s && text.charCodeAt(e - 1) === 45) {
      e--;
      hyphens--;
    }
    fn(s, e, digits, letters, hyphens);
  }
}

/**
 * VINs, Medicare MBIs, DEA numbers, long digit runs, hyphenated digit groups, and letter-digit codes that are
 * not clinical codes.
 */
function codes(text: string, t: Tokens, out: Candidate[]): void {
  eachCodeRun(text, t, (s, e, digits, letters, hyphens) => {
    const len = e - s;
    if (len < 5) return;
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    const next = text.charCodeAt(e);
    const next2 = text.charCodeAt(e + 1);
    const decimalAfter = (next === 46 || next === 44 || next === 47) && next2 >= 48 && next2 <= 57;
    const v = text.slice(s, e);
    if (letters === 0) {
      if (decimalAfter || prev === 46 || prev === 44 || prev === 47 || prev === 36 || prev === 95) return;
      // a span of years ("2025-2026 school year", "FY2024-2025", "on-base water 1981-1983") is no one's number
      // (but a case's number may look like one: "Case 2025-2031")
      if (len === 9 && YEAR_SPAN.test(v)) {
        const years = Number(v.slice(5)) - Number(v.slice(0, 4));
        if (years === 1 || (years > 1 && years <= 80 && !NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, s - 12), s)))) return;
      }
      if (len === 10 && hyphens === 1 && v.charCodeAt(5) === 45 && !/ssn|social/i.test(text.slice(Math.max(0, s - 20), s))) {
        if (!afterCodeName(text, s)) out.push({ start: s, end: e, type: "ZIP", priority: 40 }); // ZIP+4
        return;
      }
      if ((hyphens === 0 ? digits >= 7 : digits >= 7 && DIGIT_GROUPS.test(v)) && !afterCodeName(text, s) && !NOT_PERSONAL_BEFORE.test(text.slice(Math.max(0, s - 10), s))) out.push({ start: s, end: e, type: "ID", priority: 30 });
      return;
    }
    if (prev === 95 || next === 95) return;
    if (len === 17 && hyphens === 0 && digits >= 3 && letters >= 3 && VIN_CHARS.test(v)) {
      if (!afterCodeName(text, s)) out.push({ start: s, end: e, type: "VEHICLE", priority: 62 });
      return;
    }
    if ((len === 11 || len === 13) && MBI.test(v)) {
      if (!afterCodeName(text, s)) out.push({ start: s, end: e, type: "HEALTH_PLAN", priority: 62 });
      return;
    }
    if (len === 9 && DEA.test(v) && deaValid(v)) {
      if (!afterCodeName(text, s)) out.push({ start: s, end: e, type: "LICENSE", priority: 62 });
      return;
    }
    if (digits >= 3 && digits + letters >= 6 && prev !== 35 && !decimalAfter && !codeIsClinical(v) && !NOT_PERSONAL_BEFORE.test(text.slice(Math.max(0, s - 10), s)) && !afterCodeName(text, s) && !/^\s*lot\b/i.test(columnHeader(text, s)) && !/^lot\b/i.test(alignedHeader(text, s))) {
      out.push({ start: s, end: e, type: "ID", priority: 28 });
    }
  });
}

export function detectIds(text: string, t: Tokens, out: Candidate[]): void {
  labelled(text, t, out);
  if (text.includes("@")) socialHandles(text, out);
  credentialNumbers(text, t, out);
  bloodUnitNumbers(text, t, out);
  idColumns(text, t, out);
  interpreterIds(text, out);
  eachRunMatch(SSN_AT, text, t, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "SSN", priority: 70 }));
  if (t.anyTrig & T_SSN) {
    SSN_SPACED.lastIndex = 0;
    for (let m = SSN_SPACED.exec(text); m !== null; m = SSN_SPACED.exec(text)) {
      if (/ssn|social\s+sec|soc\.?\s*sec/i.test(lookBack(text, m.index, 32)))
        out.push({ start: m.index, end: m.index + m[0].length, type: "SSN", priority: 70 });
    }
  }
  codes(text, t, out);
  if (text.includes("(01)")) {
    GS1_UDI.lastIndex = 0;
    for (let m = GS1_UDI.exec(text); m !== null; m = GS1_UDI.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: "DEVICE", priority: 66 });
  }
}
