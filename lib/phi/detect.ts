/** detect(text, options) -> spans of identifiers, sorted, non-overlapping. */
import { type Candidate, type DetectOptions, type Span } from "./types";
import { scan } from "./scan";
import { tokenize } from "./tokens";
import { detectDates } from "./patterns/dates";
import { detectContacts, nationalLines } from "./patterns/contact";
import { detectIds } from "./patterns/ids";
import { detectAddresses } from "./patterns/addresses";
import { widenPlaces } from "./patterns/places";
import { detectFacilities } from "./patterns/facilities";
import { detectAges } from "./patterns/ages";
import { detectNames } from "./names/detect";
import { detectTableNames } from "./names/tables";
import { lawFirms } from "./names/legal";
import { caretNames, detectHl7 } from "./patterns/hl7";
import { detectAstm } from "./patterns/astm";
import { detectX12 } from "./patterns/x12";
import { bracketFields, detectCombBoxes } from "./patterns/comb-boxes";
import { detectCda } from "./patterns/cda";
import { detectZpl } from "./patterns/zpl";
import { dropNonNames } from "./names/not-names";
import { listedPeople, lowerCaseNames, lowerNameFields, spokenDoctors } from "./names/lists";
import { detectAamva } from "./patterns/aamva";
import { detectVcard } from "./patterns/vcard";
import { townsNearFacilities } from "./patterns/towns-near";
import { detectJsonFields, detectXmlFields } from "./patterns/json-fields";
import { detectFileNames } from "./patterns/file-names";
import { detectNemsis } from "./patterns/nemsis";
import { detectDicom } from "./patterns/dicom";
import { detectOtherScripts } from "./patterns/other-scripts";
import { detectNativeScript } from "./patterns/native-script";
import { detectKnown } from "./known";
import { propagateColumns } from "./column-types";
import { resolveSpans } from "./spans";

export function detectCandidates(text: string, options: DetectOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  if (text.length === 0) return out;
  const sc = scan(text);
  const lines = sc.lines;
  const tokens = tokenize(text, sc);
  detectDates(text, tokens, out);
  detectContacts(text, tokens, out);
  detectIds(text, tokens, out);
  detectAddresses(text, lines, tokens, out);
  detectFacilities(text, lines, tokens, out);
  detectAges(text, tokens, out);
  const names = out.length;
  detectNames(text, tokens, out);
  detectTableNames(text, out);
  listedPeople(text, out);
  spokenDoctors(text, out);
  lowerCaseNames(text, tokens, out);
  lowerNameFields(text, tokens, out);
  dropNonNames(text, out, names);
  townsNearFacilities(text, out);
  lawFirms(text, out);
  detectHl7(text, out);
  caretNames(text, out);
  detectAstm(text, out);
  // a format's own syntax that no identifier rule may take (an X12 envelope's control numbers, ZPL commands)
  const syntax: number[] = [];
  detectX12(text, out, syntax);
  detectCombBoxes(text, out);
  bracketFields(text, out, syntax);
  detectCda(text, out);
  detectZpl(text, out, syntax);
  detectAamva(text, out, syntax);
  detectVcard(text, out);
  detectFileNames(text, out);
  if (sc.otherScript) {
    detectOtherScripts(text, out);
    detectNativeScript(text, out);
  }
  detectJsonFields(text, out);
  detectXmlFields(text, out, syntax);
  detectNemsis(text, out, syntax);
  detectDicom(text, out, syntax);
  nationalLines(text, tokens, syntax);
  if (options.known) detectKnown(text, tokens, options.known, out);
  propagateColumns(text, out);
  widenPlaces(text, out);
  return syntax.length > 0 ? withoutSyntax(out, syntax) : out;
}

/**
 * The candidates that do not lie wholly inside a range of format syntax (`syntax` holds start, end pairs); one that
 * starts inside a range starts after it ("DAQ29146353": the element id stays, the licence number goes).
 */
function withoutSyntax(out: Candidate[], syntax: number[]): Candidate[] {
  return out.filter((c) => {
    for (let k = 0; k < syntax.length; k += 2) {
      if (c.start >= syntax[k]! && c.end <= syntax[k + 1]!) return false;
      if (c.start >= syntax[k]! && c.start < syntax[k + 1]!) c.start = syntax[k + 1]!;
    }
    return true;
  });
}

export function detect(text: string, options: DetectOptions = {}): Span[] {
  return resolveSpans(text, detectCandidates(text, options), options.types);
}
