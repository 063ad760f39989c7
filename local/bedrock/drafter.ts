/**
 * The local model: deterministic, rule-based text from the (minimised) prompt.
 * It never invents facts: a SOAP draft is the visit text's own sentences
 * sorted into Subjective, Objective, Assessment and Plan (plus the context's
 * vitals, keeping the visit text's paragraphs), and an after-visit summary restates a signed note's sections in
 * plainer words. Placeholders such as "[NAME_1]" pass through untouched, as a
 * real model would echo them.
 */

export type SoapKey = "subjective" | "objective" | "assessment" | "plan";

const HEADINGS: Record<SoapKey, string> = {
  subjective: "Subjective",
  objective: "Objective",
  assessment: "Assessment",
  plan: "Plan",
};

const OBJECTIVE =
  /\b(bp|blood pressure|pulse|heart rate|hr|temp|temperature|spo2|o2 sat|saturation|exam|examination|auscultation|lungs?|clear to|tender|tenderness|swelling|rash|erythema|afebrile|febrile|weight|height|bmi|mmhg|bpm|on exam|vitals?|palpation|reflexes|murmur|wheez\w*|crackles|edema|x-ray|lab|labs|a1c|glucose)\b|\d+\s*\/\s*\d+|°/i;
const ASSESSMENT =
  /\b(likely|consistent with|suspect\w*|diagnos\w*|assessment|impression|probable|possible|rule out|r\/o|differential|viral|bacterial|exacerbation|controlled|uncontrolled|improving|worsening|stable)\b/i;
const PLAN =
  /\b(start\w*|prescrib\w*|return|follow[- ]?up|order\w*|recommend\w*|refer\w*|plan|continue|increase|decrease|advis\w*|schedule\w*|recheck|counsel\w*|educat\w*|taper|stop|discontinue|monitor|rest|hydrat\w*|call if|come back|will)\b/i;

/** Splits text into sentences, keeping each sentence's own punctuation. */
export function sentences(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Which SOAP section a sentence belongs to, by rules. Plan and assessment words win over findings. */
export function classify(sentence: string): SoapKey {
  if (PLAN.test(sentence)) return "plan";
  if (ASSESSMENT.test(sentence)) return "assessment";
  if (OBJECTIVE.test(sentence)) return "objective";
  return "subjective";
}

/** The part of the prompt between a "<tag>" line and its "</tag>" line, or null. */
export function block(prompt: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(prompt);
  return m === null ? null : m[1]!.trim();
}

/** A SOAP draft in four headed sections, each one paragraph. */
export function draftSoap(prompt: string): string {
  const visit = block(prompt, "visit_text") ?? "";
  const context = block(prompt, "context") ?? "";
  // One paragraph of a section per paragraph of the visit text that had sentences for it.
  const parts: Record<SoapKey, string[]> = { subjective: [], objective: [], assessment: [], plan: [] };
  for (const paragraph of visit.split(/\n\s*\n/)) {
    const here: Record<SoapKey, string[]> = { subjective: [], objective: [], assessment: [], plan: [] };
    for (const s of sentences(paragraph)) here[classify(s)].push(s);
    for (const k of Object.keys(here) as SoapKey[]) if (here[k].length > 0) parts[k].push(here[k].join(" "));
  }
  const vitals = /^Vitals:\s*(.+)$/im.exec(context);
  if (vitals !== null && vitals[1]!.trim() !== "none recorded") {
    const line = `Vitals: ${vitals[1]!.trim()}.`;
    if (parts.objective.length > 0) parts.objective[parts.objective.length - 1] += ` ${line}`;
    else parts.objective.push(line);
  }
  const fallback: Record<SoapKey, string> = {
    subjective: "No history given in the visit text.",
    objective: "No findings given in the visit text.",
    assessment: "No assessment given in the visit text; to be completed by the physician.",
    plan: "No plan given in the visit text; to be completed by the physician.",
  };
  return (Object.keys(HEADINGS) as SoapKey[])
    .map((k) => `${HEADINGS[k]}:\n${parts[k].length > 0 ? parts[k].join("\n\n") : fallback[k]}`)
    .join("\n\n");
}

const PLAIN: [RegExp, string][] = [
  [/\bhypertension\b/gi, "high blood pressure"],
  [/\bhyperlipidemia\b/gi, "high cholesterol"],
  [/\bdyspnea\b/gi, "shortness of breath"],
  [/\bafebrile\b/gi, "no fever"],
  [/\bPRN\b/g, "as needed"],
  [/\bBID\b/g, "twice a day"],
  [/\bTID\b/g, "three times a day"],
  [/\bQD\b|\bdaily\b/g, "once a day"],
  [/\bPO\b/g, "by mouth"],
  [/\bf\/u\b/gi, "follow-up"],
  [/\bURI\b/g, "cold (upper respiratory infection)"],
];

function plain(text: string): string {
  let out = text;
  for (const [re, word] of PLAIN) out = out.replace(re, word);
  return out.trim();
}

/** A plain-language after-visit summary from a note's sections. */
export function summarize(prompt: string): string {
  const note = block(prompt, "note") ?? "";
  const section = (name: string) => {
    const m = new RegExp(`^${name}:\\n?([\\s\\S]*?)(?=\\n\\n[A-Z][a-z]+:|$)`, "m").exec(note);
    return m === null ? "" : plain(m[1]!);
  };
  const lines = [
    "Thank you for your visit today.",
    "",
    "What you told us:",
    section("Subjective") || "We talked about how you have been feeling.",
    "",
    "What we found:",
    section("Objective") || "Your examination is described in your chart.",
    "",
    "What we think is going on:",
    section("Assessment") || "Your care team will go over this with you.",
    "",
    "What happens next:",
    section("Plan") || "Please follow the instructions your care team gave you.",
    "",
    "If you feel worse or have new symptoms, call the practice. In an emergency, call 911.",
  ];
  return lines.join("\n");
}

/** The model's whole answer to a prompt (system prompt picks the task). */
export function respond(system: string, prompt: string): string {
  return /after-visit summary/i.test(system) ? summarize(prompt) : draftSoap(prompt);
}

/** Rough token count (words and punctuation), for the usage metadata. */
export function countTokens(text: string): number {
  return (text.match(/\w+|[^\s\w]/g) ?? []).length;
}
