/**
 * Identifiers an XML clinical document (C-CDA, CDA) gives away by its markup rather than its words: an id whose root is
 * the SSN's OID ("2.16.840.1.113883.4.1") holds a Social Security number in its extension, and a time element's value
 * ("<effectiveTime value=\"20260102235900-0600\"/>", "<low value=...>") is a date, and "<given>" and "<family>" hold
 * a person's name whatever its words are ("<given>Temperance</given>"). Addresses and phones in CDA sit between tags
 * the prose rules already read ("<streetAddressLine>", "tel:").
 */
import { type Candidate } from "../types";

/** <id root="2.16.840.1.113883.4.1" extension="123-45-6789"/> (either attribute first). */
const SSN_ID = /<id\s+(?:root="2\.16\.840\.1\.113883\.4\.1"\s+extension="([^"]{9,11})"|extension="([^"]{9,11})"\s+root="2\.16\.840\.1\.113883\.4\.1")/g;
/** A time element's value: CCYYMMDD, with the time and the zone offset after it. */
const TIME_VALUE = /<(?:effectiveTime|time|low|high|birthTime|deceasedTime|center)\s+value="((?:19|20)\d{6}(?:\d{2,6})?(?:[+-]\d{4})?)"/g;

/** A person's name parts in CDA markup: "<given>Temperance</given>", "<family>Mansour</family>" (any word). */
const NAME_PART = /<(given|family)(?:\s[^>]{0,40})?>([^<>\n]{1,60})<\/\1>/g;

export function detectCda(text: string, out: Candidate[]): void {
  if (text.includes("<given") || text.includes("<family")) {
    NAME_PART.lastIndex = 0;
    for (let m = NAME_PART.exec(text); m !== null; m = NAME_PART.exec(text)) {
      const v = m[2]!.trim();
      if (v.length === 0) continue;
      const s = m.index + m[0].indexOf(">") + 1 + m[2]!.indexOf(v);
      out.push({ start: s, end: s + v.length, type: "NAME", priority: 66 });
    }
  }
  if (!text.includes("value=\"") && !text.includes("extension=\"")) return;
  SSN_ID.lastIndex = 0;
  for (let m = SSN_ID.exec(text); m !== null; m = SSN_ID.exec(text)) {
    const v = m[1] ?? m[2]!;
    const s = m.index + m[0].indexOf(`extension="${v}"`) + 11;
    out.push({ start: s, end: s + v.length, type: "SSN", priority: 70 });
  }
  TIME_VALUE.lastIndex = 0;
  for (let m = TIME_VALUE.exec(text); m !== null; m = TIME_VALUE.exec(text)) {
    const v = m[1]!;
    const s = m.index + m[0].length - v.length - 1;
    out.push({ start: s, end: s + v.length, type: "DATE", priority: 60 });
  }
}
