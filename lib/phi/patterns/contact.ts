/** Phone and fax numbers, e-mail addresses, URLs and IP addresses. */
import { type Candidate } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { digitsAt, eachRunMatch, isSpaceDotDash, lineStartWithin, lookBack, runPattern } = tx;
import { type Tokens, T_DIGITWORD } from "../tokens";

const PHONE =
  /(?<![\w/.+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\(?\d{3}[\s.-]|\d{3}\)[\s.-]?|\d{3}\/(?=\d{3}[.-]\d{4})|\d{3}(?=\d{7}(?!\d)))\d{3}[\s.-]?\d{4}(?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?(?![\w])(?!\.\d|\/\d|-\d)/gi;
// International numbers: "+44 20 7946 0958", "0044 20 7946 0958", "+33 1 42 68 53 00", "+91 98765 43210"
// (8-15 digits after the country-code prefix, E.164).
const INTL_PHONE = /(?<![\w+/.-])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\w])(?![./-]\d)/g;
// National numbers with a trunk 0 ("(020) 7946 0958", "030 1234 5678"): 9-11 digits, only after a phone cue
const NATIONAL_PHONE = /(?<![\w/.+-])\(?0\d{1,4}\)?[ .-]?\d{2,4}(?:[ .-]?\d{2,4}){1,3}(?![\w])(?![./-]\d)/g;
// 555-1234 (no area code) needs a phone cue
const LOCAL_PHONE = /(?<![\w/.+-])\d{3}[.-]\d{4}(?![\w])(?![./-]\d)/g;
const PHONE_CUE = /(?:\b(?:phone|ph|tel|telephone|cell|mobile|call|called|calls|contact|home|work|pager|beeper|fax|number|ext|direct|line|office|reached|reach|at)[\s.:#)(-]*|#\s*|\b[hwcmfpo]\s*[:)]\s*|\([hwcmfpo]\)\s*)$/i;
const FAX_CUE = /(?:fax|facsimile|\bf|\(f\)|fx)\s*(?:no\.?|number|#|:)?[\s.:#)(-]*$/i;

// Local parts with apostrophes and accented letters ("o'brien.kate@", "josé.garcia@"), internationalised domains.
const EMAIL = /(?<![\p{L}\p{N}_.%+'-])[\p{L}\p{N}][\p{L}\p{N}_.%+'-]{0,63}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![A-Za-z0-9_])/gu;
/** Terminology and interoperability standards' URLs in structured exports (FHIR profiles, code systems): about no one. */
const STANDARDS_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:hl7\.org|fhir\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|nlm\.nih\.gov)(?:[/:]|$)/i;
/** A bare domain of a government agency or the military, with a path or none (no query: nothing about a person). */
const GOV_DOMAIN = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+\.(?:gov|mil)(?:\/[A-Za-z0-9/_.-]*)?$/i;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'\][{}|\\^`]{2,2048}/gi;
const BARE_DOMAIN =
  /(?<![\w@./-])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,5}(?:com|org|net|edu|gov|io|us|info|biz|health|care|co|me|app|mil|int|ly|tv)(?:\/[^\s<>"'\][{}|\\^`]{0,2048})?(?![\w@-])/gi;
// Country-code domains need two dots ("portal.example.ca", "nhs.example.co.uk") or a path ("example.ca/login"):
// "e.g.", "b.i.d." and "pt.in bed" are not addresses.
const CC_DOMAIN =
  /(?<![\w@./-])(?:(?:[a-z0-9][a-z0-9-]{0,62}\.){2,5}(?:ca|uk|au|nz|ie|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|ar|cl|in|jp|kr|cn|sg|hk|ph|za|ng|ke|il)(?:\/[^\s<>"'\][{}|\\^`]{0,2048})?|[a-z0-9][a-z0-9-]{1,62}\.(?:ca|uk|au|nz|ie|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|ar|cl|in|jp|kr|cn|sg|hk|ph|za|ng|ke|il)\/[^\s<>"'\][{}|\\^`]{1,2048})(?![\w@-])/gi;
/** "from " or "by " right before a host name. */
const RELAY_BEFORE = /(?:from|by)[ \t]$/;
/** The host at `at` is on a "Received:" header's line or on the folded line after it (both lines 300 characters at most). */
function relayHeader(text: string, at: number): boolean {
  const line = lineStartWithin(text, at, 300);
  if (line < 0) return false;
  if (text.startsWith("Received:", line)) return true;
  const c = text.charCodeAt(line);
  if (line === 0 || !(c === 32 || c === 9)) return false;
  const prev = lineStartWithin(text, line - 1, 300);
  return prev >= 0 && text.startsWith("Received:", prev);
}
/** Telehealth and device platforms named by their bare domain: the same for every patient. */
const PLATFORM_DOMAINS = new Set(["doxy.me", "merlin.net", "zoom.us", "mychart.com", "libreview.com", "carelink.minimed.com", "clarity.dexcom.com", "latitude.bostonscientific.com", "healow.com", "followmyhealth.com", "updox.com"]);
const TLDS = new Set("com org net edu gov io us info biz health care co me app mil int ly tv".split(" "));
const CC_TLDS = new Set("ca uk au nz ie de fr es it nl be ch at se no dk fi pl pt br mx ar cl in jp kr cn sg hk ph za ng ke il".split(" "));

/**
 * Which domain patterns can match: 1 when a "." is followed by a generic top-level domain as a whole word
 * (".com", ".org"...), 2 when by a country code (".ca", ".uk"...). Walks the dots instead of running a
 * regular expression over the whole note.
 */
function domainKinds(text: string): number {
  let kinds = 0;
  for (let p = text.indexOf("."); p >= 0 && kinds !== 3; p = text.indexOf(".", p + 1)) {
    let e = p + 1;
    while (e < text.length && e - p <= 7) {
      const c = text.charCodeAt(e);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) e++;
      else break;
    }
    if (e - p < 3 || e - p > 7) continue; // 2-6 word characters (the longest listed domain is "health")
    const c = e < text.length ? text.charCodeAt(e) : 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) continue;
    const w = text.slice(p + 1, e).toLowerCase();
    if (TLDS.has(w)) kinds |= 1;
    else if (CC_TLDS.has(w)) kinds |= 2;
  }
  return kinds;
}
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g;
const IPV6 = /(?<![:\w.])(?:[0-9a-f]{0,4}:){2,7}(?::|[0-9a-f]{1,4})(?![:\w])/gi;

// The same, tried only where they can start. A phone number starts at "+1" or "(" before a digit run, or at a
// run of 1 ("1-617..."), 3 (also "617/555-0199"), 4 ("1617-..."), 10 or 11 digits; a local number at a run of 3 digits before . or -;
// an IPv4 address at a run of 1-3 digits before a dot.
export const PHONE_AT = runPattern(PHONE, (text, s, e) => {
  const before = s > 0 ? text.charCodeAt(s - 1) : 0;
  const len = e - s;
  const c0 = text.charCodeAt(s);
  const after = text.charCodeAt(e);
  // "(617)" / "+1": the match starts at the "(" or "+"
  // (a bracket a scan or a typist lost: "(888 415-4453", "1 888) 415-5803")
  const bits = (before === 43 && c0 === 49) || (before === 40 && len === 3 && (after === 41 || isSpaceDotDash(after))) ? 2 : 0;
  // "617-555-...", "617 555...": three digits, a separator and another digit
  if (len === 3) {
    if (after === 47) return bits | (digitsAt(text, e + 1) === 3 && isSpaceDotDash(text.charCodeAt(e + 4)) ? 1 : 0); // 617/555-0199
    return bits | ((isSpaceDotDash(after) && digitsAt(text, e + 1) > 0) || after === 41 ? 1 : 0);
  }
  if (len === 10) return bits | 1;
  if (c0 !== 49) return bits;
  // a leading 1: "1 (617)...", "1-617-...", "1617-555-...", "16175550199"
  if (len === 1) return bits | (after === 40 || (isSpaceDotDash(after) && (text.charCodeAt(e + 1) === 40 || digitsAt(text, e + 1) > 0)) ? 1 : 0);
  if (len === 4) return bits | (((isSpaceDotDash(after) || after === 47) && digitsAt(text, e + 1) > 0) || after === 41 ? 1 : 0); // 1617/555-..., 1888) 555-...
  return bits | (len === 11 ? 1 : 0);
});
export const LOCAL_PHONE_AT = runPattern(LOCAL_PHONE, (text, s, e) => {
  const c = text.charCodeAt(e);
  return e - s === 3 && (c === 46 || c === 45) ? 1 : 0;
}, 3, 3);
export const INTL_PHONE_AT = runPattern(INTL_PHONE, (text, s, e) =>
  s > 0 && text.charCodeAt(s - 1) === 43 ? 2 : e - s >= 2 && text.charCodeAt(s) === 48 && text.charCodeAt(s + 1) === 48 ? 1 : 0,
);
export const NATIONAL_PHONE_AT = runPattern(NATIONAL_PHONE, (text, s, e) => {
  // a trunk 0 and at least one more digit; a short run must be followed by a separator or ")"
  if (text.charCodeAt(s) !== 48 || e - s < 2) return 0;
  const c = text.charCodeAt(e);
  if (e - s < 6 && c !== 32 && c !== 46 && c !== 45 && c !== 41) return 0; // the pattern has 6+ digits
  return s > 0 && text.charCodeAt(s - 1) === 40 ? 3 : 1;
}, 2);
// an IPv4 address: 1-3 digits, ".", 1-3 digits, "." (the pattern checks the rest); never after "."
export const IPV4_AT = runPattern(IPV4, (text, s, e) => {
  if (text.charCodeAt(e) !== 46 || (s > 0 && text.charCodeAt(s - 1) === 46)) return 0;
  const n = digitsAt(text, e + 1);
  return n > 0 && n <= 3 && text.charCodeAt(e + 1 + n) === 46 ? 1 : 0;
}, 1, 3);

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Cheap gate: "::" or a hex group between two colons. */
function maybeIPv6(text: string): boolean {
  let i = text.indexOf(":");
  while (i >= 0) {
    if (text.charCodeAt(i + 1) === 58) return true;
    let k = i + 1;
    while (k < text.length && k - i <= 4 && isHex(text.charCodeAt(k))) k++;
    if (k > i + 1 && text.charCodeAt(k) === 58 && i > 0 && isHex(text.charCodeAt(i - 1))) return true;
    i = text.indexOf(":", i + 1);
  }
  return false;
}

function trimTrailing(s: string): number {
  let end = s.length;
  while (end > 0 && ".,;:!?)'\"".includes(s[end - 1]!)) {
    if (s[end - 1] === ")" && s.slice(0, end).includes("(")) break;
    end--;
  }
  return end;
}

/** How many ASCII digits s holds. */
function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function phoneType(text: string, start: number): "PHONE" | "FAX" {
  return FAX_CUE.test(lookBack(text, start, 24)) ? "FAX" : "PHONE";
}

/**
 * National help lines, the same for everyone (poison help, suicide and crisis, domestic violence, SAMHSA, sexual
 * assault, child abuse, CDC-INFO, Medicare, Social Security), as ten digits: no one's number.
 */
const NATIONAL_LINES = new Set(["8002221222", "8002738255", "8007997233", "8006624357", "8006564673", "8004224453", "8002324636", "8006334227", "8007721213", "8009855990"]);

/** The number's digits (from its "800") are a national help line's. */
function nationalLine(number: string): boolean {
  return NATIONAL_LINES.has(number.replace(/\D/g, ""));
}

/** A toll-free 800 number from its "800" on: "800-222-1222", "800) 273-8255", "800.799.7233". */
const TOLL_FREE = /800\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d)/y;

/**
 * The national help lines in the note, added to `syntax` (start, end pairs) so that no rule takes them, as a phone
 * or as an id: from each digit run "800" (or "1800"), with what opens the number before it ("1-", "(", "+1 ").
 */
export function nationalLines(text: string, t: Tokens, syntax: number[]): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    const at = e - s === 3 ? s : e - s === 4 && text.charCodeAt(s) === 49 ? s + 1 : -1;
    if (at < 0 || text.charCodeAt(at) !== 56 || text.charCodeAt(at + 1) !== 48 || text.charCodeAt(at + 2) !== 48) continue;
    TOLL_FREE.lastIndex = at;
    const m = TOLL_FREE.exec(text);
    if (!m || !nationalLine(m[0])) continue;
    const open = /(?:\+?1[ .-]?)?\(?$/.exec(text.slice(Math.max(0, at - 4), at))!;
    syntax.push(at - open[0].length, at + m[0].length);
  }
}

/**
 * A phone number read aloud digit by digit, as a voicemail transcript writes it: "call me back at two zero seven six
 * two nine three two six nine" (seven, ten, or eleven digits from "one"), the words apart by spaces, commas or hyphens,
 * after a call-back or a number's word (not a digit span or item scores: "Digit span forward: five eight two ...").
 */
function spokenPhones(text: string, t: Tokens, out: Candidate[]): void {
  let first = -1;
  let last = -1;
  let count = 0;
  const close = () => {
    if ((count === 7 || count === 10 || (count === 11 && digitWord(text, t, first) === 1)) && !counting(text, t, first, last) && SPOKEN_CUE.test(text.slice(Math.max(0, t.start[first]! - 40), t.start[first]!))) {
      out.push({ start: t.start[first]!, end: t.end[last]!, type: "PHONE", priority: 55 });
    }
  };
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (!(t.trig[k]! & T_DIGITWORD)) continue;
    if (count > 0 && k === last + 1 && SPOKEN_GAP.test(text.slice(t.end[last]!, t.start[k]!))) {
      last = k;
      count++;
      continue;
    }
    close();
    first = last = k;
    count = 1;
  }
  close();
}
const DIGIT_VALUES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/** The digit that token k reads aloud ("oh" is zero). */
function digitWord(text: string, t: Tokens, k: number): number {
  const w = text.slice(t.start[k]!, t.end[k]!).toLowerCase();
  return w === "oh" ? 0 : DIGIT_VALUES.indexOf(w);
}
/** Tokens first..last count up or down by one ("one, two, three, ..."): a test of attention, not a number. */
function counting(text: string, t: Tokens, first: number, last: number): boolean {
  const step = digitWord(text, t, first + 1) - digitWord(text, t, first);
  if (step !== 1 && step !== -1) return false;
  for (let k = first + 1; k < last; k++) if (digitWord(text, t, k + 1) - digitWord(text, t, k) !== step) return false;
  return true;
}
/** Before a number read aloud: a call-back or a number's words ("call me back at", "my cell is", "number is"). */
const SPOKEN_CUE = /\b(?:call|calls|called|calling|back|reach|reached|phone|cell|mobile|number|numbers|text|line|contact|fax|at|is)\b[^.\n]{0,16}$/i;
/** Between two digits read aloud: a space, a comma or a hyphen. */
const SPOKEN_GAP = /^(?:[ ]|,[ ]|[ ]?-[ ]?)$/;

export function detectContacts(text: string, t: Tokens, out: Candidate[]): void {
  if (t.anyTrig & T_DIGITWORD) spokenPhones(text, t, out);
  eachRunMatch(PHONE_AT, text, t, (m) => {
    const digits = countDigits(m[0]);
    const bare = /^\d+$/.test(m[0]);
    if (bare && !PHONE_CUE.test(lookBack(text, m.index, 16))) return; // a bare 10-digit run is left to the id rules
    if (digits < 10) return;
    // "(541 635-6957 ext 36)": a bracket round the whole number is the text's, not a lost one of the area code
    // ("Call (617 555-0199 or 617-555-0100)": closed later on the line, before another one opens)
    const wrapped = m[0].charCodeAt(0) === 40 && m[0].charCodeAt(4) !== 41 && /^[^\n(]{0,80}\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 81)) ? 1 : 0;
    out.push({ start: m.index + wrapped, end: m.index + m[0].length, type: phoneType(text, m.index), priority: 65 });
  });
  eachRunMatch(INTL_PHONE_AT, text, t, (m) => {
    // without the "00" of an international prefix ("0044 ...")
    const digits = countDigits(m[0]) - (m[0].startsWith("00") ? 2 : 0);
    // a closing bracket with no opening one in the number belongs to the text around it ("(admissions: +1 (802) 277-5242)")
    const unopened = m[0].endsWith(")") && m[0].split("(").length < m[0].split(")").length;
    if (digits >= 8 && digits <= 15) out.push({ start: m.index, end: m.index + m[0].length - (unopened ? 1 : 0), type: phoneType(text, m.index), priority: 64 });
  });
  eachRunMatch(NATIONAL_PHONE_AT, text, t, (m) => {
    const digits = countDigits(m[0]);
    if (digits >= 9 && digits <= 11 && PHONE_CUE.test(lookBack(text, m.index, 16))) out.push({ start: m.index, end: m.index + m[0].length, type: phoneType(text, m.index), priority: 55 });
  });
  eachRunMatch(LOCAL_PHONE_AT, text, t, (m) => {
    if (PHONE_CUE.test(lookBack(text, m.index, 16))) out.push({ start: m.index, end: m.index + m[0].length, type: phoneType(text, m.index), priority: 55 });
  });
  if (text.includes("@")) {
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "EMAIL", priority: 80 });
    }
  }
  if (text.includes(":/") || /www\./i.test(text)) {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
      const end = trimTrailing(m[0]);
      if (end > 4 && !STANDARDS_URL.test(m[0])) out.push({ start: m.index, end: m.index + end, type: "URL", priority: 75 });
    }
  }
  const domains = text.includes(".") ? domainKinds(text) : 0;
  if (domains & 1) {
    BARE_DOMAIN.lastIndex = 0;
    for (let m = BARE_DOMAIN.exec(text); m !== null; m = BARE_DOMAIN.exec(text)) {
      const end = trimTrailing(m[0]);
      // a platform named by its domain, without a path ("Doxy.me", "Merlin.net"), is about no one
      if (PLATFORM_DOMAINS.has(m[0].slice(0, end).toLowerCase())) continue;
      // a government agency's page written without a scheme ("See uscis.gov/i-693") is about no one
      if (GOV_DOMAIN.test(m[0].slice(0, end))) continue;
      // a mail relay in a message's "Received:" header ("from mail.example.org (1.2.3.4) by mx.example.org"): the
      // sending system's, about no one (the address beside it is kept)
      if (RELAY_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) && relayHeader(text, m.index)) continue;
      out.push({ start: m.index, end: m.index + end, type: "URL", priority: 70 });
    }
  }
  if (domains & 2) {
    CC_DOMAIN.lastIndex = 0;
    for (let m = CC_DOMAIN.exec(text); m !== null; m = CC_DOMAIN.exec(text)) {
      const end = trimTrailing(m[0]);
      out.push({ start: m.index, end: m.index + end, type: "URL", priority: 70 });
    }
  }
  eachRunMatch(IPV4_AT, text, t, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "IP", priority: 72 }));
  if (maybeIPv6(text)) {
    IPV6.lastIndex = 0;
    for (let m = IPV6.exec(text); m !== null; m = IPV6.exec(text)) {
      const v = m[0];
      const groups = v.split(":").filter((g) => g.length > 0).length;
      if (!(v.includes("::") && groups >= 2) && groups < 5) continue;
      if (!/[a-f]/i.test(v) && groups < 5) continue;
      out.push({ start: m.index, end: m.index + v.length, type: "IP", priority: 72 });
    }
  }
}
