/** US states (not PHI themselves, but they anchor city/ZIP detection) and countries (not PHI). */

export const STATE_NAMES = [
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
  "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
  "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
  "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
  "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
  "puerto rico", "guam",
];

export const STATE_ABBR = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
  "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
  "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
];

/** Abbreviations that are also clinical or English tokens: a ZIP must follow. */
/** The same, as a set. */
export const STATE_ABBR_SET: ReadonlySet<string> = new Set(STATE_ABBR);
export const AMBIGUOUS_STATE_ABBR = new Set([
  "IN", "OR", "ME", "OK", "HI", "OH", "MD", "PA", "DE", "CO", "MA", "MS", "LA", "ID", "NE", "SC", "VA", "GA", "MO",
  "MT", "CA", "AR", "CT", "MI", "AL", "DC", "UT", "PR", "GU", "VI", "SD", "ND", "NC", "RI", "IA",
]);

export const COUNTRIES = new Set([
  "united states", "usa", "us", "america", "canada", "mexico", "china", "india", "philippines", "vietnam",
  "korea", "japan", "germany", "france", "italy", "spain", "portugal", "england", "uk", "ireland", "scotland",
  "brazil", "colombia", "peru", "chile", "argentina", "cuba", "haiti", "jamaica", "puerto", "dominican",
  "guatemala", "honduras", "el", "salvador", "nicaragua", "venezuela", "ecuador", "nigeria", "ghana", "kenya",
  "ethiopia", "somalia", "egypt", "morocco", "israel", "iran", "iraq", "syria", "afghanistan", "pakistan",
  "bangladesh", "nepal", "thailand", "cambodia", "laos", "indonesia", "malaysia", "australia", "russia",
  "ukraine", "poland", "greece", "turkey", "europe", "asia", "africa", "caribbean", "south", "north", "central",
  "latin", "the", "republic",
]);
