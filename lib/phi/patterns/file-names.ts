/**
 * Identifiers inside a file's name, as scanners, portals and Direct messages name attachments after the patient:
 * "MARSHALL_AYE_19781011_CCD.xml", "referral_000568653.pdf", "Scan_2024-03-14_4471920.tif". The parts are split at
 * "_": a date of birth or of service written as eight digits, a long number (a chart or a case number), and, in a
 * name's place (two words before such a date, or before the document's kind), the surname and the given name.
 */
import { type Candidate } from "../types";
import { validMonthDay } from "./dates-forms";

/** A file name with "_" in it, ending in an extension a document or an image has. */
const FILE_NAME = /[A-Za-z0-9][A-Za-z0-9_.-]*_[A-Za-z0-9_.-]*\.(?:pdf|xml|jpe?g|png|tiff?|docx?|txt|rtf|hl7|dcm|zip|csv|json|html?|heic|gif|bmp)(?![A-Za-z0-9])/giy;
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
  for (let u = text.indexOf("_"); u >= 0; u = text.indexOf("_", u + 1)) {
    // the file name around this "_": back to its start, then matched forward
    let a = u;
    while (a > 0 && /[A-Za-z0-9_.-]/.test(text.charAt(a - 1))) a--;
    FILE_NAME.lastIndex = a;
    const m = FILE_NAME.exec(text);
    if (!m || m.index !== a) continue;
    const end = a + m[0].length;
    u = end;
    const stem = m[0].slice(0, m[0].lastIndexOf("."));
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
      if (i === dated) out.push({ start: at, end: at + 8, type: "DATE", priority: 55 });
      else if (/^(?=[A-Za-z0-9-]*\d{5})[A-Za-z0-9-]{5,20}$/.test(v)) out.push({ start: at, end: at + v.length, type: "ID", priority: 30 });
    }
    // a name's place: the two words before the date, or the first two words before the document's kind
    const named = dated >= 2 ? dated : parts.length >= 3 && FILE_WORDS.has(parts[2]!.v.toLowerCase()) ? 2 : -1;
    if (named < 0) continue;
    const words = parts.slice(named - 2, named);
    if (words.every((x) => /^[A-Za-z][A-Za-z'-]{1,30}$/.test(x.v) && !FILE_WORDS.has(x.v.toLowerCase()))) {
      for (const x of words) out.push({ start: x.at, end: x.at + x.v.length, type: "NAME", priority: 40 });
    }
  }
}
