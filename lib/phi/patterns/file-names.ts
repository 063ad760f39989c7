/**
 * Identifiers inside a file's name, as scanners, portals and Direct messages name attachments after the patient:
 * "MARSHALL_AYE_19781011_CCD.xml", "referral_000568653.pdf", "Scan_2024-03-14_4471920.tif". The parts are split at
 * "_": a date of birth or of service written as eight digits, a long number (a chart or a case number), and, in a
 * name's place (two words before such a date, or before the document's kind), the surname and the given name.
 */
import { type Candidate } from "../types";
import { validMonthDay } from "./dates-forms";
import { isAlnumChar } from "../text";
import * as tk from "../tokens";

const { wordFlags, F_COMMON, F_ENGLISH, F_NAME } = tk;

/** The extension a document or an image has, ending a run of file-name characters. */
const EXTENSION = /\.(?:pdf|xml|jpe?g|png|tiff?|docx?|txt|rtf|hl7|dcm|zip|csv|json|html?|heic|gif|bmp)$/i;
/** A character of a file's name: letters, digits, "_", "." and "-". */
const nameChar = (c: number): boolean => isAlnumChar(c) || c === 95 || c === 46 || c === 45;
/** What a file names itself by: its kind, its source, its format. */
const FILE_WORDS = new Set(
  ("ccd ccda cda c-cda referral referrals scan scanned fax faxed doc document documents report reports result results lab labs " +
    "note notes consult consultation summary discharge ds hp h&p op operative path pathology rad radiology imaging img image " +
    "images photo photos pic page pages final signed copy draft records record chart ekg ecg echo xray x-ray ct mri us cxr " +
    "letter form forms order orders rx med meds medication medications list clinical visit encounter progress attachment " +
    "file export import upload patient pt id insurance card front back license dl consent hipaa auth authorization " +
    "immunization immunizations vaccine vaccines history problem problems allergy allergies plan careplan ccr pdf xml jpg " +
    "png tif tiff docx txt v1 v2 v3 new old rev revised amended updated and of the for to").split(" "),
);

/** An eight-digit date, year first ("19781011") or last ("10111978"). */
function eightDigitDate(v: string): boolean {
  if (!/^\d{8}$/.test(v)) return false;
  const y1 = Number(v.slice(0, 4));
  if (y1 >= 1900 && y1 <= 2099 && validMonthDay(Number(v.slice(4, 6)), Number(v.slice(6, 8)))) return true;
  const y2 = Number(v.slice(4, 8));
  return y2 >= 1900 && y2 <= 2099 && validMonthDay(Number(v.slice(0, 2)), Number(v.slice(2, 4)));
}

export function detectFileNames(text: string, out: Candidate[]): void {
  // each run of file-name characters that holds a "_" is looked at once: back to its start, forward to its end
  let runEnd = 0;
  for (let u = text.indexOf("_"); u >= 0; u = text.indexOf("_", runEnd)) {
    let a = u;
    while (a > runEnd && nameChar(text.charCodeAt(a - 1))) a--;
    let end = u + 1;
    while (end < text.length && nameChar(text.charCodeAt(end))) end++;
    runEnd = end;
    // (a full stop after the name ends its sentence: "see SMITH_JOHN_referral.pdf.")
    while (end > a && text.charCodeAt(end - 1) === 46) end--;
    while (a < end && !isAlnumChar(text.charCodeAt(a))) a++;
    const file = text.slice(a, end);
    if (!EXTENSION.test(file) || !file.includes("_")) continue;
    const stem = file.slice(0, file.lastIndexOf("."));
    const parts: Array<{ v: string; at: number }> = [];
    for (let p = 0, at = a; p <= stem.length; p++) {
      if (p === stem.length || stem[p] === "_") {
        const v = stem.slice(at - a, p);
        if (v.length > 0) parts.push({ v, at });
        at = a + p + 1;
      }
    }
    const dated = parts.findIndex((x) => eightDigitDate(x.v));
    for (let i = 0; i < parts.length; i++) {
      const { v, at } = parts[i]!;
      // (a camera's "IMG_20240314_153012": the time of day after the date is no one's number)
      if (i === dated + 1 && dated >= 0 && /^\d{6}(?:\d{3})?$/.test(v)) continue;
      if (i === dated) out.push({ start: at, end: at + 8, type: "DATE", priority: 55 });
      else if (/^(?=[A-Za-z0-9-]*\d{5})[A-Za-z0-9-]{5,20}$/.test(v)) out.push({ start: at, end: at + v.length, type: "ID", priority: 30 });
    }
    // a name's place: the two words before the date, or the first two words before the document's kind
    const named = dated >= 2 ? dated : parts.length >= 3 && FILE_WORDS.has(parts[2]!.v.toLowerCase()) ? 2 : -1;
    if (named < 0) continue;
    const words = parts.slice(named - 2, named);
    // (a census name that is no everyday word, or no English word: "Left_Knee_xray.jpg", "Lipid_Panel_20240314.pdf"
    // name no one)
    // (before a date the place says it, unless both words are everyday words: "BLANKENSHIP_SUNNY_19310319")
    const everyday = (v: string) => (wordFlags(v) & F_COMMON) !== 0 || (wordFlags(v) & (F_ENGLISH | F_NAME)) === F_ENGLISH;
    const shaped = words.every((x) => /^[A-Za-z][A-Za-z'-]{1,30}$/.test(x.v) && !FILE_WORDS.has(x.v.toLowerCase()));
    if (shaped && (named === dated ? !words.every((x) => everyday(x.v)) : !words.some((x) => everyday(x.v)))) {
      for (const x of words) out.push({ start: x.at, end: x.at + x.v.length, type: "NAME", priority: 40 });
    }
  }
}
