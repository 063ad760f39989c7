/**
 * Twelfth held-out corpus, styles D: border binational referral (Mexico), Canadian out-of-country claim,
 * Puerto Rico clinic note, farmworker outreach, PROM survey export, medical-ID engraving order.
 */
import { fmtDate, MONTHS, p2, type D } from "./kit";
import * as L from "./lists";
import { address, age, clin, nm, other, ph, pickAge, staff, town, type Note12, type Style } from "./note";

const MX_GIVEN = ["María Guadalupe", "José Manuel", "Juana", "Rogelio", "Yesenia", "Ernesto", "Leticia", "Arturo", "Brenda", "Ramiro", "Marisol", "Jesús Alberto", "Rosalba", "Heriberto", "Dulce María"];
const MX_SUR = ["Ramírez", "Torres", "Valenzuela", "Félix", "Sandoval", "Ochoa", "Beltrán", "Moreno", "Leyva", "Quiñónez", "Zúñiga", "Cota", "Inzunza", "Gastélum", "Urías", "Peña"];
const MX_STREETS = ["Calle Río Mayo", "Av. Reforma", "Calzada Justo Sierra", "Calle Obregón", "Blvd. Lázaro Cárdenas", "Calle Sonora", "Av. Madero", "Privada Los Pinos"];
const MX_COL = ["Col. Pueblo Nuevo", "Col. Centro", "Fracc. Villas del Rey", "Col. Industrial", "Col. Bellavista", "Ejido Puebla"];
const MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const esDate = (x: D) => `${x.d} de ${MONTHS_ES[x.m - 1]} de ${x.y}`;
const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z]/g, "");

function curp(given: string, p: string, m: string, dob: D, sex: "H" | "M", st: string): string {
  const P = strip(p), M = strip(m), G = strip(given.split(" ")[0]!);
  const vowel = P.slice(1).match(/[AEIOU]/)?.[0] ?? "X";
  const cons = (s: string) => s.slice(1).match(/[^AEIOU]/)?.[0] ?? "X";
  return `${P[0]}${vowel}${M[0]}${G[0]}${String(dob.y).slice(2)}${p2(dob.m)}${p2(dob.d)}${sex}${st}${cons(P)}${cons(M)}${cons(G)}${dob.y >= 2000 ? "A" : "0"}${dob.d % 10}`;
}

/** A Mexican patient written as given name and two surnames, each its own span; updates the note's person. */
function mxName(n: Note12, upper = false, given = n.c.pick(MX_GIVEN)): { given: string; p: string; m: string } {
  const c = n.c;
  const p = c.pick(MX_SUR);
  const m = c.pick(MX_SUR);
  n.pt = { first: given, last: `${p} ${m}` };
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.v(U(given), "NAME").t(" ").v(U(p), "NAME").t(" ").v(U(m), "NAME");
  return { given, p, m };
}

const borderReferral: Style = (n) => {
  const { b, c } = n;
  const site = c.pick(["Calexico", "Nogales", "Eagle Pass", "Del Rio", "Brownsville", "Yuma"]);
  b.t("REFERENCIA / CONTRARREFERENCIA BINACIONAL — Binational referral\nClínica receptora: ").v(c.clinic(), "FACILITY").t(", ").v(site, "LOCATION").t(`, ${c.pick(["CA", "AZ", "TX"])}\n\n`);
  b.t("Paciente: ");
  const who = mxName(n, c.chance(0.4));
  b.t("   Fecha de nacimiento: ").v(fmtDate(n.dob, "dmy"), "DATE").t(` (${c.pick(["F", "M"])})\n`);
  b.t("CURP: ").v(curp(who.given, who.p, who.m, n.dob, c.pick(["H", "M"]), c.pick(["BC", "SR", "CH", "CL", "TS"])), "ID").t("   NSS (IMSS): ").v(`${c.digits(2)}${c.digits(2)}${c.digits(2)}${c.digits(5)}`, "HEALTH_PLAN").nl();
  b.t("Domicilio en México: ").v(`${c.pick(MX_STREETS)} ${c.int(10, 2999)}, ${c.pick(MX_COL)}`, "ADDRESS").t(", C.P. ").v(String(c.int(21000, 88999)), "ZIP").t(`, ${c.pick(L.FOREIGN.slice(0, 8))}\n`);
  b.t("Tel./WhatsApp: ").v(`+52 ${c.pick(["686", "631", "656", "878", "868", "653"])} ${c.int(100, 999)} ${c.digits(4)}`, "PHONE").nl();
  b.t("Domicilio de familiar en EE.UU.: ");
  address(n, n.addr);
  b.t(` (${c.pick(["hija", "hermano", "sobrina"])} `);
  nm(n, other(n), "fl");
  b.t(", ");
  ph(n, n.phone);
  b.t(")\n");
  b.t(`Cruce: ${c.pick(["SENTRI", "Tarjeta BCC (visa láser)", "peatonal"])} No. `).v(c.chance(0.5) ? c.digits(9) : `${c.letters(3)}${c.digits(9)}`, "ID");
  if (c.chance(0.5)) b.t(", vehículo placas ").v(`${c.pick(["BC", "SON", "CHIH"])} ${c.letters(3)}-${c.digits(3)}-${c.letters(1)}`, "VEHICLE");
  b.t(`\nMotivo: ${c.pick(["retinopatía diabética — láser", "IRC estadio 4, valoración nefrología", "soplo cardiaco, ecocardiograma", "masa mamaria BI-RADS 4"])}. ${clin(n)}.\n`);
  b.t("Médico que refiere: Dra. ");
  b.v(c.pick(["Leticia", "Yesenia", "Brenda", "Marisol", "Rosalba", "Juana"]), "NAME").t(" ").v(c.pick(MX_SUR), "NAME").t(", Cédula Profesional ").v(String(c.int(1000000, 12999999)), "LICENSE").t(", ").v(`Hospital General de ${c.pick(L.FOREIGN.slice(0, 8))}`, "FACILITY").nl();
  b.t("Fecha de referencia: ").v(c.chance(0.5) ? esDate(c.recent()) : fmtDate(c.recent(), "dmy"), "DATE").t("   Cita: ").v(`${c.int(1, 28)} de ${MONTHS_ES[c.int(0, 11)]}`, "DATE").t(` a las ${c.int(8, 15)}:00 hrs\n`);
  b.t("Recibe: ");
  staff(n, other(n), [", MD", ", NP"]);
  b.t(". Promotora: ");
  nm(n, other(n), "fl");
  n.noContact = true;
  b.t(". Traer estudios previos (INE ").v(`${c.letters(6)}${c.digits(8)}${c.pick(["H", "M"])}${c.digits(3)}`, "ID").t(").\n");
};

function ramq(last: string, first: string, dob: D, female: boolean): string {
  const L3 = strip(last).padEnd(3, "X").slice(0, 3);
  return `${L3}${strip(first)[0]} ${String(dob.y).slice(2)}${p2(dob.m + (female ? 50 : 0))} ${p2(dob.d)}${c2(dob)}`;
}
const c2 = (d: D) => String((d.y + d.m * 7 + d.d) % 90 + 10).slice(0, 2);

const canadianClaim: Style = (n) => {
  const { b, c } = n;
  const qc = c.chance(0.5);
  const a = pickAge(n, 0.15);
  b.t(qc ? "DEMANDE DE REMBOURSEMENT — SERVICES HORS DU QUÉBEC / Out-of-Québec claim\n" : "OHIP Out-of-Country Claim — Statement of hospital/physician services (US)\n");
  b.t(qc ? "Nom / Name: " : "Patient: ");
  nm(n, n.pt, c.pick(["LF", "fl"]));
  b.t(qc ? "   Date de naissance: " : "   DOB: ").v(qc ? fmtDate(n.dob, "iso") : c.fullDate(n.dob), "DATE").t("   Age ");
  age(n, a);
  b.t(qc ? "\nNo d'assurance maladie (RAMQ): " : "\nHealth number: ");
  b.v(qc ? ramq(n.pt.last, n.pt.first, n.dob, c.chance(0.5)) : `${c.digits(4)}-${c.digits(3)}-${c.digits(3)}-${c.letters(2, "ABCDEFGHJKLMNPRSTVWXYZ")}`, "HEALTH_PLAN").nl();
  b.t(qc ? "Adresse: " : "Address: ");
  const line = qc ? `${c.int(10, 9999)}, ${c.pick(["rue Sainte-Catherine Est", "boul. René-Lévesque", "rue des Érables", "chemin du Lac-Noir", "rang Saint-Joseph"])}` : `${c.int(10, 9999)} ${c.pick(["Wellington St W", "Huron Church Rd", "Queen St E", "Concession Rd 6", "Sideroad 15"])}`;
  b.v(line, "ADDRESS");
  if (c.chance(0.3)) b.t(", ").v(`${qc ? "app. " : "Unit "}${c.int(1, 40)}`, "ADDRESS");
  const pc = `${c.letters(1, qc ? "GHJ" : "KLMNP")}${c.int(0, 9)}${c.letters(1, "ABCEGHJKLMNPRSTVXY")} ${c.int(0, 9)}${c.letters(1, "ABCEGHJKLMNPRSTVXY")}${c.int(0, 9)}`;
  b.t(`, ${qc ? c.pick(["Montréal", "Sherbrooke", "Gatineau", "Saint-Jean-sur-Richelieu"]) : c.pick(["Windsor", "Kingston", "Sarnia", "Cornwall"])} ${qc ? "QC" : "ON"} `).v(pc, "ZIP").nl();
  b.t(qc ? "Tél.: " : "Tel: ").v(`${c.pick(qc ? ["514", "819", "450"] : ["519", "613", "705"])}-${c.int(200, 999)}-${c.digits(4)}`, "PHONE").nl();
  b.t(`Travel insurer: ${c.pick(["Croix Bleue", "Manulife CoverMe", "TuGo", "Desjardins"])} policy `).v(`${c.letters(2)}${c.digits(8)}`, "HEALTH_PLAN").t("  assistance file ").v(`${c.letters(1)}${c.digits(7)}`, "ID").nl();
  b.t("US facility: ").v(c.facility("hosp"), "FACILITY").t(", ").v(c.pick(["Plattsburgh", "Massena", "Port Huron", "Houlton", "Madawaska", "Blaine", "Pembina"]), "LOCATION").t(`, ${c.pick(["NY", "MI", "ME", "WA", "ND"])}\n`);
  b.t(qc ? "Admission: " : "Admitted: ").v(c.fullDate(c.recent()), "DATE").t(qc ? "   Départ: " : "   Discharged: ").v(c.fullDate(c.recent()), "DATE").t("   Acct ").v(c.account(), "ACCOUNT").nl();
  b.t(`Dx: ${c.pick(["NSTEMI", "fracture du poignet (Colles)", "pneumonia CURB-65 2", "AVC ischémique, tPA"])}; ${clin(n)}\nAttending: `);
  staff(n, other(n), [", MD", ", DO"]);
  b.t(`   Total billed USD ${c.int(2, 90)},${c.digits(3)}.${c.digits(2)} (taux de change non inclus)\n`);
  b.t(qc ? "Signature du conjoint / spouse: " : "Signed by spouse: ");
  nm(n, other(n), "fl");
  b.nl();
};

const PR_MUN = ["Bayamón", "Caguas", "Arecibo", "Mayagüez", "Humacao", "Cayey", "Yauco", "Utuado", "Aguadilla", "Guayama", "Toa Baja", "Vega Baja", "Juana Díaz", "Lares", "Cidra", "Carolina"];
const prClinic: Style = (n) => {
  const { b, c } = n;
  const mun = c.pick(PR_MUN);
  const a = pickAge(n, 0.2);
  b.t("NOTA DE PROGRESO — ").v(`CDT de ${mun}`, "FACILITY").t(c.pick(["", " (Centro de Diagnóstico y Tratamiento)"])).nl();
  b.t("Paciente: ");
  nm(n, n.pt, c.pick(["fl", "LF"]));
  b.t("   Edad: ");
  age(n, a);
  b.t(" años   F/N: ").v(fmtDate(n.dob, "dmy"), "DATE").t("   Expediente: ").v(n.mrn, "MRN").nl();
  b.t("Dirección: ").v(`${c.pick(["Urb.", "Urbanización", "Res.", "Parcelas"])} ${c.pick(["Villa Carolina", "Santa Juanita", "Las Lomas", "Río Hondo", "Jardines de Caparra", "Valle Arriba"])}`, "ADDRESS").t(", ").v(`Calle ${c.int(1, 90)} ${c.letters(1, "ABCDEFGHJK")}-${c.int(1, 40)}`, "ADDRESS").nl();
  b.t("Barrio ").v(c.pick(["Quebrada Arenas", "Sabana Seca", "Monte Grande", "Pueblo", "Jagual", "Caonillas"]), "LOCATION").t(", ").v(mun, "LOCATION").t(", PR ").v(`00${c.int(601, 988)}`, "ZIP").nl();
  b.t("Tel.: ").v(`(${c.pick(["787", "939"])}) ${c.int(200, 999)}-${c.digits(4)}`, "PHONE").t("   Plan Vital (Medicaid PR) núm. ").v(c.digits(13), "HEALTH_PLAN").nl();
  b.t(`S: Paciente ${c.pick(["refiere mareos desde el huracán", "viene acompañada de su hija", "sin luz en la casa, nebulizador no funciona", "no ha conseguido insulina"])}. `);
  b.t("Acompañante: ");
  nm(n, other(n), "fl");
  b.t(`. Vive en ${c.pick(["casa de cemento", "la casa de la suegra", "égida de envejecientes"])}.\n`);
  b.t(`O: ${clin(n)}. PA ${c.int(110, 180)}/${c.int(60, 100)}. Glucosa ${c.int(80, 400)} mg/dL.\n`);
  b.t(`A/P: ${c.pick(["DM2 descompensada", "HTA", "asma", "dengue sin señales de alarma"])}. Receta a `).v(c.pick(L.INDEP_PHARM.slice(0, 6)), "FACILITY").t(". Seguimiento el ").v(`${c.int(1, 28)} de ${MONTHS_ES[c.int(0, 11)]}`, "DATE").t(".\nDra. ");
  nm(n, other(n), "fl");
  b.t(", Lic. ").v(String(c.int(10000, 39999)), "LICENSE").nl();
};

const WORKERS: readonly (readonly [string, string])[] = [["José Manuel", "Chema"], ["Rogelio", "Roger"], ["Ernesto", "Neto"], ["Arturo", "Tury"], ["Jesús Alberto", "Chuy"], ["Heriberto", "Heri"], ["Guillermo", "Memo"], ["Refugio", "Cuco"]];
const GROWERS = ["Sun Harvest Farms", "Valley Fresh Packing", "Marsh Creek Dairy", "Ochoa Brothers Orchards", "Blue Ridge Apple Growers", "Sweetwater Berry Farm", "Kettle Rock Nursery", "Rio Bravo Onion Co."];
const farmworker: Style = (n) => {
  const { b, c } = n;
  const crew = other(n);
  b.t(`MIGRANT HEALTH OUTREACH — field encounter (${c.pick(["heat", "pesticide", "injury", "TB screen", "diabetes"])})\n`);
  b.t("Clinic: ").v(`${c.pick(L.FAC_STEMS)} ${c.pick(["Migrant Health Center", "Community Health Center", "Farmworker Health"])}`, "FACILITY").t(`   Outreach van ${c.int(1, 6)}   `).v(c.fullDate(c.recent()), "DATE").t(` ${p2(c.int(5, 19))}:${p2(c.int(0, 59))}\n`);
  b.t("Worker: ");
  const [given, nick] = c.pick(WORKERS);
  mxName(n, false, given);
  n.pt.nick = nick;
  b.t(` (prefers "`).v(nick, "NAME").t('")   DOB ').v(fmtDate(n.dob, c.chance(0.5) ? "dmy" : "mdy"), "DATE").nl();
  b.t(`Status: ${c.pick(["H-2A", "seasonal, settled", "migratory"])}`);
  if (c.chance(0.6)) b.t("; visa foil/control # ").v(c.digits(14), "ID");
  b.t(`\nOrigin: ${c.pick(["Guerrero", "Oaxaca (Mixteca)", "Michoacán", "Chiapas", "Guatemala (Huehuetenango)"])} — speaks ${c.pick(["Spanish", "Mixteco bajo", "Triqui", "Q'anjob'al"])}\n`);
  b.t("Employer/grower: ").v(c.pick(GROWERS), "FACILITY").t("   Crew leader: ");
  nm(n, crew, "fl");
  b.t(" ");
  ph(n);
  b.t("\nHousing: ").v(`Camp ${c.pick(["La Loma", "Number 4", "Sunrise", "Los Pinos"])}`, "FACILITY").t(", ").v(`${c.int(100, 9999)} ${c.pick(["Farm to Market Rd", "Orchard Rd", "Packing House Rd", "County Road"])} ${c.int(1, 900)}`, "ADDRESS").t(", ");
  town(n);
  b.t(` (unit ${c.int(1, 30)}, ${c.int(4, 12)} men/unit)\nTransport: crew bus plate `).v(c.plate(), "VEHICLE").nl();
  b.t(`Exposure: ${c.pick(["chlorpyrifos drift, EPA Reg. No. 62719-591", "WBGT 31 C, 9 h shift", "ladder fall", "sulfur dust"])}; REI 24 h posted. ${clin(n)}.\n`);
  b.t("Family in Mexico (WhatsApp): ").v(`+52 1 ${c.pick(["747", "951", "443", "961"])} ${c.int(100, 999)} ${c.digits(4)}`, "PHONE").t("; wife ");
  const w = other(n);
  w.first = c.pick(["Juana", "Yesenia", "Leticia", "Marisol", "Rosalba", "Brenda"]);
  nm(n, w, "f");
  b.t(`.\nPlan: ORS, rest in shade, f/u at clinic `).v(c.partialDate(c.recent()), "DATE").t(". Outreach worker ");
  nm(n, other(n), "fl");
  b.t(".\n");
  n.noContact = true;
};

const promCsv: Style = (n) => {
  const { b, c } = n;
  const ts = c.recent();
  const a = pickAge(n, 0.1);
  const cols = ["record_id", "redcap_survey_identifier", "promis_timestamp", "first_name", "last_name", "dob", "age", "email", "mrn", "zip", "ip_address", "promis_pf_tscore", "koos_jr", "pain_nrs", "comments"];
  const json = c.chance(0.35);
  const rid = String(c.int(100, 9999));
  const vals: [string, string | null, (() => void) | null][] = [];
  const put = (k: string, v: string, type: Parameters<typeof b.v>[1] | null) => vals.push([k, v, type ? () => b.v(v, type) : null]);
  put("record_id", rid, "ID");
  put("redcap_survey_identifier", "", null);
  put("promis_timestamp", `${fmtDate(ts, "iso")}`, "DATE");
  put("first_name", n.pt.first, "NAME");
  put("last_name", n.pt.last, "NAME");
  put("dob", c.chance(0.5) ? fmtDate(n.dob, "iso") : `${n.dob.m}/${n.dob.d}/${n.dob.y}`, "DATE");
  put("age", String(a), a >= 90 ? "AGE" : null);
  put("email", n.email, "EMAIL");
  put("mrn", n.mrn, "MRN");
  put("zip", n.addr.zip.slice(0, 5), "ZIP");
  put("ip_address", c.ipv4(), "IP");
  put("promis_pf_tscore", `${c.int(20, 60)}.${c.int(0, 9)}`, null);
  put("koos_jr", String(c.int(0, 100)), null);
  put("pain_nrs", String(c.int(0, 10)), null);
  b.t(`-- REDCap export, project ${c.int(1000, 9999)} "${c.pick(["Ortho PROMs", "Spine Registry", "Joint Replacement Outcomes"])}", ${c.pick(["CSV (raw)", "JSON"])} --\n`);
  const rel = other(n);
  const comment = () => { b.t(c.pick(["my ", "My "]) + c.pick(["daughter ", "son ", "granddaughter "])); nm(n, rel, "f"); b.t(c.pick([" helped me fill this", " typed for me", " read the questions"])); };
  if (json) {
    b.t("[{\n");
    for (const [k, v, w] of vals) {
      b.t(`  "${k}": "`);
      if (w && k === "promis_timestamp") { w(); b.t(` ${p2(c.int(6, 22))}:${p2(c.int(0, 59))}:${p2(c.int(0, 59))}`); } else if (w) w(); else b.t(v ?? "");
      b.t('",\n');
    }
    b.t('  "comments": "');
    comment();
    b.t('"\n}]\n');
  } else {
    b.t(cols.join(",") + "\n");
    for (const [k, v, w] of vals) {
      if (w && k === "promis_timestamp") { w(); b.t(` ${p2(c.int(6, 22))}:${p2(c.int(0, 59))}:${p2(c.int(0, 59))}`); } else if (w) w(); else b.t(v ?? "");
      b.t(",");
    }
    b.t('"');
    comment();
    b.t('"\n');
  }
  b.t("Survey link: ").v(`https://redcap.${c.pick(["ortho-uh", "valleyhealth", "nchs-research"])}.org/surveys/?s=${c.letters(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}`, "URL").nl();
  b.t(`Event: ${c.pick(["6 wk post-op", "baseline", "1 yr"])}; ${MONTHS[ts.m - 1]!.slice(0, 3)} batch.\n`);
};

const medicAlert: Style = (n) => {
  const { b, c } = n;
  const ice = other(n);
  const U = (s: string) => s.toUpperCase();
  b.t("MEDICAL ID ORDER — clinic-assisted form\nOrder # ").v(`MID${c.digits(8)}`, "ID").t("   Member ID ").v(`${c.digits(3)}${c.digits(5)}`, "ID").t(`   Product: ${c.pick(["Sport Band Navy M", "Classic Steel 7in", "Dog Tag Black"])} (SKU ${c.letters(2)}-${c.digits(4)}-${c.letters(2)})\n`);
  b.t("Engraving (max 5 lines, 20 characters):\n  L1: ");
  b.v(U(n.pt.first), "NAME").t(" ");
  if (n.pt.middle) b.v(U(n.pt.middle[0]!), "NAME").t(" ");
  b.v(U(n.pt.last), "NAME");
  b.t(`\n  L2: ${c.pick(["T1 DIABETIC INSULIN", "ON ELIQUIS", "ALLERGY PCN SULFA", "EPILEPSY", "ADRENAL INSUF", "PACEMAKER"])}\n  L3: `);
  b.t(c.pick(["DOB ", "B. "])).v(`${n.dob.m}/${n.dob.d}/${String(n.dob.y).slice(2)}`, "DATE");
  b.t("\n  L4: ICE ").v(U(ice.first), "NAME").t(" ").v(c.phone().replace(/^\+1 /, ""), "PHONE");
  b.t(`\n  L5: ${c.pick(["DNR - SEE WALLET", "NO MRI", "HAS EPIPEN", "AUTISM NONVERBAL"])}\n`);
  b.t("Ship to: ");
  nm(n, n.pt, "fl");
  b.t(", ");
  address(n, n.addr);
  b.t("\nEmergency contacts: ");
  nm(n, ice, "fl");
  b.t(` (${c.pick(["wife", "mom", "son", "partner"])}) `);
  ph(n);
  b.t("; physician ");
  staff(n, other(n), [", MD", ", DO", ", NP"]);
  b.t(" ");
  ph(n);
  b.t("\nPaid with card ending ").v(c.last4(), "ACCOUNT").t(" on ").v(fmtDate(c.recent(), "mdy"), "DATE").t(`. Wrist ${c.int(5, 8)}.${c.int(0, 9)} in. ${clin(n)}.\n`);
};

export const STYLES_D: Record<string, Style> = {
  "border-binational-referral": borderReferral,
  "canadian-oop-claim": canadianClaim,
  "pr-clinic-note": prClinic,
  "farmworker-outreach": farmworker,
  "prom-survey-csv": promCsv,
  "medic-alert-engraving": medicAlert,
};
