/**
 * The sixth held-out corpus's own hand-written lists (invented for this corpus; no public
 * de-identification corpus or its lists were used).
 */

/** Given names that are also ordinary words. */
export const WORD_GIVEN = ["Summer", "Autumn", "Temperance", "Journey", "Sincere", "Patience", "Justice", "Rain", "Sterling", "Loyal", "Marvel", "Genesis", "Trinity", "Harmony", "Gentry"];
/** Surnames that are words, clinical or facility-like. */
export const WORD_SURNAMES = ["Pain", "Fever", "Sugar", "Salt", "Ward", "Glass", "Cross", "Mercy", "Beds", "Cane", "Swallow", "Gauze", "Bone", "Temple", "Shepherd", "Hospital", "Sickle"];
/** Surnames with particles, apostrophes, hyphens or diacritics, and from communities the styles serve. */
export const SPECIAL_SURNAMES = [
  "van 't Hoff", "dos Santos", "Al-Hashimi", "Ould Abdallah", "ter Horst", "Di Stefano", "Le Gall", "M'Bow", "Ní Bhriain",
  "Ó Súilleabháin", "Fa'asavalu", "Tuilagi", "Xiong", "Vang", "Yang", "Warsame", "Abdirahman", "Kovalenko", "Shevchuk",
  "Mwangi", "Achieng", "Wanjiru", "Lo-Thao", "Sālote-Leota", "Bărbulescu", "Hernández-O'Brien", "Øvergård", "Nguyen-Dao",
  "Ben Youssef", "Vũ", "da Costa e Silva", "Schmidt-Ćirić",
];
export const SPECIAL_GIVEN = ["Abdiweli", "Hodan", "Mykhailo", "Oksana", "Pa Nhia", "Tou Ger", "Fa'amanu", "Sefo", "Wanjiku", "Baraka", "Zhanna", "Ioana-Maria", "Jean-Baptiste", "Ana Lúcia", "Ngozi", "Mai Yer"];
/** Formal name and the name the person goes by. */
export const NICK_PAIRS: readonly (readonly [string, string])[] = [
  ["Abdirahman", "Abdi"], ["Mykhailo", "Misha"], ["Fa'amanu", "Manu"], ["Kateryna", "Katya"], ["Wanjiru", "Wanji"],
  ["Bartholomew", "Bart"], ["Ernestine", "Tina"], ["Ignatius", "Iggy"], ["Xochitl", "Xochi"], ["Rosalind", "Roz"],
  ["Theodora", "Teddie"], ["Nkauj Ntxhi", "Ntxhi"], ["Oleksandr", "Sasha"], ["Mohamed Abdi", "Moha"], ["Guilherme", "Gui"],
];
/** Facility stems; a third of facilities are the bare stem. */
export const FAC_STEMS = ["Cedar Knoll", "Larkspur", "Three Rivers", "Saint Brendan", "Good Shepherd", "Prairie Hope", "Tamarack", "Blue Heron", "Kingfisher", "Sycamore Bend", "Mount Carmel", "Redbud", "Lakeshore", "Holy Family", "Owl Creek", "Stonebridge"];
export const FAC_KINDS = ["Medical Center", "Community Hospital", "Health Center", "Rehabilitation Hospital", "Surgical Center", "Children's Hospital", "Family Clinic", "Regional Hospital", "Memorial Hospital", "Health System", "Free Clinic", "Behavioral Health"];
/** Real US places that read like words (cities and counties). */
export const WORD_CITIES = ["Paradise", "Truth or Consequences", "Accident", "Santa Claus", "Surprise", "Comfort", "Liberty", "Friendship", "Opportunity", "Climax", "Harmony", "Pleasant View", "Success", "Independence", "Eureka"];
export const COUNTIES = ["Washington", "Jefferson", "Lake", "Clay", "Union", "Warren", "Greene", "Marion", "Adair", "Polk", "Story", "Butte", "Door", "Hidalgo", "Ramsey"];
export const SCHOOLS = ["Lincoln Middle School", "Roosevelt High School", "Eastside Elementary", "Cesar Chavez Academy", "Hilltop Charter School", "Northwood High School"];
export const EMPLOYERS = ["Prairie Fresh Foods", "Midstate Poultry", "Kessler Logistics", "Bluewater Casino", "Hartwell Plastics", "Sunrise Senior Living Corp"];
/** Distractors: chains and companies that are not gold. */
export const CHAINS = ["CVS Pharmacy #4471", "Walgreens #10233", "Walmart Pharmacy 10-2281", "Costco Pharmacy #652", "Rite Aid #3390"];
export const DME_MAKERS = ["ResMed AirSense 11 AutoSet", "Philips DreamStation 2", "Fisher & Paykel SleepStyle", "React Health Luna G3"];
export const VACCINES = ["Fluzone High-Dose", "Comirnaty 2025-26", "Arexvy", "Shingrix", "Tdap (Boostrix)", "Prevnar 20", "Spikevax"];
export const LABS = ["Quest Diagnostics", "Labcorp", "Myriad", "Invitae", "Natera"];
