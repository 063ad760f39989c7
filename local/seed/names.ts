/**
 * Invented name parts for synthetic people. Written for this project; combined
 * at random they name nobody in particular.
 */
export const FIRST_NAMES = [
  "Avery", "Brielle", "Calder", "Dorian", "Elowen", "Fenna", "Gideon", "Harlow", "Isolde", "Jasper",
  "Kestrel", "Linnea", "Marlow", "Nadira", "Orrin", "Perrin", "Quilla", "Rowan", "Sabine", "Tamsin",
  "Ulric", "Vesna", "Wren", "Xavia", "Yorick", "Zinnia", "Anselm", "Bryony", "Cosima", "Dashiell",
  "Emrys", "Flavia", "Galen", "Hollis", "Imogen", "Jovan", "Katya", "Lazlo", "Mireille", "Niall",
] as const;

export const LAST_NAMES = [
  "Ashdown", "Brackwell", "Corrigan", "Dunmore", "Eversley", "Fairholm", "Galloway", "Hartigan",
  "Ingleby", "Jessop", "Kilbride", "Larkspur", "Merriweather", "Northcott", "Oakhurst", "Pemberton",
  "Quarrington", "Ravensdale", "Stainforth", "Thistlewood", "Underhill", "Vantongeren", "Whitlock",
  "Yardley", "Zellweger", "Ambrose", "Blackthorn", "Caulfield", "Delacroix", "Elsworth",
] as const;

export const STREETS = [
  "Juniper Hollow Rd", "Cinder Lane", "Old Mill Way", "Larkfield Ave", "Quarry Bend Dr", "Tansy Court",
  "Harrow Gate St", "Bellwether Pl", "Foxglove Terrace", "Marten Ridge Rd",
] as const;

/** Fictional towns; states are real postal codes so forms validate. */
export const TOWNS = [
  { city: "Fernhollow", state: "WI", zipPrefix: "549" },
  { city: "Brackenridge", state: "MN", zipPrefix: "563" },
  { city: "Millbrook Falls", state: "IA", zipPrefix: "522" },
  { city: "Quillon", state: "IL", zipPrefix: "618" },
] as const;
