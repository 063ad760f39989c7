/**
 * Clinical text that must NOT be flagged: doses, vitals, lab values, ratios
 * and fractions, ICD-10/CPT/HCPCS/NDC codes, scales, times, drug names that
 * look like names, eponymous diseases, signs and scores. Written for this
 * corpus; every string here is free of identifiers.
 */
import type { Rng } from "../../lib/phi/corpus/rng";

export const DRUGS = [
  "metoprolol tartrate", "lisinopril", "amlodipine", "atorvastatin", "metformin", "levothyroxine", "apixaban", "furosemide", "sertraline", "gabapentin",
  "Allegra", "Ambien", "Keppra", "Lyrica", "Jardiance", "Januvia", "Tessalon Perles", "Lasix", "Norco", "Valtrex", "Xarelto", "Eliquis", "Paxil", "Flonase",
  "Ativan", "Zoloft", "Seroquel", "Abilify", "Lexapro", "Celexa", "Bonine", "Ella", "Aimovig", "Trulicity", "Ozempic", "Victoza", "Humira", "Dupixent",
  "Claritin", "Tylenol", "Motrin", "Advil", "Aleve", "Benadryl", "Sudafed", "Coumadin", "Plavix", "Brilinta", "Entresto", "Farxiga", "Linzess", "Amitiza",
  "Mirena", "Nexplanon", "Sprintec", "Marvelon", "Yaz", "Lupron", "Clomid", "Diflucan", "Cipro", "Levaquin", "Keflex", "Augmentin", "Bactrim", "Zithromax",
  "prenatal vitamins", "ferrous sulfate", "vitamin D3", "melatonin", "Ensure", "Tums", "MiraLAX", "Senna", "Colace", "Pepcid", "Prilosec", "Nexium",
];
const DOSES = ["5 mg", "10mg", "12.5 mg", "25 mg", "40 mg", "0.5 mg", "1 g", "500 mg", "81 mg", "100 mcg", "88 mcg", "2.5mg", "20 units", "1/2 tab", "1 tab", "2 puffs", "15 mL", "1-2 tabs", "0.4 mg SL"];
const FREQS = ["daily", "BID", "TID", "QID", "qHS", "q4-6h PRN", "q8h", "every other day", "PRN", "qAM", "twice daily", "1-0-1", "weekly", "q12h", "x 7 days", "x10d"];

export function med(r: Rng): string {
  return `${r.pick(DRUGS)} ${r.pick(DOSES)} ${r.pick(["PO ", "po ", "", "SQ ", "IV "])}${r.pick(FREQS)}`;
}

export function vitals(r: Rng): string {
  const bp = `${r.int(92, 188)}/${r.int(52, 108)}`;
  return r.pick([
    `BP ${bp} HR ${r.int(48, 128)} RR ${r.int(12, 28)} T ${(97 + r.next() * 4).toFixed(1)} SpO2 ${r.int(86, 100)}% RA`,
    `Vitals: T ${(36 + r.next() * 3).toFixed(1)}C, P ${r.int(50, 120)}, R ${r.int(12, 26)}, BP ${bp}, O2 sat ${r.int(88, 100)}% on ${r.int(1, 4)}L NC`,
    `B/P ${bp}, pulse ${r.int(50, 120)}, resp ${r.int(12, 24)}, wt ${r.int(40, 140)}.${r.int(0, 9)} kg, ht ${r.int(145, 195)} cm, BMI ${r.int(17, 45)}.${r.int(0, 9)}`,
    `VS ${bp} / ${r.int(50, 120)} / ${r.int(12, 24)} / ${(97 + r.next() * 3).toFixed(1)} / ${r.int(90, 100)}%`,
    `bp ${bp} p ${r.int(50, 120)} pain ${r.int(0, 10)}/10`,
  ]);
}

export function labs(r: Rng): string {
  return r.pick([
    `Na ${r.int(128, 146)}, K ${(3 + r.next() * 2.5).toFixed(1)}, Cl ${r.int(95, 110)}, CO2 ${r.int(18, 32)}, BUN ${r.int(6, 60)}, Cr ${(0.5 + r.next() * 2.5).toFixed(2)}, Glu ${r.int(70, 380)}`,
    `WBC ${(3 + r.next() * 15).toFixed(1)} Hgb ${(7 + r.next() * 9).toFixed(1)} Hct ${r.int(22, 50)} Plt ${r.int(40, 480)}`,
    `HbA1c ${(5 + r.next() * 6).toFixed(1)}% (prior ${(5 + r.next() * 6).toFixed(1)}%)`,
    `INR ${(0.9 + r.next() * 3).toFixed(1)}, PT ${(11 + r.next() * 20).toFixed(1)} sec`,
    `TSH ${(0.1 + r.next() * 9).toFixed(2)} uIU/mL, free T4 ${(0.6 + r.next() * 1.4).toFixed(2)}`,
    `LDL ${r.int(50, 210)} HDL ${r.int(25, 90)} TG ${r.int(60, 480)} TC ${r.int(120, 300)}`,
    `eGFR ${r.int(15, 110)} mL/min/1.73m2, UACR ${r.int(5, 600)} mg/g`,
    `troponin <0.01, BNP ${r.int(20, 2400)}, lactate ${(0.5 + r.next() * 4).toFixed(1)}`,
    `UA: SG 1.0${r.int(5, 30)}, pH ${r.int(5, 8)}.0, LE 2+, nitrite neg, WBC ${r.int(0, 50)}-${r.int(51, 100)}/hpf`,
    `Vit D 25-OH ${r.int(8, 60)} ng/mL; B12 ${r.int(150, 900)} pg/mL; ferritin ${r.int(5, 400)}`,
  ]);
}

const EPONYM_DX = [
  "Parkinson disease", "Crohn's disease", "Hashimoto thyroiditis", "Graves disease", "Alzheimer dementia", "Bell's palsy", "Cushing syndrome", "Addison disease",
  "Down syndrome", "Raynaud phenomenon", "Barrett esophagus", "Sjogren syndrome", "Meniere disease", "Dupuytren contracture", "Osgood-Schlatter", "Guillain-Barre syndrome",
  "Hodgkin lymphoma", "Wilms tumor", "Kawasaki disease", "Tourette syndrome", "Asperger profile", "Lyme disease", "Paget disease of bone", "Peyronie disease",
  "Baker's cyst", "de Quervain tenosynovitis", "Morton neuroma", "Charcot foot", "Wernicke encephalopathy", "Korsakoff syndrome", "Munchausen", "Stevens-Johnson reaction",
];
const SIGNS = [
  "Murphy sign negative", "McBurney point nontender", "Babinski downgoing", "Romberg negative", "Lachman 1+", "McMurray negative", "Phalen positive", "Tinel positive at wrist",
  "Homans sign negative", "Kernig and Brudzinski negative", "Spurling negative", "Finkelstein positive", "Trendelenburg gait", "Hawkins-Kennedy positive", "Neer positive",
  "Thompson test negative", "Dix-Hallpike positive on right", "Epley maneuver performed", "Valsalva maneuver", "Allen test normal", "Rovsing sign negative", "Chvostek absent",
];
const SCALES = [
  "PHQ-9 = 14", "GAD-7: 11", "MMSE 22/30", "MoCA 19/30", "AUDIT-C 5", "GCS 15 (E4V5M6)", "Glasgow Coma Scale 14", "Braden 16", "Morse Fall Scale 45", "Apgars 8 and 9",
  "APGAR 7/9", "Wells score 1.5", "CHA2DS2-VASc 4", "HAS-BLED 2", "NIHSS 3", "Bishop score 8", "Tanner stage III", "Denver II normal", "ASQ-3 passed", "M-CHAT-R low risk",
  "Edinburgh 12", "Oswestry 38%", "Berg Balance 41/56", "TUG 14 s", "Katz ADL 4/6", "Barthel 60", "CIWA 9", "COWS 6", "Ranson 2", "Mallampati II", "Karnofsky 70",
];
const ICD = ["E11.9", "I10", "Z00.129", "M54.50", "J44.1", "N18.3", "F32.1", "F41.1", "E78.5", "I48.91", "Z34.82", "O24.419", "R05.9", "K21.9", "G20", "Z79.01", "M17.11", "S82.201A", "Z68.41", "F10.20"];
const CPT = ["99214", "99213", "99396", "99497", "93000", "36415", "90686", "90471", "97110", "97140", "97530", "71046", "74177", "80053", "85025", "G0439", "J1885", "96127", "59400", "76805"];

export function codes(r: Rng): string {
  return r.pick([
    `Dx: ${r.pick(ICD)}, ${r.pick(ICD)}`, `ICD-10 ${r.pick(ICD)}`, `CPT ${r.pick(CPT)}${r.chance(0.5) ? `-25` : ""}, ${r.pick(CPT)}`, `billed ${r.pick(CPT)} x ${r.int(1, 4)} units`,
    `Codes: ${r.pick(ICD)} / ${r.pick(CPT)}`, `HCPCS ${r.pick(["G0439", "J3420", "E0601", "A4253", "K0001"])}`,
    ]);
}

export function ndc(r: Rng): string {
  return `NDC ${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`;
}

export function dx(r: Rng): string {
  return r.pick(EPONYM_DX);
}

export function sign(r: Rng): string {
  return r.pick(SIGNS);
}

export function scale(r: Rng): string {
  return r.pick(SCALES);
}

/** Ratios, fractions and numbers that look like dates or ids but are not. */
export function ratio(r: Rng): string {
  return r.pick([
    `strength ${r.int(3, 5)}/5 bilateral UE`, `${r.int(1, 4)}/6 systolic murmur`, `visual acuity 20/${r.pick([20, 25, 30, 40, 60, 200])} OU`, `pain ${r.int(0, 10)}/10`,
    `epinephrine 1:1000`, `I:E 1:2`, `${r.int(1, 3)}/4 strength formula`, `reflexes 2+/4`, `take 1/2 tab`, `G${r.int(1, 6)}P${r.int(0, 5)}${r.int(0, 2)}${r.int(0, 3)}${r.int(0, 5)}`,
    `${r.int(1, 12)}/${r.int(1, 12)} cores positive`, `ROM 0-${r.int(90, 140)} degrees`, `${r.int(20, 41)}w${r.int(0, 6)}d`, `${r.int(1, 3)}+ pitting edema`, `MAP ${r.int(55, 110)}`,
    `${r.int(1, 9)}/${r.int(10, 31)} of sessions attended`, `Lot ${r.letters(2)}${r.digits(4)}, exp ${r.int(1, 12)}/${r.int(26, 29)}`, `room ${r.int(100, 499)}${r.pick(["A", "B", ""])}`, `bed ${r.int(1, 30)}`,
    `${r.int(2, 5)} mm stone`, `${r.int(1, 12)} o'clock position`, `EF ${r.int(15, 65)}%`, `pack-years ${r.int(5, 60)}`, `since ${r.int(1995, 2023)}`, `in ${r.int(1990, 2022)}`,
    `${r.int(18, 89)} yo`, `${r.int(2, 88)}-year-old`, `x${r.int(2, 4)} days`, `1-2 drinks/week`, `${r.int(1, 4)}-${r.int(5, 8)} times per day`, `step ${r.int(1, 4)} of 4`, `ext ${r.int(1, 4)}`,
  ]);
}

export function plan(r: Rng): string {
  return r.pick([
    "Continue current regimen. Return precautions reviewed.", "RTC 3 months or sooner PRN.", "Discussed risks/benefits; pt verbalized understanding.",
    "Will recheck labs in 6 wks.", "Referral placed; f/u in 2 weeks.", "Educated on s/s of infection; call with fever >100.4.", "Fall precautions, bed in low position.",
    "Encouraged fluids and rest.", "Will discuss with attending.", "Ordered CXR and CBC.", "No changes today.", "Pt declined flu vaccine.", "Follow up with PCP in 1 week.",
  ]);
}

export function clinicalLine(r: Rng): string {
  return r.pick([med, vitals, labs, codes, () => `h/o ${dx(r)}`, () => sign(r), () => scale(r), ratio, plan])(r);
}
