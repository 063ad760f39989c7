/** Styles: patient's insurance appeal letter, ambulance billing statement, refill e-mail chain, lactation consult, Tagalog/English and Turkish/English notes. */
import { fmtDate } from "./kit";
import { CHAINS, PAYERS } from "./lists";
import { address, age, dt, newAddress, nm, other, ph, pickAge, staff, wrapAt, type Style } from "./note";

const appeal: Style = (n) => {
  const { b, c } = n;
  const payer = c.pick(PAYERS);
  nm(n, n.pt, "fl");
  b.nl();
  address(n, n.addr, "\n");
  b.nl(2);
  dt(n);
  b.nl(2).t(`${payer} — Appeals and Grievances`).nl();
  address(n, { line1: `PO Box ${c.int(1000, 99999)}`, city: c.city(), state: c.state(), zip: c.zip() }, "\n");
  b.nl(2).t("RE: Level 1 appeal — Member ID ").v(c.memberId(), "HEALTH_PLAN").t(", Group ").v(c.group(), "HEALTH_PLAN").t(", Claim # ").v(`${c.digits(2)}${c.letters(1)}${c.digits(9)}`, "ID").nl(2);
  b.noise = wrapAt(b, 76);
  b.t("I am appealing your denial letter dated ").v(c.fullDate(), "DATE").t(` for my ${c.pick(["MRI of the lumbar spine", "Ozempic 1 mg pens", "sleep study", "ambulance transport"])}. My doctor, `);
  staff(n, other(n), [", MD", ", DO", " MD"]);
  b.t(" at ").v(c.facility(), "FACILITY").t(`, ordered it after ${c.int(6, 12)} weeks of physical therapy failed. Your reviewer said it was "not medically necessary" under policy MP-${c.digits(3)}. My ${c.pick(["wife", "husband", "daughter"])} `);
  nm(n, other(n), "f");
  b.t(" has power of attorney and may speak for me.");
  b.noise = null;
  b.nl(2).t("You can reach me at ");
  ph(n, n.phone);
  b.t(" or ").v(n.email, "EMAIL").t(". Date of birth ").v(fmtDate(n.dob, "mdy"), "DATE").t(".").nl(2).t("Thank you,").nl();
  nm(n, n.pt, c.pick(["fl", "fml"]));
  b.nl().t("Enclosures: denial letter, office notes from ").v(fmtDate(c.recent(), "m/d"), "DATE").t(" and ").v(fmtDate(c.recent(), "m/d"), "DATE").nl();
};

const ambulanceBill: Style = (n) => {
  const { b, c } = n;
  const co = `${c.pick(["Tri-Valley", "Lifeguard", "Prairie", c.city()])} ${c.pick(["EMS", "Ambulance Service", "Fire Rescue"])}`;
  b.t(co.toUpperCase()).nl();
  address(n, newAddress(c));
  b.t(" · ").v(c.tollFree(), "PHONE").nl(2).t("STATEMENT DATE ").v(fmtDate(c.recent(), "mdy"), "DATE").t("     ACCOUNT NO. ").v(c.account(), "ACCOUNT").nl();
  b.t("PATIENT: ");
  nm(n, n.pt, "FL");
  b.t("   RUN # ").v(`${c.int(24, 26)}-${c.digits(6)}`, "ID").t("   DATE OF SERVICE ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.t("PICKUP: ");
  address(n, c.chance(0.6) ? n.addr : newAddress(c));
  b.nl().t("DESTINATION: ").v(c.facility(true), "FACILITY").nl();
  b.t(`A0427  ALS1 emergency               $${c.int(900, 2400)}.00`).nl().t(`A0425  Ground mileage x ${c.int(3, 48)}.${c.int(0, 9)}       $${c.int(50, 900)}.50`).nl();
  b.t(`       Insurance paid (${c.pick(PAYERS)})  -$${c.int(100, 900)}.14`).nl().t(`AMOUNT DUE  $${c.int(80, 1500)}.${c.digits(2)}   DUE BY `).v(fmtDate(c.recent(), c.pick(["mdy", "Mon d, y"])), "DATE").nl();
  b.t("Medicare MBI on file: ").v(c.mbi(), "HEALTH_PLAN").nl();
  b.t("Pay online: ").v(`https://${c.pick(["pay", "billing"])}.${c.pick(["emsbillpay", "ambpay", "rescuebill"])}.com/?acct=${c.digits(8)}`, "URL").t(" or call ").v(c.tollFree(), "PHONE").nl();
  b.t("Crew: ");
  nm(n, other(n), "il");
  b.t(", Paramedic (lic. ").v(`P${c.digits(6)}`, "LICENSE").t("); unit 14, vehicle ").v(c.plate(), "VEHICLE").nl();
};

const refillEmail: Style = (n) => {
  const { b, c } = n;
  const nurse = other(n);
  const dom = c.pick(["redoakfamilymed.com", "bluestemclinic.org", "lakeshorehealth.net"]);
  b.t("From: ");
  nm(n, nurse, "fl");
  b.t(" <").v(c.workEmail(nurse, dom), "EMAIL").t(">").nl().t(`Sent: ${c.pick(["Monday", "Thursday", "Friday"])}, `).v(c.pick([fmtDate(c.recent(), "Mon d, y"), `${fmtDate(c.recent(), "Month d")}, 2026`]), "DATE").t(` ${c.time()}`).nl();
  b.t("To: ").v(n.email, "EMAIL").nl().t("Subject: RE: refill request - ");
  nm(n, n.pt, c.pick(["fl", "l"]));
  b.nl(2).t("Hi ");
  nm(n, n.pt, "f");
  b.t(", Dr. ").v(other(n).last, "NAME").t(" approved 90 days of metformin 1000 mg BID and atorvastatin 40 mg. Sent to ");
  if (c.chance(0.6)) b.t(c.pick(CHAINS));
  else b.v(`${c.pick(["Hometown", "Corner", "Valley"])} Drug`, "FACILITY");
  b.t(". Labs due before ").v(c.partialDate(), "DATE").t(".").nl();
  nm(n, nurse, "f");
  b.t(", RN | ").v(c.phone(), "PHONE").t(" ext ").t(String(c.int(100, 999))).nl(2);
  b.t("-----Original Message-----").nl().t("From: ").v(n.email, "EMAIL").nl().t("Sent: ").v(fmtDate(c.recent(), "md-short"), "DATE").t(` ${c.time()}`).nl(2);
  b.t("hi its ");
  nm(n, n.pt, "lc");
  b.t(" dob ").v(fmtDate(n.dob, "md-short"), "DATE").t(" i need my metformin refilled i'm out since ").v(fmtDate(c.recent(), "m/d"), "DATE").t(". my new address is ");
  address(n, n.addr);
  b.t(c.pick([" pls mail the paperwork", " thx", " - sent from my iPhone"])).nl();
};

const lactation: Style = (n) => {
  const { b, c } = n;
  n.dob = { ...n.dob, y: c.int(1985, 2006) };
  const baby = other(n);
  b.t("LACTATION CONSULT — ").v(c.facility(c.chance(0.5)), "FACILITY").t(" — ").v(c.fullDate(), "DATE").nl();
  b.t("Mother: ");
  nm(n, n.pt, "fl");
  b.t(`, ${c.int(18, 44)}, P${c.int(1, 5)}, DOB `).v(fmtDate(n.dob, "mdy"), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
  b.t("Infant: ");
  nm(n, baby, c.pick(["fl", "f"]));
  b.t(", born ").v(fmtDate(c.recent(), c.pick(["m/d", "Month d"])), "DATE").t(` at ${c.int(37, 41)}w, BW ${c.int(2500, 4300)} g, today ${c.int(2400, 4500)} g (${c.int(-10, 5)}%).`).nl();
  b.t(`LATCH score ${c.int(5, 10)}. Nipple trauma L, flattened after feeds. Transfer: pre/post weight +${c.int(10, 80)} mL. Output: ${c.int(3, 8)} wet, ${c.int(1, 5)} stools.`).nl();
  b.t(`Pump: Medela Symphony rental SN `).v(c.serial(), "DEVICE").t(` (24 mm flanges); Spectra S1 via insurance.`).nl();
  b.t("Partner ");
  nm(n, other(n), "f");
  b.t(" present. Pediatrician Dr. ").v(other(n).last, "NAME").t(" — weight check ").v(c.partialDate(), "DATE").t(".").nl();
  b.t("Call the warm line ").v(c.phone(), "PHONE").t(" with questions.").nl();
  nm(n, other(n), "fml");
  b.t(", IBCLC #").v(`L-${c.digits(5)}`, "LICENSE").nl();
};

const tagalog: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  b.t("Progress note (interpreter-assisted, Tagalog)").nl().t("Pt: ");
  nm(n, n.pt, "lf");
  b.t(", ");
  age(n, a);
  b.t(" taong gulang / years old, DOB ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t("Kasama ang anak na si ");
  nm(n, other(n), "f");
  b.t(" (accompanied by daughter). \"Masakit ang dibdib ko mula noong Lunes.\" Nakatira sa ").v(c.city(), "LOCATION").t(` kasama ang apo. Dumating mula ${c.pick(["Batangas", "Cebu", "Pampanga", "Ilocos Norte"])} noong 2019.`).nl();
  b.t("Interpreter ");
  nm(n, other(n), "fl");
  b.t(" ID ").v(`${c.digits(5)}`, "ID").t(". Dating doktor: Dr. ").v(other(n).last, "NAME").t(" sa ").v(c.facility(), "FACILITY").t(".").nl();
  b.t(`Trop <0.01, ECG NSR. Plan: ${c.pick(["stress test", "GI cocktail, PPI trial", "f/u 2 wk"])}. Follow-up sa `).v(c.partialDate(), "DATE").t(".").nl();
  staff(n, other(n));
  b.nl();
};

const turkish: Style = (n) => {
  const { b, c } = n;
  b.t("Clinic note (Turkish/English)").nl().t("Hasta / Patient: ");
  nm(n, n.pt, c.pick(["fl", "LF"]));
  b.t(" — doğum tarihi ").v(fmtDate(n.dob, "d.m.y"), "DATE").t(" — MRN ").v(n.mrn, "MRN").nl();
  b.t("Eşi ");
  nm(n, other(n), "f");
  b.t(` Hanım ile geldi. "${c.pick(["Başım çok ağrıyor", "Şekerim yüksek", "Nefes alamıyorum"])}." Türkiye'den ${c.pick(["İzmir", "Konya", "Trabzon"])} 2022'de geldi; şu an `).v(c.city(), "LOCATION").t("'de oturuyor.").nl();
  b.t(`Randevu: `).v(`${c.int(1, 28)} ${c.pick(["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Eylül", "Ekim", "Kasım", "Aralık"])} ${c.int(2025, 2026)}`, "DATE").t(` saat ${c.int(8, 16)}:00. A1c ${c.int(6, 11)}.${c.int(0, 9)}%. Metformin 500 mg 2x1.`).nl();
  b.t("Telefon: ").v(c.chance(0.3) ? `+90 5${c.digits(2)} ${c.digits(3)} ${c.digits(2)} ${c.digits(2)}` : c.phone(), "PHONE").t(" · Adres: ");
  address(n, n.addr);
  b.nl().t("Tercüman ");
  nm(n, other(n), "fl");
  b.t(c.pick([" (Language Line #", " (in-person, badge "])).v(c.digits(6), "ID").t(")").nl();
  staff(n, other(n));
  b.t(" — ").v(c.fullDate(), "DATE").nl();
};

export const STYLES_E: Record<string, Style> = {
  "appeal-letter": appeal, "ambulance-bill": ambulanceBill, "refill-email": refillEmail,
  "lactation-consult": lactation, "tagalog-mix": tagalog, "turkish-mix": turkish,
};
