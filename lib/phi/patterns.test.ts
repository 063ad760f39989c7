import { describe, expect, it } from "vitest";
import { covered, found, valuesOf } from "./test-helpers";
import { parseDate } from "./patterns/date-parts";
import { PHONE_AT } from "./patterns/contact";
import { NUMBER_AT } from "./patterns/ages";
import { columnHeader, eachRunMatch, type RunPattern } from "./text";
import { scan } from "./scan";

describe("dates", () => {
  it.each([
    "03/14/2024", "3/14/24", "2024-03-14", "14-Mar-2024", "March 14, 2024", "Mar. 14 2024", "14 March 2024",
    "March 14th, 2024", "3.14.2024", "MAR 14 2024", "14th of March, 2024",
  ])("finds %s", (d) => {
    expect(valuesOf(`Seen ${d} in clinic.`, "DATE")).toEqual([d]);
  });
  it("finds month-year and month-day", () => {
    expect(valuesOf("Last colonoscopy Aug 2019, next due March 5.", "DATE")).toEqual(["Aug 2019", "March 5"]);
  });
  it("finds bare m/d only with a cue", () => {
    expect(valuesOf("Seen on 3/14, f/u 3/21.", "DATE")).toEqual(["3/14", "3/21"]);
    expect(valuesOf("3/14 - pt called back", "DATE")).toEqual(["3/14"]);
  });
  it.each(["Take 1/2 tab daily.", "BP 120/80.", "Formula 3/4 strength.", "Strength 5/5.", "Pain 7/10.", "Apgars 8/9.", "Vision 20/40.", "Sinemet 25/100 TID."])(
    "leaves %s alone",
    (s) => {
      expect(found(s)).toEqual([]);
    },
  );
  it("keeps a bare year", () => {
    expect(found("Quit smoking in 1998; colonoscopy 2019.")).toEqual([]);
  });
  it("parses the spellings it finds", () => {
    expect(parseDate("March 14th, 2024")).toEqual({ y: 2024, m: 3, d: 14 });
    expect(parseDate("14-Mar-24")).toEqual({ y: 2024, m: 3, d: 14 });
    expect(parseDate("2024-03-14")).toEqual({ y: 2024, m: 3, d: 14 });
    expect(parseDate("Aug 2019")).toEqual({ y: 2019, m: 8 });
  });
});

describe("phones, e-mail, web", () => {
  it.each(["(617) 555-0199", "617-555-0199", "617.555.0199", "+1 617 555 0199", "1-617-555-0199", "(617)555-0199 ext. 12"])("finds phone %s", (p) => {
    expect(valuesOf(`Call ${p} today.`, "PHONE")).toEqual([p]);
  });
  it("types fax numbers", () => {
    expect(valuesOf("Fax: 617-555-0123", "FAX")).toEqual(["617-555-0123"]);
  });
  it("finds a 7-digit number only with a cue", () => {
    expect(valuesOf("pager 555-2231", "PHONE")).toEqual(["555-2231"]);
    expect(found("Lot 555-2231 used.").filter((x) => x.startsWith("PHONE"))).toEqual([]);
  });
  it("finds e-mail, URLs and IPs", () => {
    expect(found("Mail j.doe@example.com, see https://portal.example.org/a?b=1. IP 10.1.2.3, fe80::1ff:fe23:4567:890a")).toEqual([
      "EMAIL:j.doe@example.com", "URL:https://portal.example.org/a?b=1", "IP:10.1.2.3", "IP:fe80::1ff:fe23:4567:890a",
    ]);
  });
  it("does not take times for IPv6", () => {
    expect(found("Seen 10:45:30.")).toEqual([]);
  });
});

describe("numbers and codes", () => {
  it("types labelled identifiers", () => {
    expect(found("MRN: 00123456; Member ID XJH123456789; Acct # 7700123458; DEA BJ6125341; S/N PJN448120")).toEqual([
      "MRN:00123456", "HEALTH_PLAN:XJH123456789", "ACCOUNT:7700123458", "LICENSE:BJ6125341", "DEVICE:PJN448120",
    ]);
  });
  it("finds SSNs, VINs, MBIs", () => {
    expect(found("SSN 078-05-1120, VIN 1HGCM82633A004352, MBI 1EG4-TE5-MK73")).toEqual([
      "SSN:078-05-1120", "VEHICLE:1HGCM82633A004352", "HEALTH_PLAN:1EG4-TE5-MK73",
    ]);
  });
  it("takes long unlabeled numbers and codes as ID", () => {
    expect(valuesOf("ref 4471203998 and code XK2281937", "ID")).toEqual(["4471203998", "XK2281937"]);
  });
  it.each(["E11.65", "I10", "99214", "CPT 99214-25", "G0439", "L4-L5", "pT2N0M0", "G3P2012", "HbA1c 6.9%", "COVID-19", "500mg", "140s-180s", "lot EW0182"])(
    "leaves clinical code %s alone",
    (s) => {
      expect(found(`Noted: ${s}.`)).toEqual([]);
    },
  );
  it("finds GS1 device identifiers", () => {
    expect(valuesOf("UDI (01)00643169001763(21)123456", "DEVICE")).toEqual(["(01)00643169001763(21)123456"]);
  });
});

describe("places", () => {
  it("finds street, city and ZIP", () => {
    expect(found("Lives at 4417 W. Fullerton Ave, Apt 2R, Chicago, IL 60639.")).toEqual([
      "ADDRESS:4417 W. Fullerton Ave, Apt 2R", "LOCATION:Chicago", "ZIP:60639",
    ]);
  });
  it("finds PO boxes, counties and towns in context", () => {
    expect(found("PO Box 1182. Lives in Marin County; moved from Duluth.")).toEqual(["ADDRESS:PO Box 1182", "LOCATION:Marin County", "LOCATION:Duluth"]);
  });
  it("leaves states and countries", () => {
    expect(found("Moved from Texas to Ohio; travelled to Mexico.")).toEqual([]);
  });
  it("finds named facilities but not generic ones", () => {
    expect(found("Transferred from St. Agnes Hospital to Lakeview Family Medicine.")).toEqual([
      "FACILITY:St. Agnes Hospital", "FACILITY:Lakeview Family Medicine",
    ]);
    expect(found("Seen at an outside hospital, then the cardiology clinic.")).toEqual([]);
  });
  it("does not read times or doses as addresses", () => {
    expect(found("9:50 AM Dr. paged; 2 tabs by mouth.").filter((x) => x.startsWith("ADDRESS"))).toEqual([]);
  });
});

describe("ages", () => {
  it("finds ages over 89 only", () => {
    expect(found("93 y/o F. Age: 101. A 96-year-old man. She turned 90. 89 yo M.")).toEqual(["AGE:93", "AGE:101", "AGE:96", "AGE:90"]);
  });
  it("does not take vitals in the 90s", () => {
    expect(found("SpO2 in the 90s, HR 92, BP 94/60.")).toEqual([]);
  });
  it("covers 'in her 90s'", () => {
    expect(covered("A woman in her 90s.", "90s")).toBe(true);
  });
});

describe("digit-run patterns changed for other note styles", () => {
  // the property tests in scan.test.ts draw random text; these are the shapes the new alternatives add
  const runMatches = (p: RunPattern, text: string): number[] => {
    const sc = scan(text);
    const got: number[] = [];
    eachRunMatch(p, text, sc, (m) => got.push(m.index));
    return got;
  };
  const globalMatches = (p: RunPattern, text: string): number[] => {
    const re = new RegExp(p.global.source, p.global.flags);
    return [...text.matchAll(re)].map((m) => m.index);
  };
  it.each([
    "1617/617.1617", "617/555-0199", "call 1617/555-0199 or 617/555 0199", "(617)/555-0199", "+1617/555-0199",
    "AGE: 098Y", "aged 0101", "00098 and 0125 and 0126", "BP 120/80, 100/200",
  ])("PHONE_AT and NUMBER_AT find what their regexes find in %s", (text) => {
    expect(runMatches(PHONE_AT, text)).toEqual(globalMatches(PHONE_AT, text));
    expect(runMatches(NUMBER_AT, text)).toEqual(globalMatches(NUMBER_AT, text));
  });
});

describe("columnHeader", () => {
  const table = "Vaccine | Date | Lot | Exp\nFlu | 1/2/2024 | AB123 | 03/2026\nMMR | 2/3/2024 | CD456 | 04/2027\nafter";
  it("is the header cell of the column a cell is in, for every row of the table", () => {
    expect(columnHeader(table, table.indexOf("03/2026")).trim()).toBe("Exp");
    expect(columnHeader(table, table.indexOf("CD456")).trim()).toBe("Lot");
    expect(columnHeader(table, table.indexOf("2/3/2024")).trim()).toBe("Date");
  });
  it("is empty on the header line, in a first cell and outside a table", () => {
    expect(columnHeader(table, table.indexOf("Exp"))).toBe("");
    expect(columnHeader(table, table.indexOf("MMR"))).toBe("");
    expect(columnHeader(table, table.indexOf("after"))).toBe("");
  });
});
