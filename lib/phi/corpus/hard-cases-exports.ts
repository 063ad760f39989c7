/**
 * Hand-written hard cases for records as systems export them and as logs lay them out (added when the tenth held-out
 * corpus was studied in session 8): ASTM instrument records, a fixed-width eligibility file's town column, a pipe
 * table broken by a footnote, "Called to" and "Histotech" columns, chart numbers in two groups, a will-call list's
 * "Filled" column; a town's police department, a job applied for, peer-recovery certificates, a street near which
 * someone was last seen. Invented values, in the markup of hard-cases.ts.
 */
export const EXPORT_CASES: string[] = [
  // an instrument's upload: the patient record's ids, name, birth date and physician; the result's operator
  "1H|\\^&|||analyzer^4.2|||||LIS||P|1|{{DATE:20260408}}091757\n2P|1||{{MRN:7730125}}||{{NAME:OYELARAN}}^{{NAME:TEMPERANCE}}^{{NAME:Q}}||{{DATE:19610415}}|F|||||{{NAME:HALVORSEN}}^{{NAME:B}}\n3R|1|^^^K|6.9|mmol/L|3.5-5.1|HH||F||{{NAME:RW}}||{{DATE:20260408}}1212\n4L|1|N",
  // a fixed-width file: the town between the street and the state; a highway contract route
  "{{MRN:TEC5521083}}     {{NAME:MARROQUIN}}          {{NAME:OTILIA}}       {{DATE:19480221}} {{ADDRESS:412 TANAGER WAY}}              {{LOCATION:BRIAR GAP}}           OK{{ZIP:74601}}\n{{MRN:TEC5521084}}     {{NAME:HOLLOWAY}}           {{NAME:AMOS}}         {{DATE:19520709}} {{ADDRESS:HCR 7 BOX 118}}                {{LOCATION:QUILLCREEK}}          TX{{ZIP:79848}}",
  // a call log: the footnote under a row does not end the table; who was called, in brackets with a role; initials
  "Time  | Patient           | MRN        | Result        | Called to              | Tech\n08:58 | {{NAME:SANDOVAL, P}}     | {{MRN:4418203}}    | K 6.9 mmol/L  | {{NAME:R. Okonkwo}} (charge)   | {{NAME:GP}}\n      * no answer on unit; paged 3386\n9:34p | {{NAME:VELLACOTT, ARI}}   | {{MRN:6493 2366}}  | Hgb 5.8 g/dL  | {{NAME:T. Brannigan}} RN       | {{NAME:DOD}}",
  // a will-call list laid out with spaces: the "Filled" column's month/day
  "Bin  Patient              DOB          Rx#       Filled  Action\nS16  {{NAME:Quist, Delphine}}     {{DATE:10/06/1949}}   {{ID:5420374}}   {{DATE:2/16}}    RTS\nX12  {{NAME:Rocha, Amadeo}}       {{DATE:6/26/75}}      {{ID:2212510}}   {{DATE:8/26}}    hold",
  // a Mohs map's histotech column; the skin type's eponym is no one
  "Stage  Blocks  Margin              Histotech\nI      2       + 2-4 o'clock deep  {{NAME:KT}}\nII     3       clear               {{NAME:PHB}}\nFitzpatrick II; bilobed flap.",
  // a town's police department, a job applied for, a peer specialist's certificate, a street named near a gate
  "Police: {{FACILITY:Juniper Flats PD}} case {{ID:2026-0412}}. Job app at {{FACILITY:Tallgrass Poultry Processing}}; peer specialist {{NAME:Imelda Vantreese}}, CPRS #{{LICENSE:33822}}. Last seen near the {{ADDRESS:Sorrel Creek Avenue}} gate.",
];
