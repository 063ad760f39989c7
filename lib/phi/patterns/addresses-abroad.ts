/**
 * Addresses written as other countries write them, where a patient stays abroad or a relative lives: a street named
 * before its number ("Via dei Servi, 38", "Calle Mayor 12", "Rua das Flores, 210") with the postcode after it ("50145
 * Firenze"), a Philippine barangay ("Brgy. Lahug"), and a Mexican postcode after "C.P." ("C.P. 77596"). Tried
 * at the road-word tokens (token-words.ts ROAD_WORDS).
 */
import { type Candidate } from "../types";
import { atTrigger } from "../text";
import { type Tokens } from "../tokens";
import * as tk from "../tokens";

const { T_ROAD } = tk;

/** A street's kind, its name (particles allowed, capitalised words), then its number; the postcode and town may follow. */
const STREET_ABROAD =
  /(?:Via|Viale|Piazza|Corso|Vicolo|Calle|Avenida|Avda\.|Rua|Rue|Carrer|Paseo|Travessa|Largo)[ ]+((?:(?:dei|del|della|delle|degli|di|de|la|las|los|do|da|das|dos|des|du|le|les)[ ]+)*[A-ZÀ-Ý][\p{L}'’.-]+(?:[ ]+(?:[A-ZÀ-Ý][\p{L}'’.-]+|de|di|da|del|do)){0,3}),?[ ](\d{1,4}[A-Za-z]?)(?![\d/.,:]\d|\d)(?:,?[ ](\d{5})(?!\d)([ ][A-ZÀ-Ý][\p{L}'’-]+(?:[ ][A-ZÀ-Ý][\p{L}'’-]+)?)?)?/uy;
/** Words after "Via" that make it the English preposition: "Via Fax, 3 pages". */
const NOT_STREET = /^(?:fax|email|e-mail|phone|portal|telehealth|zoom|text|mail|mychart|video|courier|ups|fedex|usps|the|a|an|ambulance|ems|car|bus|van|taxi|uber|lyft|wheelchair|helicopter|air|ground|quest|labcorp|lab|pharmacy|referral|interpreter)$/i;
/** After the number, a unit that makes it a count: "Via Ambulance 2 hours ago". */
const COUNT_AFTER = /^[ ]+(?:hours?|hrs?|days?|weeks?|wks?|months?|minutes?|mins?|times?|miles?|mi|km|blocks?|pages?|doses?|tabs?|mg)\b/i;
/** "Brgy. Lahug", "Barangay San Isidro": a Philippine barangay, up to three capitalised words. */
const BARANGAY = /(?:Brgy\.?|Barangay)[ ]+(?!(?:Health|Hall|Captain|Council|Worker|Workers|Station|Official|Officials|Chairman|Office)\b)[A-ZÑ][\p{L}'’.-]+(?:[ ][A-ZÑ][\p{L}'’-]+){0,2}/uy;
/** "C.P. 77596": a Mexican postcode after its label. */
const CODIGO_POSTAL = /C\.P\.?[ ]?(\d{5})(?!\d)/y;

export function addressesAbroad(text: string, t: Tokens, out: Candidate[]): void {
  atTrigger(text, t, T_ROAD, STREET_ABROAD, (m) => {
    if (NOT_STREET.test(m[1]!.split(" ")[0]!) || COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
    const end = m.index + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
    out.push({ start: m.index, end, type: "ADDRESS", priority: 56 });
    // (the town abroad is left: a foreign city is no smaller than the state Safe Harbor asks to keep)
    if (m[3]) {
      const zip = m.index + m[0].length - (m[4]?.length ?? 0) - m[3].length;
      out.push({ start: zip, end: zip + 5, type: "ZIP", priority: 56 });
    }
  });
  atTrigger(text, t, T_ROAD, BARANGAY, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", priority: 56 }));
  atTrigger(text, t, T_ROAD, CODIGO_POSTAL, (m) => out.push({ start: m.index + m[0].length - 5, end: m.index + m[0].length, type: "ZIP", priority: 56 }));
}
