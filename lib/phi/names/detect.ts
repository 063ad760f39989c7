/**
 * Person names, from context first and dictionaries second:
 *  - titles and roles before a name (Dr., Mrs., RN, Nurse), credentials after
 *    it (", MD", " RN"), relation words (daughter Rose, Rose (daughter)),
 *    person cues (spoke with, per, cc:, Dear), labels (Patient:, Caller:),
 *    "<Name> is a 45 yo ...", "<Name> called";
 *  - census first + last name pairs, "Last, First", "J. Smith";
 *  - a lone census name that is not an English word (or is a very common
 *    name that is a rare word: Miller, Martin);
 *  - in mixed-case text, a capitalised common-word name mid-sentence (Rose,
 *    Will, Brown) — capitals carry no meaning in ALL CAPS or lower-case
 *    notes, where such words need context;
 *  - every other occurrence of a spelling confirmed by context.
 * Clinical words, drugs and eponyms ("Foley catheter", "Graves disease")
 * are never names without a title.
 */
import { type Candidate } from "../types";
import { type Tokens } from "../tokens";
import { ScratchBytes } from "../scan";
import { PARTICLES, emitNameSpans, isParticle, particleGap } from "./emit";
import { lowerSurname, nameAndField } from "./fields";
import * as tk from "../tokens";
import { lowerHash } from "../word-table";
import { isDigitChar } from "../text";
import { givenAfterCapsSurname, layoutNames, nameNeighbours } from "./layout";
import { surnameGivenBeforeDate } from "./age-entries";
import { signedInitials } from "./signatures";
import { dictionaryNames } from "./dictionary-names";
// Bind once: module namespace/export getters are slow in hot loops.
const { rawOf, F_AFTERVERB, F_AMBIG_CRED, F_BLOCK, F_BYVERB, F_COMMON, F_CRED, F_CUEVERB, F_ENGLISH, F_FIRST, F_FUNC, F_IS, F_STATE, F_LABEL, F_LINK, F_NAME, F_REL, F_SHORT_TITLE, F_SIGNOFF, F_TITLE, G_BREAK, G_COLON, G_COMMA, G_DOT, G_NEWLINE, G_OPEN_PAREN, G_REL, G_SPACE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_LOWER, SHAPE_UPPER } = tk;
import {
  CTX_STRONG, CTX_LABEL, CTX_REL, CTX_CUE, NEVER, type NameCtx, len, low, fieldStart, sentStart, proper, nextIsNamey, unknownWord, accepts, markRange, chain, capsName, capsRun, headerName, chainBack, lowerName, fieldGap, colonAfter, firstThenWord, initialsAt, namePartField, DOB_LID,
} from "./context";

const markScratch = new ScratchBytes();
const MRN_LID = lowerHash("mrn");
const NAME_LID = lowerHash("name");
const FROM_LID = lowerHash("from");
const INITIAL_LID = lowerHash("initial");
const BY_LID = lowerHash("by");
const V_LID = lowerHash("v");
const VS_LID = lowerHash("vs");
const ANESTHESIA_LID = lowerHash("anesthesia");
const ANES_LID = lowerHash("anes");
/** A 1,024-bit filter of the confirmed spellings' lower-case hashes: most tokens are ruled out without a set lookup. */
const confirmedBits = new Int32Array(32);
/** Words before "from" that make the next capitalised word a person ("consent obtained from Esma", "message from Ade"). */
const FROM_PERSON = new Set("obtained consent call calls message messages note letter referral report history info information text email voicemail fax request".split(" "));
/** Kinds of anaesthesia a label "Anesthesia:" is followed by. */
const ANESTHESIA_KINDS = new Set(["general", "mac", "local", "regional", "spinal", "epidural", "sedation", "block", "moderate", "deep", "none"]);
/** A number and a colon after a label, then the value: " 2: ", " #1: ". */
const NUMBERED_LABEL = /^[ ]#?\d{1,2}[ ]?:[ \t]{1,3}$/;
/** Organisations whose name a "<noun> name:" field holds: "Mine name:", "Business name:", "Employer name:". */
const ORG_NOUNS = new Set(["mine", "business", "company", "employer", "school", "facility", "practice", "pharmacy", "agency", "plant", "store", "farm", "ranch", "organization", "organisation", "program", "programme", "site", "hospital", "clinic", "vendor", "carrier", "insurer", "church", "firm", "establishment"]);

/** The line before `at` has a table's cell delimiter: a bar or a tab. */
function cellOnLine(text: string, at: number): boolean {
  for (let q = at - 1; q >= 0; q--) {
    const ch = text.charCodeAt(q);
    if (ch === 10) return false;
    if (ch === 124 || ch === 9) return true;
  }
  return false;
}
/** text[a, b) holds a table's bar (a tab may part a label from its value: "Reviewed by\tJane Doe"). */
function cellGap(text: string, a: number, b: number): boolean {
  const bar = text.indexOf("|", a);
  return bar >= 0 && bar < b;
}
/** Services written as capitals, which a credential in brackets can follow ("Discussed with IR (MD)"). */
const SERVICES = new Set(["IR", "ER", "ED", "OR", "GI", "PT", "OT", "ST", "ENT", "ICU", "CCU", "MICU", "SICU", "NICU", "PICU", "PACU", "IM", "FM", "OB", "GYN", "NP", "RT", "SW", "CM", "UR", "HH", "PM", "ID", "EP"]);
/** Words between a person's label and its colon: "Driver today:", "Advocate present:", "Siblings typed:". */
const LABEL_QUALIFIERS = new Set(["entered", "today", "present", "assigned", "typed", "visited", "contacted", "notified", "onsite", "responding", "approving", "reviewing", "on-call"]);
/** Titles after which lower-case name particles or names are looked for ("mr" and "ms" are also MR imaging and MS). */
const TITLE_BEFORE_LOWER = new Set(["dr", "mrs", "miss"]);

export function detectNames(text: string, t: Tokens, out: Candidate[]): void {
  const n = t.n;
  const mark = markScratch.take(n);
  const F = t.flags;
  const S = t.shape;
  const M = t.mode;
  const G = t.gap;
  const confirmedLid = new Set<number>();
  const c: NameCtx = { text, t, n, F, S, M, G, mark, confirmedLid };

  for (let i = 0; i < n; i++) {
    const fl = F[i]!;
    // DOB or MRN right after a name: "<Name> (DOB ...", "<Name>, MRN ..."
    const isDob = (fl & F_BLOCK) !== 0 && i > 0 && (t.lid[i] === DOB_LID || t.lid[i] === MRN_LID) && t.raw[i] !== "" && len(c, i) === 3;
    if ((fl & (F_TITLE | F_CRED | F_REL | F_CUEVERB | F_BYVERB | F_LINK | F_LABEL | F_SIGNOFF | F_AFTERVERB | F_IS)) === 0 && !isDob && t.lid[i] !== INITIAL_LID && t.lid[i] !== V_LID && t.lid[i] !== VS_LID) continue;
    const g = G[i]!;
    // 1. titles: Dr. Smith, Mrs Brown, RN Jones, Nurse Ann
    if (fl & F_TITLE && i + 1 < n && g & (G_SPACE | G_DOT)) {
      const roleAbbr = len(c, i) <= 4 && !(fl & F_SHORT_TITLE);
      if (!roleAbbr || ((M[i] !== 0 || S[i] !== SHAPE_LOWER) && g & G_SPACE)) {
        const nf = F[i + 1]!;
        // "RN Care Manager", "NP Case Coordinator": a job title, not "RN <Name>"
        // "Name: Do   First: Harold": a field gap after a credential, or a label after it, is no "DO <Name>"
        const jobTitle = (roleAbbr && nf & F_COMMON && i + 2 < n && G[i + 1]! & G_SPACE && F[i + 2]! & (F_TITLE | F_LABEL)) || fieldGap(c, i) || (nf & (F_LABEL | F_BLOCK) && colonAfter(c, i + 1));
        if (!jobTitle && (!roleAbbr || (nf & F_NAME && !(M[i + 1] !== 0 && nf & (F_COMMON | F_BLOCK) && !nextIsNamey(c, i + 1))) || unknownWord(c, i + 1))) chain(c, i + 1, roleAbbr ? CTX_LABEL : CTX_STRONG);
      }
    }
    // 1a. after "Dr." / "Mrs." in mixed case, a capitalised word that is also a clinical or English word ("Dr. Sleep")
    if (fl & F_SHORT_TITLE && i + 1 < n && M[i] === 0 && S[i] === SHAPE_CAP && g & (G_SPACE | G_DOT) && M[i + 1] === 0 && S[i + 1] === SHAPE_CAP && !mark[i + 1] &&
      !(F[i + 1]! & (F_FUNC | F_TITLE | F_CRED | F_LABEL | F_REL | F_NAME)) && (F[i + 1]! & (F_BLOCK | F_ENGLISH)) !== 0 && /^(?:dr|mrs|ms|miss|mr)$/i.test(t.raw[i]!)) {
      markRange(c, i + 1, i + 2, false);
    }
    // 1b. after Dr/Mrs/Miss: name particles ("Dr. van der Berg", "Dr. de la Cruz"), and in mixed-case text a
    // lower-case census name that is no common word ("cc: dr smith", "d/w dr okafor-jones" stays unfound)
    if (fl & F_SHORT_TITLE && i + 1 < n && g & (G_SPACE | G_DOT) && (TITLE_BEFORE_LOWER.has(low(c, i)) || (g & G_DOT && /^m[rs]$/i.test(t.raw[i]!)))) {
      let j = i + 1;
      while (j < n && j - i <= 3 && S[j] === SHAPE_LOWER && PARTICLES.has(rawOf(t, text, j).toLowerCase()) && G[j]! & G_SPACE) j++;
      if (j > i + 1 && j < n && S[j] !== SHAPE_LOWER && chain(c, j, CTX_STRONG) > j) markRange(c, i + 1, j, false);
      // (after "dr" a census surname that is also a common word: "dr graves", "dr rich"; not "dr office", "dr said")
      else if (j === i + 1 && M[j] === 0 && S[j] === SHAPE_LOWER && (lowerName(c, j) || (low(c, i) === "dr" && lowerSurname(rawOf(t, text, j))))) {
        let k = j + 1;
        if (k < n && G[j]! & G_SPACE && M[k] === 0 && S[k] === SHAPE_LOWER && lowerName(c, k)) k++;
        markRange(c, j, k, false);
      }
    }
    // 2. credentials: Jane Doe, RN / J. Smith MD
    if (fl & F_CRED && i > 0 && (M[i] !== 0 || S[i] !== SHAPE_LOWER)) {
      const gb = G[i - 1]!;
      const initialComma = S[i - 1] === SHAPE_INITIAL && /^\.,?[ \t]{0,2}$/.test(text.slice(t.end[i - 1]!, t.start[i]!));
      // "Abisoye (MD)", "Grant (RN)": a credential in brackets right after the name
      const bracketed = gb & G_OPEN_PAREN && text.charCodeAt(t.start[i]! - 1) === 40 && text.charCodeAt(t.end[i]!) === 41;
      // "Kocchar DO", "-- Wood LPN": a signature line, the credential in capitals last on it (any credential)
      const signature = fl & F_AMBIG_CRED && gb & G_SPACE && S[i] === SHAPE_UPPER && (i + 1 >= n || G[i]! & G_NEWLINE);
      if (gb & G_COMMA || initialComma || bracketed || (!(fl & F_AMBIG_CRED) && gb & G_SPACE) || signature) {
        let a = chainBack(c, i, fl & F_AMBIG_CRED || bracketed ? CTX_LABEL : CTX_STRONG);
        if (a < i && !(fl & F_AMBIG_CRED && F[a]! & F_BLOCK) && (S[i - 1] === SHAPE_INITIAL || !(F[i - 1]! & F_ENGLISH && !(F[i - 1]! & F_NAME)))) {
          // "Góra, Eleonora PharmD", "Oluwagbemi, Adebowale MD": the surname before a comma
          if (a >= 1 && G[a - 1]! & G_COMMA && S[a] !== SHAPE_INITIAL && !bracketed && (accepts(c, a - 1, CTX_LABEL) || capsName(c, a - 1))) a--;
          // "Transitions of Care RN": a common word inside a phrase before the credential
          const phrase = a === i - 1 && M[a] === 0 && F[a]! & F_COMMON && a > 0 && S[a - 1] === SHAPE_LOWER && F[a - 1]! & F_FUNC;
          if (!(S[a] === SHAPE_INITIAL && a === i - 1) && !phrase && (!signature || gb & G_COMMA || fieldStart(c, a))) markRange(c, a, i, true);
        } else if (gb & G_COMMA && firstThenWord(c, i - 1)) {
          markRange(c, i - 2, i, true); // "Ponziano Sleep, NP": a first name, then a surname that is also a word
        } else if (bracketed && !mark[i - 1] && M[i - 1] === 0 && S[i - 1] === SHAPE_UPPER && len(c, i - 1) >= 2 && len(c, i - 1) <= 3 &&
          !(F[i - 1]! & (F_CRED | F_FUNC | F_BLOCK | F_STATE | F_LABEL | F_TITLE | F_REL | F_ENGLISH)) && !SERVICES.has(t.raw[i - 1]!) && t.start[i]! - t.end[i - 1]! === 2) {
          markRange(c, i - 1, i, false); // "Vitals by XS (MA)": a person's initials, then the credential in brackets
        }
      }
    }
    // 3. relations: daughter Rose / son, Will, / Rose (daughter)
    if (fl & F_REL) {
      // "Well Child Check": a relation word inside a capitalised heading, before a common word
      const heading = M[i] === 0 && S[i] === SHAPE_CAP && i > 0 && S[i - 1] === SHAPE_CAP && G[i - 1]! & G_SPACE && i + 1 < n && F[i + 1]! & F_COMMON;
      if (i + 1 < n && g & G_REL && !heading) {
        let j = i + 1;
        // "mother (II-2) Alojz", "grandmother (I-2) Batur Baran": a pedigree mark in brackets between
        if (text.charCodeAt(t.end[i]!) === 32 && text.charCodeAt(t.end[i]! + 1) === 40) {
          const m = /^[ \t]\([^)\n]{1,12}\)[ \t]+/.exec(text.slice(t.end[i]!, t.end[i]! + 20));
          if (m) while (j < n && t.start[j]! < t.end[i]! + m[0].length) j++;
        }
        const lj = low(c, j);
        if ((lj === "named" || lj === "is") && j + 1 < n) j++;
        // without case to tell ("my wife said ok", "her daughter is sick"): a verb the person did, or an everyday word
        // that is no first name, is no name
        // ("her daughter wren keeps calling": an everyday word before what the person did stays a name)
        const caseless = M[j] !== 0 && j < n && (F[j]! & F_AFTERVERB || ((F[j]! & (F_ENGLISH | F_COMMON)) === (F_ENGLISH | F_COMMON) && !(F[j]! & F_FIRST) && (j + 1 >= n || (G[j]! & (G_BREAK | G_NEWLINE | G_COMMA)) !== 0)));
        // "his daughter Wily called": a capitalised word between a relation and what the person did is the name,
        // whatever else the word is
        if (!caseless && chain(c, j, CTX_REL, 5) === j && M[j] === 0 && S[j] === SHAPE_CAP && j + 1 < n && G[j]! & G_SPACE && F[j + 1]! & F_AFTERVERB &&
          !(F[j]! & (F_FUNC | F_LABEL | F_TITLE | F_CRED | F_REL)) && !mark[j]) {
          markRange(c, j, j + 1, false);
        }
      }
      if (i > 0 && G[i - 1]! & G_OPEN_PAREN && !(F[i - 1]! & F_REL)) {
        const a = chainBack(c, i, CTX_REL);
        if (a < i && !(F[a]! & F_REL)) markRange(c, a, i, true);
      }
      // "Ray, pt's granddaughter," / "Ann, his wife"
      if (i > 1 && /^(?:pt|patient|his|her|their|the)$/i.test(t.raw[i - 1]!) && G[i - 2]! & G_COMMA) {
        const a = chainBack(c, i - 1, CTX_REL);
        if (a < i - 1 && !(F[a]! & F_REL)) markRange(c, a, i - 1, true);
      }
    }
    // 4. cue verbs: spoke with Ann, per Tom, Dear Mary, cc: Dr...
    if (fl & F_CUEVERB && i + 1 < n) {
      let j = i + 1;
      // "spoke with", and "spoke w/" (the "w" of "w/")
      if ((F[j]! & F_LINK || (len(c, j) === 1 && (text.charCodeAt(t.start[j]!) | 32) === 119 && text.charCodeAt(t.end[j]!) === 47)) && j + 1 < n) j++;
      // "called Walgreens" is a place; "Called Sucheta at 555-..." a person
      const called = t.raw[i]!.toLowerCase() === "called" && !(j + 2 < n && low(c, j + 1) === "at" && text.charCodeAt(t.start[j + 2]! - 1) === 32 && /[\d(+]/.test(text.charAt(t.end[j + 1]! + 1)));
      if (F[j]! & F_NAME || (M[j] === 0 && S[j] === SHAPE_CAP && unknownWord(c, j) && !called)) chain(c, j, CTX_CUE, 5);
    }
    // (not a table's header cell, "| Site | Given by", above the first row's vaccine, or before the next cell, "|
    // Observed by | Side effects")
    if (fl & F_LINK && i > 0 && F[i - 1]! & F_BYVERB && low(c, i) === "by" && i + 1 < n && !(g & G_NEWLINE && cellOnLine(text, t.start[i]!)) && !cellGap(text, t.end[i]!, t.start[i + 1]!) && chain(c, i + 1, CTX_LABEL) === i + 1 && initialsAt(c, i + 1)) {
      markRange(c, i + 1, i + 2, false); // "Scanned by DJ at 8:36"
    } else if (fl & F_LINK && i + 1 < n && !mark[i + 1] && S[i] === SHAPE_LOWER && M[i] === 0 && t.lid[i] === BY_LID && g & G_SPACE && initialsAt(c, i + 1)) {
      markRange(c, i + 1, i + 2, false); // "collected 17-MAY-2025 0449 by CS"
    }
    // a case caption: "State v. BAHRINGER, ANTONE", "Doe vs. Roe"
    if (i > 0 && i + 1 < n && (t.lid[i] === V_LID || t.lid[i] === VS_LID) && S[i] === SHAPE_LOWER && M[i] === 0 && t.raw[i] !== "" && text.charCodeAt(t.end[i]!) === 46 && S[i - 1] === SHAPE_CAP && S[i + 1] !== SHAPE_LOWER) {
      if (chain(c, i + 1, CTX_LABEL) === i + 1 && S[i + 1] === SHAPE_UPPER && M[i + 1] === 0) capsRun(c, i + 1);
    }
    // "Tech GP.", "RN KZ": staff initials run together after a role
    if (fl & F_TITLE && i + 1 < n && g & G_SPACE && M[i] === 0 && !mark[i + 1] && initialsAt(c, i + 1)) {
      markRange(c, i + 1, i + 2, false);
      // "witness YH / HK": a second pair of initials after a slash
      if (i + 2 < n && /^[ ]?\/[ ]?$/.test(text.slice(t.end[i + 1]!, t.start[i + 2]!)) && initialsAt(c, i + 2)) markRange(c, i + 2, i + 3, false);
    }
    if (fl & F_LINK && i + 1 < n && F[i + 1]! & F_NAME && !(F[i + 1]! & (F_COMMON | F_BLOCK)) && low(c, i) === "with") chain(c, i + 1, CTX_CUE, 3);
    if (low(c, i) === "from" && i + 1 < n && ((F[i + 1]! & F_NAME && !(F[i + 1]! & (F_COMMON | F_BLOCK | F_STATE))) || (M[i + 1] === 0 && S[i + 1] === SHAPE_CAP && unknownWord(c, i + 1) && !(F[i + 1]! & F_STATE) && i > 0 && FROM_PERSON.has(low(c, i - 1))))) chain(c, i + 1, CTX_CUE, 3);
    // 5. labels: "Patient: John Smith", "Caller: Rose", "Patient Name: ...", "my patient, Jane Roe"
    // ("PATIENT NAME SANTOS, TUOMAS": "name" after another label needs no colon)
    if (fl & F_LABEL && i + 1 < n && (g & G_COLON || (g & G_COMMA && /^(?:patient|pt)$/i.test(t.raw[i]!)) || (g & G_SPACE && i > 0 && F[i - 1]! & F_LABEL && G[i - 1]! & G_SPACE && t.lid[i] === NAME_LID))) {
      // "CC: FALL AT HOME" (chief complaint); on a caps line "PT: ALERT AND ORIENTED", "PT: POST-OP DAY 2": a common
      // word that is no first name and not "Last," is findings, not a name
      const notAName =
        (F[i + 1]! & F_LABEL && F[i + 1]! & (F_COMMON | F_BLOCK)) !== 0 || // "Bill to: Patient"
        // "Anesthesia: General endotracheal": a common word that is no first name, before a lower-case word
        ((F[i + 1]! & (F_COMMON | F_ENGLISH)) === (F_COMMON | F_ENGLISH) && !(F[i + 1]! & F_FIRST) && i + 2 < n && G[i + 1]! & G_SPACE && S[i + 2] === SHAPE_LOWER && M[i + 1] === 0) ||
        (low(c, i) === "cc" && (F[i + 1]! & (F_COMMON | F_ENGLISH)) !== 0 && !(F[i + 1]! & F_TITLE)) ||
        // "Anesthesia: General", "Anes: MAC": the kind of anaesthesia
        ((t.lid[i] === ANESTHESIA_LID || t.lid[i] === ANES_LID) && ANESTHESIA_KINDS.has(low(c, i + 1))) ||
        (M[i + 1] !== 0 && (F[i + 1]! & F_ENGLISH) !== 0 && !(F[i + 1]! & F_FIRST) && !(G[i + 1]! & G_COMMA)) ||
        // "Mine name: Cumberland Timber Co.", "Business name:": an organisation's name (facilities.ts reads it)
        (t.lid[i] === NAME_LID && i > 0 && G[i - 1]! & G_SPACE && ORG_NOUNS.has(low(c, i - 1)));
      let first = i + 1;
      while (first + 1 < n && first - i <= 3 && isParticle(t, text, first) && particleGap(t, text, first)) first++;
      const chained = notAName ? first : chain(c, first, CTX_LABEL);
      // "Last Name: Do   First: Harold", "Surname: Long": a field that can only hold a name part takes any capitalised
      // word that fills it (to a field gap or the line's end), even a function word or a credential
      if (chained === first && g & G_COLON && S[first] !== SHAPE_LOWER && S[first] !== SHAPE_INITIAL && namePartField(c, i) &&
        (F[first]! & F_NAME || !(F[first]! & (F_ENGLISH | F_COMMON | F_BLOCK))) &&
        (first + 1 >= n || G[first]! & G_NEWLINE || fieldGap(c, first) || colonAfter(c, first + 1))) {
        markRange(c, first, first + 1, false);
      }
      // "Patient: LYNCH, HAZEL": a surname that is also a clinical word, then a comma and a first name
      if (chained === first && g & G_COLON && first + 1 < n && G[first]! & G_COMMA && S[first] !== SHAPE_LOWER && F[first + 1]! & F_FIRST &&
        proper(c, first + 1) && !(F[first]! & (F_FUNC | F_LABEL | F_TITLE | F_CRED | F_REL)) && !(F[first + 1]! & (F_FUNC | F_LABEL | F_STATE))) {
        markRange(c, first, first + 2, true);
      }
      const end = chained > first ? chained : i + 1;
      // "Emergency contact: VELÁZQUEZ DE ROYBAL, GLORIA P (MOTHER)": a name in capitals on a mixed-case line
      if (g & G_COLON && !notAName && (S[i + 1] === SHAPE_UPPER || end > i + 1)) capsRun(c, end > i + 1 ? end - 1 : i + 1);
      // a name typed in lower case after the label in mixed-case text ("Pt name: smith, john"): census names only
      if (end === i + 1 && g & G_COLON && M[i + 1] === 0 && S[i + 1] === SHAPE_LOWER && lowerName(c, i + 1)) {
        let k = i + 2;
        while (k < n && k - i <= 3 && G[k - 1]! & (G_SPACE | G_COMMA) && M[k] === 0 && S[k] === SHAPE_LOWER && lowerName(c, k)) k++;
        markRange(c, i + 1, k, false);
      }
    }
    // "Driver today: Nasiba ...", "Advocate present: ...", "Worker assigned: ...": a person's label and a word that
    // says when or how before the colon, opening a field
    if (fl & F_LABEL && i + 2 < n && g & G_SPACE && M[i] === 0 && S[i] !== SHAPE_LOWER && G[i + 1]! & G_COLON && S[i + 1] === SHAPE_LOWER && LABEL_QUALIFIERS.has(low(c, i + 1)) && fieldStart(c, i)) {
      chain(c, i + 2, CTX_LABEL);
    }
    // "Parent/Guardian 2: Phuong Tran-Bell", "Contact 1: ...": a person's label numbered before its colon
    if (fl & F_LABEL && i + 1 < n && text.charCodeAt(t.end[i]!) === 32 && (isDigitChar(text.charCodeAt(t.end[i]! + 1)) || text.charCodeAt(t.end[i]! + 1) === 35) && NUMBERED_LABEL.test(text.slice(t.end[i]!, t.start[i + 1]!))) chain(c, i + 1, CTX_LABEL);
    // "Physician's Name and Address: HIBA ADEYEMI, MD": a name field that also holds other things (fields.ts)
    if (t.lid[i] === NAME_LID && i + 1 < n && !(g & (G_COLON | G_NEWLINE))) nameAndField(c, i);
    // "PATIENT NAME (first, middle initial, last): Ergin Boratav": a label, a note in brackets, then the colon
    if (fl & F_LABEL && i + 1 < n && !(g & (G_COLON | G_NEWLINE)) && text.charCodeAt(t.end[i]!) === 32 && text.charCodeAt(t.end[i]! + 1) === 40) {
      const m = /^[ \t]*\([^)\n]{1,40}\)[ \t]*:[ \t]*/.exec(text.slice(t.end[i]!, t.end[i]! + 48));
      if (m) {
        let k = i + 1;
        while (k < n && t.start[k]! < t.end[i]! + m[0].length) k++;
        if (k < n && t.start[k] === t.end[i]! + m[0].length) chain(c, k, CTX_LABEL);
      }
    }
    // "RE: KB, 71 yo", "Subject: RE: ES - SNF placement": a patient's initials after "re:" on a mixed-case line
    if (fl & F_LABEL && g & G_COLON && i + 1 < n && M[i + 1] === 0 && S[i + 1] === SHAPE_UPPER && len(c, i + 1) <= 3 && (F[i + 1]! & ~F_ENGLISH) === 0 &&
      low(c, i) === "re" && /^(?:[ \t]+[-–(]|,|[ \t]*\n)/.test(text.slice(t.end[i + 1]!, t.end[i + 1]! + 3))) {
      markRange(c, i + 1, i + 2, false);
    }
    // "MI: M", "Middle initial: R": a lone initial after the label (chain leaves lone initials alone)
    if ((fl & F_LABEL || t.lid[i] === INITIAL_LID) && g & G_COLON && i + 1 < n && S[i + 1] === SHAPE_INITIAL && (i + 2 >= n || G[i + 1]! & (G_BREAK | G_NEWLINE) || fieldGap(c, i + 1) || /^[ \t]{2}/.test(text.slice(t.end[i + 1]!, t.end[i + 1]! + 2))) && /^(?:mi|middle|initial)$/.test(low(c, i))) {
      markRange(c, i + 1, i + 2, false);
    }
    // sign-offs: "Sincerely,\nJane Doe"
    if (fl & F_SIGNOFF && i + 1 < n && g & G_NEWLINE) chain(c, i + 1, CTX_LABEL);
    // "<Name> (DOB ...", "<Name>, DOB", "<Name> (MRN ..."
    // (an initial's full stop may stand before: "Ebunoluwa M.  DOB 3/2/43")
    // (not a header's field before it: "last,first,dob,vaccine")
    // (not the sex glued to an age: "85M, MRN ...")
    if (isDob && !(F[i - 1]! & F_LABEL) && !(S[i - 1] === SHAPE_INITIAL && isDigitChar(text.charCodeAt(t.start[i - 1]! - 1))) && (S[i - 1] === SHAPE_INITIAL ? /^\.?[ \t]*[(,]?[ \t]*$/ : /^[ \t]*[(,]?[ \t]*$/).test(text.slice(t.end[i - 1]!, t.start[i]!))) {
      const spaced = !/[(,]/.test(text.slice(t.end[i - 1]!, t.start[i]!));
      const a = chainBack(c, i, CTX_LABEL, spaced ? 4 : 3);
      // with only a space before DOB the name must start its line ("Orazio Sanna DOB 1 February 2019"); an MRN
      // needs the bracket or comma ("Rm 379A  MRN ..." is a room)
      if (a < i && (!spaced || (fieldStart(c, a) && t.lid[i] === DOB_LID))) markRange(c, a, i, true);
      else if (a === i && !spaced && firstThenWord(c, i - 1)) markRange(c, i - 2, i, true); // "Alf Sleep, DOB"
    }
    // "this is Ariadna, her daughter", "This is Kemal Demir calling": a name after "this is" in mixed case
    if (fl & F_IS && i > 0 && i + 1 < n && M[i + 1] === 0 && S[i + 1] === SHAPE_CAP && G[i - 1]! & G_SPACE && g & G_SPACE && low(c, i - 1) === "this" &&
      (unknownWord(c, i + 1) || (F[i + 1]! & F_NAME && !(F[i + 1]! & (F_COMMON | F_BLOCK))))) {
      chain(c, i + 1, CTX_CUE, 3);
    }
    // "dtr's name is Karson", "her name is Hope": a name after "name is"
    if (fl & F_IS && i > 0 && i + 1 < n && t.lid[i - 1] === NAME_LID && G[i - 1]! & G_SPACE && g & G_SPACE && (M[i + 1] === 0 ? S[i + 1] === SHAPE_CAP : (F[i + 1]! & F_NAME) !== 0)) {
      chain(c, i + 1, CTX_LABEL, 3);
    }
    // 6. "<Name> is a 45 yo"
    if (fl & F_IS && i > 0 && i + 1 < n && /^\s+an?\s+(?:\d|very |pleasant|delightful|well|healthy|previously)/i.test(text.slice(t.end[i]!, t.end[i]! + 24))) {
      let a = chainBack(c, i, CTX_REL);
      // a capitalised word that is also an English word ("Azalea is a 41-year-old")
      const p = i - 1;
      if (a === i && M[p] === 0 && S[p] === SHAPE_CAP && G[p]! & G_SPACE && !(F[p]! & (F_FUNC | F_BLOCK | F_LABEL | F_TITLE | F_CRED | F_REL | F_COMMON))) a = p;
      if (a < i && !(F[a]! & (F_BLOCK | F_REL))) markRange(c, a, i, true);
    }
    // "<Name> called", "Will Brown called"
    if (fl & F_AFTERVERB && i > 0 && G[i - 1]! & G_SPACE) {
      const p = i - 1;
      const fp = F[p]!;
      if (fp & F_NAME && !(fp & (F_BLOCK | F_FUNC | F_LABEL | F_TITLE | F_CRED | F_REL)) && proper(c, p) && (M[p] === 0 ? S[p] === SHAPE_CAP : !(fp & F_COMMON)) && !mark[p]) {
        let a = p;
        if (p > 0 && G[p - 1]! & G_SPACE && F[p - 1]! & F_FIRST && proper(c, p - 1) && (M[p - 1] !== 0 || S[p - 1] === SHAPE_CAP) && !NEVER.has(t.raw[p - 1]!.toLowerCase())) a = p - 1;
        markRange(c, a, p + 1, !(fp & F_COMMON));
      }
    }
    // "Dawn from the pharmacy called", "Mary from Dr. Lee's office"
    if (fl & F_LABEL && i > 0 && t.lid[i] === FROM_LID && G[i - 1]! & G_SPACE && sentStart(c, i - 1)) {
      const p = i - 1;
      if (F[p]! & F_FIRST && M[p] === 0 && S[p] === SHAPE_CAP && !NEVER.has(t.raw[p]!.toLowerCase())) markRange(c, p, i, !(F[p]! & F_COMMON));
    }
  }

  const legend = new Set<number>();
  // 6a. an initials legend, "ZB = Zâhit Ballı, RN; JB = Jessica Baa": the initials are the person's wherever they stand
  // (confirmed: every other "ZB" in the note is marked too)
  for (let i = 0; i + 1 < n; i++) {
    // (initials a title already took stay a legend's: "Tech RP = Robi Petrovac")
    if (S[i] !== SHAPE_UPPER || M[i] !== 0 || len(c, i) < 2 || len(c, i) > 3 || !(G[i]! & G_COLON)) continue;
    if (!/^[ \t]*=[ \t]*$/.test(text.slice(t.end[i]!, t.start[i + 1]!))) continue;
    let e = chain(c, i + 1, CTX_LABEL);
    if (e > i + 1) {
      // the rest of the name up to its credential or the next entry ("Jessica Baa, LPN")
      while (e < n && G[e - 1]! & G_SPACE && !(G[e - 1]! & G_COMMA) && S[e] === SHAPE_CAP && !(F[e]! & (F_CRED | F_FUNC | F_LABEL | F_TITLE))) e++;
      markRange(c, i, i + 1, true);
      markRange(c, i + 1, e, true);
      legend.add(t.lid[i]!);
    }
  }

  // 6b. a header line that starts with a full name before a "|" field ("Vishnu Aatmaj Somayaji | 8/19/22 | ...")
  for (let i = 0; i < n; i++) if (M[i] === 0 && S[i] === SHAPE_CAP && (i === 0 || G[i - 1]! & G_NEWLINE) && !mark[i]) i = headerName(c, i);
  signedInitials(c);

  // 6c-6h. names that the layout of a line gives away (layout.ts): a name before its age, before "date of birth" on a
  // line without case, above a street line, after "Guardianship of", in capitals on a mixed-case line, opening a
  // list row before a date or a header before an id in brackets
  layoutNames(c);

  // 7. dictionary pairs and lone names (dictionary-names.ts)
  dictionaryNames(c);

  // 7a. the other half of a marked name that no rule knew ("Dagmāra Strazdiņa")
  nameNeighbours(c);

  // 8. propagate spellings confirmed by context (in any case: "Okafor", "OKAFOR")
  if (confirmedLid.size > 0) {
    const lids = t.lid;
    const bits = confirmedBits;
    bits.fill(0);
    for (const lid of confirmedLid) bits[(lid >>> 5) & 31]! |= 1 << (lid & 31);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < n; i++) {
        if (mark[i] || (M[i] === 0 && S[i] !== SHAPE_CAP && S[i] !== SHAPE_UPPER) || S[i] === SHAPE_INITIAL) continue;
        // (these tokens all have their spelling and lid: capitalised, or on a line that is not mixed case)
        const lid = lids[i]!;
        if ((bits[(lid >>> 5) & 31]! & (1 << (lid & 31))) === 0 || !confirmedLid.has(lid) || !(proper(c, i) || legend.has(lid))) continue;
        const fl = F[i]!;
        const weak = (fl & (F_COMMON | F_FUNC)) !== 0;
        if (pass === 0) {
          if (M[i] === 0 ? !weak || (S[i] === SHAPE_CAP && !sentStart(c, i)) : !weak) mark[i] = 1;
        } else if ((i > 0 && mark[i - 1] && G[i - 1]! & G_SPACE) || (i + 1 < n && mark[i + 1] && G[i]! & G_SPACE)) {
          mark[i] = 1;
        }
      }
    }
  }

  givenAfterCapsSurname(c);
  surnameGivenBeforeDate(c);
  const from = out.length;
  emitNameSpans(text, t, mark, out, 40);
  agesAfterNames(text, out, from);
}

/** An age over 89 in brackets right after a name: "HEINONEN, Elina (95) MRN ...", "Ann Lee (102)". */
const AGE_IN_BRACKETS = /^[ ]?\((?:9\d|1[01]\d|12[0-5])\)/;
function agesAfterNames(text: string, out: Candidate[], from: number): void {
  const to = out.length;
  for (let k = from; k < to; k++) {
    const e = out[k]!.end;
    if (text.charCodeAt(e) !== 40 && text.charCodeAt(e + 1) !== 40) continue;
    const m = AGE_IN_BRACKETS.exec(text.slice(e, e + 6));
    // (the digits: after the "(", before the ")")
    if (m) out.push({ start: e + m[0].indexOf("(") + 1, end: e + m[0].length - 1, type: "AGE", priority: 64 });
  }
}
