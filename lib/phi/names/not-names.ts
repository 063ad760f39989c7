/**
 * Capitalised words that a name rule took but the note itself says are no person: a chatbot's name ("Robin (bot):",
 * "Hi! I'm Sam, the clinic's virtual assistant") and a field's label in another language glossed in English before
 * its colon ("Saengnyeonwolil (DOB):", "Ketay qetero (next visit):"), a saint on a feast day, a graded scale's
 * eponym before its grade ("Wagner 2"), a law's title ("Title VI Elder Nutrition"), and an app's name in a JSON log (`"client_name":"MedBinder"` beside an OAuth
 * `"scope"`). Run after the name rules on their candidates.
 */
import { type Candidate } from "../types";

/** "Robin (bot)", "Ava (virtual assistant)": the bot's name. */
// (not a plain "(assistant)": "Vitals taken by Rosa (assistant)" is a person)
const BOT_SPEAKER = /\b([A-Z][a-z]{1,15})[ ]\((?:bot|chatbot|virtual assistant|digital assistant|AI|AI assistant)\)/g;
/** "I'm Sam, the clinic's virtual assistant", "This is Max, your automated helper". */
const BOT_INTRO = /\b(?:I['’]?m|I am|This is|My name is)[ ]([A-Z][a-z]{1,15}),[ ](?:the|your|a)[ ][^.\n]{0,40}?\b(?:virtual|digital|automated|ai|chat)[ ]?(?:assistant|agent|helper|bot)\b/g;
/** After a field's label: an English gloss of a field (not of a person's role) in brackets, then the colon. */
const GLOSS_AFTER = /^(?:[ ][A-Za-z'-]+){0,2}[ ]\((?:dob|date of birth|birth ?date|age|address|phone|tel|next (?:visit|appt|appointment)|diagnosis|dx|allerg(?:y|ies)|medications?|meds|reason(?: for visit)?|chief complaint|complaint|weight|height|visit date|date|language|religion|occupation|insurance)\)[ \t]*:/i;

function botNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const re of [BOT_SPEAKER, BOT_INTRO]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) names.add(m[1]!);
  }
  return names;
}

/** Drop from out[from..] the NAME candidates that are a bot's name or a glossed field label. */
/** A saint's feast day ("festa di San Giuseppe", "the Feast of St. Joseph", "fiesta de San Juan"): the saint is no one here. */
const FEAST_BEFORE = /\b(?:festa|feast|fiesta)[ ](?:(?:di|of|de|del|da)[ ](?:the[ ])?(?:(?:San|Santa|Santo|São|St\.?|Saint)[ ])?)?$/i;
/** The saint's name, with its particle when the candidate took it: "di San Giuseppe", "San Juan", "St. Joseph". */
const SAINT_NAME = /^(?:(?:di|of|de|del|da)[ ])?(?:San|Santa|Santo|São|St\.?|Saint)\b/;

/** Graded scales named for a person, read as a grade when a number follows: "Wagner 2", "Wagner grade 3". */
const GRADE_EPONYM = /^(?:Wagner|WAGNER)$/;
const GRADE_AFTER = /^[ ](?:[0-5](?![0-9])(?![ ]?(?:days?|weeks?|wks?|times?|months?|years?|yrs?|hours?|hrs?|min|minutes?)\b)|grade\b|Grade\b)/;
/** A title before it makes it a person ("Dr. Wagner 3 days ago"). */
const TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ ]$/;

/** A JSON value under an app's key: `"app_name":"MedBinder"`; under a client's key only on an OAuth log's line (an app then). */
const APP_KEY_BEFORE = /"(?:app|app_name|appName|application|application_name|applicationName|software|software_name|softwareName)"[ ]?:[ ]?"$/;
const CLIENT_KEY_BEFORE = /"(?:client|client_name|clientName)"[ ]?:[ ]?"$/;
const OAUTH_MARKERS = ['"scope"', '"client_id"', '"redirect_uri"', '"grant_type"', '"token_type"', '"access_token"'];

/** A law's title by its Roman numeral, "Title VI Elder Nutrition", "TITLE XIX": the numeral opens no one's name. */
const TITLE_BEFORE_NUMERAL = /(?:Title|TITLE)[ ]$/;
const ROMAN_START = /^[IVX]{1,5}\b/;

/**
 * The line around `at` is an OAuth log's: it has two of the protocol's own keys (a `"scope"` alone may be a case
 * manager's). The answer is kept for the line (`seen`), so that a long line of clients is read once.
 */
function oauthLine(text: string, at: number, seen: Map<number, boolean>): boolean {
  const a = text.lastIndexOf("\n", at) + 1;
  const known = seen.get(a);
  if (known !== undefined) return known;
  let b = text.indexOf("\n", at);
  if (b < 0) b = text.length;
  const line = text.slice(a, b);
  let keys = 0;
  for (const m of OAUTH_MARKERS) if (line.includes(m)) keys++;
  seen.set(a, keys >= 2);
  return keys >= 2;
}

export function dropNonNames(text: string, out: Candidate[], from: number): void {
  const bots = text.includes("(bot") || text.includes("assistant") || text.includes("(chatbot") ? botNames(text) : null;
  const glossed = text.includes("):");
  const feasts = text.includes("festa") || text.includes("feast") || text.includes("fiesta") || text.includes("Feast");
  const grades = text.includes("Wagner") || text.includes("WAGNER");
  const apps = text.includes('":"') || text.includes('": "');
  const titled = text.includes("Title ") || text.includes("TITLE ");
  if ((!bots || bots.size === 0) && !glossed && !feasts && !grades && !apps && !titled) return;
  const oauthLines = new Map<number, boolean>();
  let w = from;
  for (let r = from; r < out.length; r++) {
    const c = out[r]!;
    let drop = false;
    if (c.type === "NAME") {
      if (bots && bots.size > 0 && bots.has(text.slice(c.start, c.end))) drop = true;
      else if (glossed && (c.start === 0 || text.charCodeAt(c.start - 1) === 10) && GLOSS_AFTER.test(text.slice(c.end, c.end + 60))) drop = true;
      else if (grades && GRADE_EPONYM.test(text.slice(c.start, c.end)) && GRADE_AFTER.test(text.slice(c.end, c.end + 16)) && !TITLE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) drop = true;
      else if (apps && text.charCodeAt(c.start - 1) === 34 && (APP_KEY_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) || (CLIENT_KEY_BEFORE.test(text.slice(Math.max(0, c.start - 18), c.start)) && oauthLine(text, c.start, oauthLines)))) drop = true;
      else if (titled && TITLE_BEFORE_NUMERAL.test(text.slice(Math.max(0, c.start - 6), c.start)) && ROMAN_START.test(text.slice(c.start, c.end))) drop = true;
      else if (feasts) {
        const before = FEAST_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
        drop = before !== null && (/[ ](?:di|of|de|del|da)[ ]/i.test(before[0]) || SAINT_NAME.test(text.slice(c.start, c.end)));
      }
    }
    if (!drop) out[w++] = c;
  }
  out.length = w;
}
