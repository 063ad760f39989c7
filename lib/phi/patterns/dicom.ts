/**
 * A DICOM header dumped as text, one element per line, as `dcmdump` and `gdcmdump` print it
 * ("(0010,0010) PN [TOLERA^XIMENA]  # PatientName") or as pydicom prints it ("(0010, 0010) Patient's Name  PN:
 * 'Tolera^Ximena'"). The value representation says what some values are wherever they stand: a person's name (PN,
 * each part between carets), a date (DA, DT), an age (AS, "093Y"), an instance's UID (UI; the standard's own UIDs,
 * 1.2.840.10008..., are about no one). The tag says it for the rest: the patient's id, the accession number, the
 * institution, its address, the device's serial number. The equipment's values (manufacturer, model, station) go to
 * `syntax`, which no identifier rule may take.
 */
import { type Candidate, type PhiType } from "../types";

const P = 66;

/** Tag (group and element, upper case, no comma) -> the identifier its value is. */
const TAGS: Readonly<Record<string, PhiType>> = {
  "00100020": "MRN", // PatientID
  "00101000": "MRN", // OtherPatientIDs
  "00080050": "ID", // AccessionNumber
  "00200010": "ID", // StudyID
  "00401001": "ID", // RequestedProcedureID
  "00400009": "ID", // ScheduledProcedureStepID
  "00380010": "ID", // AdmissionID
  "00080080": "FACILITY", // InstitutionName
  "00080081": "ADDRESS", // InstitutionAddress
  "00101040": "ADDRESS", // PatientAddress
  "00102154": "PHONE", // PatientTelephoneNumbers
  "00181000": "DEVICE", // DeviceSerialNumber
  "00102152": "LOCATION", // RegionOfResidence
};

/** Tags whose values name equipment, not anyone: Modality, Manufacturer, StationName, ManufacturerModelName, BodyPartExamined, SoftwareVersions. */
const EQUIPMENT = new Set(["00080060", "00080070", "00081010", "00081090", "00180015", "00181020"]);

/** An element's line: its tag, then the rest of the line. */
const ELEMENT = /^[ \t>]*\(([0-9A-Fa-f]{4}),[ ]?([0-9A-Fa-f]{4})\)([^\n\r]*)/gm;
/** dcmdump: the value representation, then the value in square brackets. */
const DCMDUMP_VALUE = /^[ \t]+([A-Z]{2})[ \t]+\[([^\]\n]*)\]/;
/** pydicom: the element's name, the value representation and a colon, then the value (quoted, or to the line's end). */
const PYDICOM_VALUE = /[ \t]([A-Z]{2}):[ \t]+(?:'([^'\n]*)'|"([^"\n]*)"|([^\s'"][^\n]*?))[ \t]*$/;

/** Whether the text can hold a DICOM dump: a patient- or study-level tag written as a dump writes it. */
function mayHoldDicom(text: string): boolean {
  return text.includes("(0010,") || text.includes("(0008,") || text.includes("(0010, ") || text.includes("(0008, ");
}

export function detectDicom(text: string, out: Candidate[], syntax: number[]): void {
  if (!mayHoldDicom(text)) return;
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const rest = m[3]!;
    const restStart = m.index + m[0].length - rest.length;
    let vr: string;
    let value: string;
    let at: number;
    const d = DCMDUMP_VALUE.exec(rest);
    if (d) {
      vr = d[1]!;
      value = d[2]!;
      at = restStart + d[0].length - 1 - value.length;
    } else {
      const p = PYDICOM_VALUE.exec(rest);
      if (!p) continue;
      vr = p[1]!;
      value = p[2] ?? p[3] ?? p[4]!;
      at = restStart + p.index + p[0].lastIndexOf(value);
    }
    if (value.trim() === "") continue;
    const tag = (m[1]! + m[2]!).toUpperCase();
    // the tag and the value representation are syntax ("DA" is no initials), and so are the equipment's values
    // ("SIEMENS", "CT1_MAIN" are no one's name)
    syntax.push(m.index, at);
    if (EQUIPMENT.has(tag)) syntax.push(at, at + value.length);
    else element(text, tag, vr, value, at, out);
  }
}

/** The identifiers in one element's value (`value`, which starts at `at` in the text). */
function element(text: string, tag: string, vr: string, value: string, at: number, out: Candidate[]): void {
  const push = (start: number, end: number, type: PhiType) => {
    while (start < end && text.charCodeAt(start) === 32) start++;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    if (end > start) out.push({ start, end, type, priority: P });
  };
  if (vr === "PN") {
    // family^given^middle^prefix^suffix, and "=" between the alphabetic, ideographic and phonetic forms: the first
    // three parts of each form are the person's ("DR", "JR" after them are not)
    let s = 0;
    let part = 0;
    for (let i = 0; i <= value.length; i++) {
      if (i === value.length || value[i] === "^" || value[i] === "=") {
        if (part < 3) push(at + s, at + i, "NAME");
        part = value[i] === "=" ? 0 : part + 1;
        s = i + 1;
      }
    }
    return;
  }
  if (vr === "DA" || vr === "DT") {
    // one date ("20251019", "2025.10.19"), a date-time's date (its UTC offset aside: "20251019083000.000000-0500");
    // a range's two dates ("19380514-19380515")
    const re = /(?<![\d.])(?:\d{8}|\d{4}[.-]\d{2}[.-]\d{2})(?=\d{0,6}(?:\.\d{1,6})?(?:[+-]\d{4})?(?:-|$))/g;
    for (let d = re.exec(value); d !== null; d = re.exec(value)) {
      // (an offset's four digits are no date: only a part that starts the value or follows a range's "-" is one)
      if (d.index === 0 || value[d.index - 1] === "-") push(at + d.index, at + d.index + d[0].length, "DATE");
    }
    return;
  }
  if (vr === "AS") {
    const age = /^(\d{3})Y$/.exec(value);
    if (age && Number(age[1]) >= 90) push(at, at + 3, "AGE");
    return;
  }
  if (vr === "UI") {
    // an instance's UID (study, series, SOP instance): not the standard's own classes and syntaxes, nor the file meta
    // group's (0002,xxxx) but the stored instance's
    if (!value.startsWith("1.2.840.10008.") && (!tag.startsWith("0002") || tag === "00020003") && /^\d+(?:\.\d+){3,}$/.test(value)) push(at, at + value.length, "ID");
    return;
  }
  const type = TAGS[tag];
  if (type) push(at, at + value.length, type);
}
