/**
 * Hand-written value lists for the eighth held-out corpus. Every entry was typed by this corpus's author for
 * it; none comes from faker, a census list, a public de-identification corpus or an earlier held-out corpus.
 * Lists are `|`-separated so that two-word given names and particle surnames stay whole.
 */
const L = (s: string): readonly string[] => s.split("|").map((x) => x.trim()).filter(Boolean);

/** Given names from many origins, including ordinary words, two-word names and apostrophes. */
export const GIVEN = L(`
Abigail|Ada|Adeline|Agnes|Alma|Amos|Ansel|Arlo|Augusta|Beatrix|Bennett|Bernadette|Blanche|Boyd|Brooks|Calvin|Camden|
Carlene|Cecil|Clement|Cleo|Cora|Delbert|Della|Dewey|Dorothea|Earl|Edna|Elmer|Elsie|Emmett|Eula|Everett|Faye|Floyd|
Gideon|Goldie|Harlan|Hattie|Homer|Hollis|Ida|Imogene|Irving|Jasper|Jolene|Judson|Kermit|Lavern|Lenora|Lloyd|Lottie|
Luther|Mabel|Marvin|Maxine|Merle|Minnie|Myrtle|Nadine|Nell|Norris|Odell|Opal|Orville|Otis|Pearl|Phoebe|Quentin|Rhoda|
Roscoe|Rosalind|Rufus|Selma|Silas|Sterling|Tabitha|Velma|Vernon|Wanda|Wilbur|Winifred|Zelda|Mary Beth|Billie Jo|
Autumn|Berry|Bliss|Brandy|Candy|Cash|Chance|Clay|Dawn|Destiny|Dusty|Ember|Fern|Forrest|Gale|Glory|Grant|Haven|Heath|
Honor|Ivy|Jewel|Journey|Justice|Lake|Lark|Mercy|Miracle|Misty|Noble|Ocean|Patience|Precious|Rocky|Royal|Rusty|Sage|
Skye|Sonny|Summer|Sunny|Storm|Unique|Violet|Wren|Sparrow|Story|Kingston|Legend|Memory|Easter|Christmas|Pepper|
Aaliyah|Ayanna|DaShawn|Deja|Demetrius|Imani|Jamal|Jaleesa|Keisha|Kendrick|LaToya|Marquis|Nia|Tamika|Terrell|Tyrone|
Zaria|Jermaine|Latrice|Deontae|Keyshawn|Tanisha|Ja'Marcus|De'Andre|Le'Shay|Shanice|Dequan|Travon|Kiara|Jaylen|
Alejandro|Araceli|Beatriz|Catalina|Consuelo|Dolores|Eusebio|Fausto|Graciela|Heriberto|Inés|Jacinto|Leticia|
Marisela|Nayeli|Osvaldo|Pilar|Rosalba|Socorro|Teodoro|Xiomara|Yesenia|Zoila|Anselmo|Ximena|Marco Antonio|Juan Pablo|
Ana Lucía|María del Carmen|Evaristo|Candelaria|Abundio|Nicanor|Yolotzin|Itzel|Citlali|Rigoberto|Wilfredo|Yadira|
Joaquim|Thiago|Gonçalo|Leandro|Rosângela|Vitória|Sebastião|Iara|Raimundo|Edivaldo|Lucineide|
Amélie|Benoît|Clotilde|Éloïse|Gaston|Hervé|Josette|Lucien|Marcel|Odile|Thibault|Yvette|Solange|Aurélien|Ghislaine|
Carmela|Domenico|Fiorella|Loredana|Nunzio|Rosaria|Vincenza|Ottavio|Graziella|Pasquale|
Anneliese|Dieter|Friedrich|Gretchen|Hannelore|Jürgen|Liesl|Bram|Femke|Joost|Sanne|Astrid|Bjørn|Ingrid|Leif|Sigrid|
Torvald|Solveig|Oskar|Ragnhild|
Aoife|Caoimhe|Ciarán|Dervla|Eamon|Fionnuala|Niamh|Oisín|Siobhan|Rhys|Gwyneth|Angus|Morag|Seonaidh|Ffion|
Bogdan|Dragana|Jadwiga|Ludmila|Miroslav|Oksana|Radoslav|Svetlana|Vesna|Wiesława|Anatoliy|Halyna|Tetiana|Yaroslav|
Zdeněk|Milena|Borislav|Katarzyna|Radu|Ileana|
Chrysoula|Dimitra|Panagiota|Spyridon|Vasiliki|Anahit|Armen|Gayane|Levan|Nino|Tamar|Vardan|
Amal|Bashir|Dalia|Farida|Ghassan|Hala|Ibtisam|Jamila|Khalil|Layla|Mahmoud|Nabila|Omar|Rania|Samir|Tariq|Wafa|
Yousef|Zainab|Nour|Hiba|Abd al-Karim|
Ahmad Shah|Darius|Farzaneh|Golnar|Habibullah|Mahnaz|Parisa|Roya|Shirin|Zarmina|Wahid|Nasrin|
Ayşe|Burak|Cem|Elif|Gökhan|Hülya|Kemal|Serap|Ümit|Zeynep|
Aarav|Anjali|Deepa|Gurpreet|Harpreet|Indira|Jaswinder|Kavya|Lakshmi|Manpreet|Nandini|Pradeep|Rajesh|Sanjay|Shreya|
Sunita|Venkatesh|Yamini|Farhana|Tanvir|Rukhsana|Imran|Nilufar|Dilip|Suresh|Priyanka|Ramesh|Bhavna|Thenmozhi|
Chen|Hui|Jian|Mei-ling|Wei|Yun|Zhiwei|Akiko|Haruto|Hiroshi|Keiko|Masato|Noriko|Sachiko|Takeshi|Yumiko|Ji-hoon|
Min-jung|Seung-woo|Hyun-joo|Dong-hyun|Eun-ji|Sung-min|Ye-jin|Chun-hei|
Anh|Bao|Duc|Hanh|Khanh|Linh|Quoc|Thanh|Thuy|Trung|Vy|Somchai|Siriporn|Kanya|Arunee|Vannak|Sokha|Chanthou|Bounmy|
Maly|Maricel|Jocelyn|Marites|Dindo|Lorna|Rowena|Analyn|Erlinda|Nenita|Gener|
Abebe|Almaz|Bekele|Chiamaka|Efua|Kwabena|Kofi|Nkechi|Obinna|Tendai|Thandiwe|Yetunde|Zawadi|Amina|Fatoumata|Mamadou|
Aissatou|Ousmane|Hodan|Fadumo|Tesfaye|Meseret|Selamawit|Dawit|Tigist|Genet|Yohannes|Makena|Wanjiru|Kipchoge|
Adaeze|Babajide|Funmilayo|Ngozi|Kwame|
Avraham|Chaya|Eliezer|Esther|Mordechai|Rivka|Shira|Tova|Yitzhak|Zev|Mendel|Devorah|
Aiyana|Chenoa|Dyani|Winona|Kai|Kalani|Keoni|Leilani|Makoa|Noelani|Tala|Kanoa|Malia|Sione|Losana|Tevita|Mele|Siaosi|
Marie-Claude|Jean-Baptiste|Wislande|Fabiola|Jude|Guerline|Roselande|Fritznel|Mirlande|
Ruby|Hazel|Willow|Juniper|Magnolia|Georgia|Carolina|Dakota|Cheyenne|Houston|Austin|Tennessee|Major|Deacon|Bishop|
Pastor|Judge|Marshal|Colonel|Duke|Earnest|Constance|Prudence|Temperance|Faith|Hope|Charity|Harmony|Melody|Rhythm
`);

/** Formal name → what the person goes by; several cannot be derived from the formal name. */
export const NICKNAMED: readonly (readonly [string, string])[] = [
  ["Thaddeus", "Tad"], ["Wilhelmina", "Mina"], ["Ignatius", "Iggy"], ["Cornelius", "Neil"], ["Theodora", "Teddy"],
  ["Francesca", "Frankie"], ["Guadalupe", "Lupe"], ["Refugio", "Cuco"], ["Concepción", "Conchita"], ["José", "Pepe"],
  ["Jesús", "Chuy"], ["Ignacio", "Nacho"], ["Rosario", "Chayo"], ["Francisco", "Paco"], ["Wolfgang", "Wolf"],
  ["Johanna", "Hanni"], ["Aleksandr", "Sasha"], ["Yekaterina", "Katya"], ["Dmitri", "Dima"], ["Seo-yeon", "Grace"],
  ["Ji-woo", "Jay"], ["Xiaoming", "Sam"], ["Tuan", "Tony"], ["Phuong", "Fiona"], ["Olufemi", "Femi"],
  ["Oluwaseun", "Seun"], ["Chukwuemeka", "Emeka"], ["Abdirahman", "Abdi"], ["Mohammed", "Mo"], ["Bartholomew", "Bart"],
  ["Philomena", "Mena"], ["Gertrude", "Trudy"], ["Harriet", "Hattie"], ["Lafayette", "Lafe"], ["Beauregard", "Beau"],
  ["Anastasios", "Tassos"], ["Evangelos", "Vangelis"], ["Panagiotis", "Takis"], ["Hovhannes", "Hovik"],
  ["Kazimierz", "Kazik"], ["Zbigniew", "Zbyszek"], ["Maximiliano", "Max"], ["Bienvenido", "Benny"], ["Rodelio", "Odie"],
  ["Maricela", "Chela"], ["Salvatore", "Sal"], ["Giuseppe", "Joe"], ["Mildred", "Millie"], ["Clarence", "Buddy"],
  ["Marguerite", "Peg"], ["Lucinda", "Cindy"], ["Archibald", "Archie"], ["Montgomery", "Monty"], ["Eleanora", "Nora"],
  ["Sebastián", "Chano"], ["Nguyet", "Nina"], ["Hyun-woo", "Henry"], ["Jianhua", "Jenny"], ["Tomasz", "Tom"],
];

/** Surnames: many origins, ordinary words, particles, apostrophes, hyphens, two-letter ones. */
export const SURNAMES = L(`
Abernathy|Ackerly|Alcott|Ashby|Bancroft|Barlow|Beasley|Birch|Blackwood|Bledsoe|Boatwright|Bramlett|Buckner|Caldwell|
Carrington|Chatfield|Crenshaw|Culpepper|Dabney|Dalrymple|Eckhart|Fairbanks|Fenwick|Gaskins|Goforth|Hackworth|Haddox|
Hargrove|Hollingsworth|Honeycutt|Huckaby|Kimbrough|Lankford|Ledbetter|Mayhew|McCreary|Merriweather|Nettles|
Overstreet|Pettigrew|Pickett|Postlethwaite|Quarles|Ramsdell|Rutledge|Satterfield|Shackleford|Spurlock|Stallworth|
Strickland|Tillman|Trowbridge|Underwood|Vandiver|Wadsworth|Whitfield|Winslow|Yarbrough|Youngblood|Pruett|Tackett|
Baker|Bishop|Brook|Bush|Carpenter|Church|Cook|Daily|Day|Fox|Friday|Frost|Golden|Hale|Hill|Holiday|King|Lamb|Love|
Mann|Marsh|Mason|Moody|Noble|Page|Paris|Park|Pope|Price|Rich|Rose|Sharp|Short|Stone|Strong|Swift|Wall|Waters|Wise|
Woods|Young|Bloom|Cherry|Sugar|Summers|Winter|Street|Lane|Blood|Payne|Savage|Lively|Ward|Gurney|Cannon|Temple|
Chambers|Kidd|Doctor|Sickles|Bones|Heal|Patient|Healthy|Coffin|Cross|Gross|Batch|Bill|Means|Room|
Arellano|Bustamante|Cárdenas|Cervantes|Delgado|Escobedo|Figueroa|Galindo|Hinojosa|Ibarra|Jaramillo|Lozano|
Maldonado|Montoya|Navarrete|Ochoa|Pacheco|Quintanilla|Saucedo|Tamayo|Urquidi|Valenzuela|Zamora|Villaseñor|Peña|
Núñez|de la Rosa|del Toro|de los Santos|San Miguel|Treviño|Zúñiga|Olvera|Barajas|Sepúlveda|
Albuquerque|Barbosa|Cavalcanti|Drummond|Figueiredo|Gonçalves|Magalhães|Nogueira|Rebelo|Sampaio|da Silva|dos Anjos|
do Nascimento|
Aubert|Beaulieu|Chevalier|Desrosiers|Fontaine|Giroux|LaFleur|Lévesque|Marchand|Ouellette|Poirier|Robichaux|
Thibodeaux|Trudeau|Boudreaux|de la Croix|Saint-Pierre|LeBlanc|Fortier|Guidry|
Abbate|Bellini|Caputo|D'Amico|Esposito|Ferraro|Giordano|Lombardi|Mancuso|Napolitano|Pellegrino|Russo|Santangelo|
Tedesco|Vitale|Zito|Di Stefano|La Rocca|Lo Bianco|DeMarco|
Albrecht|Baumgartner|Eberhardt|Fuchs|Hoffmeister|Kessler|Lindqvist|Oberholzer|Reinholt|Schuster|Vogel|Weiss|
Zimmermann|van Dijk|Vandermeer|van den Broek|de Vries|ter Horst|Bakker|Janssen|Sorensen|Halvorsen|Lindgren|Nyström|
Bergstrom|Haugen|Aasen|
Ahern|Brennan|Callaghan|Dempsey|Fitzgerald|Gallagher|Kavanagh|McGillicuddy|Ní Bhriain|Ó Súilleabháin|O'Rourke|
O'Shaughnessy|MacLeod|McTavish|Urquhart|
Babiak|Chernenko|Dąbrowski|Horváth|Jankowski|Kowalczyk|Lisowski|Mazur|Nowicki|Petrović|Radić|Sokolov|Tkachenko|
Volkov|Wiśniewska|Zielinski|Kovač|Bondarenko|Hrabal|Novák|Popescu|Ionescu|Dumitrescu|
Anagnostopoulos|Christodoulou|Georgiou|Kouris|Papadakis|Vlachos|Avetisyan|Hakobyan|Petrosyan|Sarkisian|Ter-Petrosyan|
Abdelrahman|Al-Amin|Bakri|El-Sayed|Fakhoury|Haddad|Hamdan|Khoury|Mansour|Nasser|Qureshi|Saleh|Tahan|Zaher|
Abu-Ghazaleh|al-Masri|
Ahmadzai|Farahani|Ghorbani|Hosseini|Karimi|Mohammadi|Nazari|Rahimi|Sadeghi|Tehrani|Popal|Stanikzai|
Aydın|Çelik|Demir|Kaya|Öztürk|Şahin|Yıldız|
Agarwal|Banerjee|Chaudhry|Deshpande|Gill|Iyer|Joshi|Kapoor|Mukherjee|Nair|Patel|Reddy|Sandhu|Thakkar|Venkataraman|
Siddiqui|Chowdhury|Rahman|Hossain|Perera|Fernando|Subramanian|Bhattacharya|Dhillon|
Chang|Feng|Guo|Huang|Jiang|Liang|Luo|Tang|Xu|Zhao|Zheng|Ng|Au|Yip|Fujimoto|Hayashi|Kobayashi|Matsumoto|Nakamura|
Okada|Takahashi|Yamaguchi|Baek|Choi|Han|Jang|Kwon|Lim|Ryu|Seo|Shin|Yoon|Oh|
Bui|Dang|Duong|Ha|Lam|Phan|Truong|Vu|Vo|Huynh|Lu|Srisai|Chanthavong|Keomany|Sok|Chea|Vang|Xiong|Yang|Thao|Lor|
Dela Cruz|Villanueva|Macapagal|Bautista|Manalo|Dimaculangan|Pangilinan|
Adeyemi|Asante|Boateng|Chukwu|Diallo|Eze|Mensah|Nwosu|Okafor|Oyelaran|Toure|Traoré|Keita|Kamara|Ndiaye|Abdi|
Warsame|Hussein|Tadesse|Gebremedhin|Haile|Kebede|Wolde|Mekonnen|Kiplagat|Mwangi|Otieno|Banda|Moyo|Dlamini|Nkosi|
Abramowitz|Birnbaum|Feldman|Goldfarb|Katz|Lieberman|Rosenthal|Schwartz|Weinberg|Ben-David|Mizrahi|
Kahananui|Kealoha|Nakoa|Palakiko|Fifita|Tuilagi|Faleolo|Taufa|
Begay|Yazzie|Tsosie|Benally|Redcloud|Whitehorse|Two Bulls|Runningwater|Lonewolf|Sixkiller|
Jean-Louis|Pierre-Louis|Célestin|Dorvil|Étienne|Toussaint|Bien-Aimé|
Parkinson|Addison|Bell|Graves|Hodgkin|Wilson|Cushing|Paget|Hunter|Reynaud|Barrett|Bowen|Horner|Tourette|Wernicke
`);

/** Invented towns, and real small US places whose names are ordinary words. */
export const TOWNS = L(`
Ashgrove|Bellhaven|Cotter's Ford|Dunmore Springs|Elk Lick|Farrowdale|Glenmarrow|Hadley Crossing|Iron Prairie|
Juniper Flats|Kestrel Bay|Lanterman|Millbrook Station|North Tamsin|Oakhollow|Pellston Heights|Quarry Gap|Red Oak Bend|
Saltmarsh|Tillery|Upper Vossburg|Varnell|Wicklow Falls|Yellow Bluff|Zanesfield Junction|Amberly Hills|Birchard|
Cinder Grove|Dovecote|East Hallam|Fennimore Ridge|Grangeville Flats|Harrowgate|Indian Mound|Jessup's Landing|
Kittering|Lodgepole|Marrowbone|New Brisbane|Old Galloway|Pinehurst Bottoms|Riverbend|Stony Creek Mills|Thistledown|
Union Grove|Vale of Ardmore|Westover Flats|Yancey Mill|Alder Springs|Blue Earth Crossing|Cobb's Chapel|Deer Trail|
Emberton|Fort Calloway|Goshen Hollow|Hickory Knob|Ivesdale|Jubilee|Kessler Falls|Lost Nation|Mount Pleasant Mills|
Nettlefield|Ostrander|Possum Trot|Quincy Bluffs|Rattlesnake Ridge|Sweetwater Creek|Three Forks Landing|
Accident|Bird-in-Hand|Chicken|Ding Dong|Embarrass|Peculiar|Rough and Ready|Santa Claus|Toast|Waterproof|Okay|
Uncertain|Kill Devil Hills|Nothing|Surprise|Success|Protection|Defiance|Liberal|Bonanza|Paradise|Welcome|Friendship|
Plain|Center|Energy|Oblong|Romance|Valentine|Tightwad|Humble|Bowlegs|Last Chance|Fairplay|Eureka|
Muncie|Yakima|Laredo|Dubuque|Paducah|Tuscaloosa|Bangor|Cheyenne|Lufkin|Kokomo|Hattiesburg|Ypsilanti|Pocatello|
Walla Walla|Zanesville|Texarkana|Opelousas|Natchitoches|Kalamazoo|Chillicothe|Scranton|Wichita Falls|Bemidji
`);

export const COUNTY_STEMS = L(`
Harrow|Pell|Ossining Valley|Calloway|Tamsin|Bexley|Wyeth|Greer|Maumelle|Drayton|Kerrigan|Sable|Lonoke|Bitterroot|
Kanawha Ridge|Oconee Falls|Saline Fork|Pottawatomie Bend|Vermilion|Ste. Genevieve|Lake of the Pines|Red River Gap
`);

export const STREET_STEMS = L(`
Old Mill|Pecan Grove|Blue Heron|Tanager|Quail Run|Osage|Cottonwood Bend|Hawthorne|Saddle Ridge|Juniper|Larkspur|
Wagon Wheel|Foxglove|Ironwood|Magnolia|Persimmon|Redbud|Sassafras|Sycamore Knoll|Tamarack|Whippoorwill|Dogwood|
Chickasaw|Lafayette|Cesar Chavez|Frederick Douglass|Rosa Parks|Harriet Tubman|Main|Broad|Depot|Mill|Railroad|
School|College|Market|Front|Water|Bridge|Canal|Ferry|Levee|Bayou|Prairie|Orchard|Vineyard|Hillcrest|Lakeview|
Riverside|Sunset|Meadowlark|Cardinal|Robin|Bluebird|Wren|Clinic|Doctor's|Hospital Hill|Pharmacy|Infirmary|
Cemetery|Poorhouse|Sanatorium|Beulah Land|Mount Zion|Bethel Church|Shiloh|Pleasant Valley|Cold Spring|Honey Creek|
Possum Hollow|Turkey Foot|Buffalo Wallow|Lonesome Pine|Stagecoach|Gristmill|Tannery|Schoolhouse|Tobacco Barn|
Cotton Gin|Peach Orchard|Muscadine|Scuppernong|Catalpa|Buckeye|Chinquapin|Hackberry|Loblolly|Sweetgum
`);

export const STREET_SUFFIXES = L("St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Ct|Court|Blvd|Way|Pkwy|Pl|Cir|Trl|Hwy|Pike|Loop|Terrace|Path|Row|Crossing|Run|Bend");

export const STATES = L("AL|AR|AZ|CA|CO|CT|GA|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MS|MT|NC|ND|NE|NH|NM|NV|NY|OH|OK|OR|PA|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY");

export const STATE_NAMES = L("Arkansas|Ohio|Texas|Louisiana|Oregon|Vermont|Kentucky|Montana|New Mexico|Iowa|Georgia|Indiana|Maine|Nevada|Virginia|Wyoming|Florida|Alaska");

export const AREA_CODES = L("217|304|319|406|479|501|541|563|605|701|802|907|936|970|985|228|270|308|337|417|432|580|606|618|660|712|731|806|830|903|928|989|207|218|252|320|386|458|509|575|620|641|740|785|870|931|971");

/** Facility name stems; a kind is added by the kit. */
export const FAC_STEMS = L(`
Mercy Crossing|Saint Bridget of Kildare|Lantern Hill|Prairie Star|Tri-County|Good Shepherd of the Valley|
Sister Agnes Memorial|Whitcombe|Beacon Point|Three Rivers|Our Lady of Perpetual Help|Bayou Teche|Cumberland Gap|
Saint Thaddeus|Blue Ridge Foothills|Stillwater|Heritage Oaks|Gilead|Saint Olaf's|Sacred Heart of Jesus|Huckleberry|
Lakeshore|Carver-Whitley|Hollister Memorial|Bethany Lutheran|Adventist Valley|Pine Barrens|Mesa Verde|Cottonwood|
Meadowlands|Clearwater Bend|Saint Isidore|Kinnick|Havenwood|Appleton-Pryce|Rosebud|Wind River|Hopewell|Shady Grove|
Grand Bayou|Copper Basin|Big Sky|Saint Ephrem|Bright Horizons|Maple Leaf|Two Rivers|Gateway|Sandhills
`);

export const HOSPITAL_KINDS = L("Hospital|Medical Center|Regional Medical Center|Community Hospital|Memorial Hospital|Health System|Critical Access Hospital|Regional Hospital");
export const CLINIC_KINDS = L("Clinic|Family Medicine|Health Center|Community Health Center|Pediatrics|Women's Health|Internal Medicine|Primary Care|Rural Health Clinic|Behavioral Health");
export const LTC_KINDS = L("Nursing and Rehabilitation|Care Center|Skilled Nursing Facility|Health and Rehab|Assisted Living|Manor|Senior Living|Transitional Care");

export const SCHOOLS = L(`
Thistledown Elementary|Marrowbone Middle School|Red Oak Bend High School|Saint Bridget Academy|Harrow County Christian School|
Little Acorns Learning Center|Kiddie Kastle Daycare|Sunbeam Montessori|Lantern Hill Preparatory|Hickory Knob Primary|
Blue Heron Charter School|Jubilee Head Start|Possum Trot Elementary|Deer Trail Junior High
`);

export const EMPLOYERS = L(`
Tillery Poultry|Saltmarsh Boat Works|Iron Prairie Grain Co-op|Hadley Crossing Feed & Seed|Varnell Trucking|
Kestrel Bay Seafood|Glenmarrow Lumber|Ostrander Tool & Die|Jessup's Landing Marina|Quarry Gap Aggregates|
Dunmore Springs Casino|Birchard Packing|Redbud Home Care Agency|Cinder Grove Foundry|Amberly Hills Country Club|
Magnolia Diner|Pecan Grove Nursery|Blackwood Roofing|Honeycutt & Sons Plumbing|Yellow Bluff Wind Farm|
Ledbetter Auto Salvage|Wicklow Falls Paper Mill|Elk Lick Coal|Nettlefield Dairy
`);

export const PHARMACIES = L("Corner Drug|Hometown Apothecary|Family Pharmacy of Tillery|Medicine Shoppe on Main|Riverbend Drug|Prairie Star Pharmacy|Bluebird Compounding|Jubilee Discount Drug|Goforth Pharmacy|Stone's Drug Store");
/** Chains: not gold when written with a store number. */
export const CHAINS = L("CVS|Walgreens|Walmart Pharmacy|Kroger Pharmacy|Rite Aid|Publix Pharmacy|H-E-B Pharmacy|Costco Pharmacy");
export const PAYERS = L("Aetna|Cigna|Humana|UnitedHealthcare|Anthem Blue Cross|Ambetter|Molina Healthcare|WellCare|Medicare Part B|Tricare East|Oscar Health|Centene");
export const LABS = L("Quest Diagnostics|Labcorp|Mayo Clinic Laboratories|ARUP|BioReference|Sonic Healthcare");

export const EMAIL_DOMAINS = L("gmail.com|yahoo.com|icloud.com|outlook.com|aol.com|hotmail.com|proton.me|comcast.net|att.net|bellsouth.net|frontier.com|windstream.net|charter.net|sbcglobal.net|me.com|live.com");

/** Drug names (several look like names or words): distractors. */
export const DRUGS = L(`
Eliquis|Xarelto|Jardiance|Ozempic|Trulicity|Entresto|Farxiga|Humira|Dupixent|Keytruda|Lyrica|Ambien|Xanax|Valium|
Allegra|Flonase|Norco|Percocet|Tramadol|Seroquel|Abilify|Lexapro|Zoloft|Paxil|Wellbutrin|Celexa|Prozac|Buspar|
Lasix|Coreg|Norvasc|Toprol XL|Lipitor|Crestor|Zetia|Plavix|Brilinta|Coumadin|Synthroid|Levemir|Lantus|Tresiba|
Victoza|Januvia|Glucophage|Neurontin|Keppra|Lamictal|Depakote|Aricept|Namenda|Sinemet|Requip|Mirapex|Flomax|
Proscar|Detrol|Myrbetriq|Singulair|Spiriva|Symbicort|Advair|Trelegy|Breo|Narcan|Suboxone|Vivitrol|Antabuse|
Chantix|Nicorette|Benadryl|Claritin|Zyrtec|Xyzal|Epipen|Auvi-Q|Tamiflu|Paxlovid|Bactrim|Keflex|Augmentin|Cipro|
Levaquin|Zithromax|Doxycycline|Diflucan|Valtrex|Medrol|Prednisone|Mobic|Celebrex|Tylenol|Advil|Aleve|Excedrin
`);

/** Eponyms and clinical words that look like names or places: distractors. */
export const EPONYMS = L(`
Babinski sign|Romberg test|Murphy's sign|McBurney point|Homans sign|Kernig sign|Brudzinski sign|Chvostek sign|
Trousseau sign|Tinel sign|Phalen test|Finkelstein test|Lachman test|McMurray test|Thompson test|Hawkins test|
Neer test|Spurling test|FABER test|Trendelenburg gait|Glasgow Coma Scale|Apgar score|Bishop score|Braden scale|
Morse fall scale|Wells score|Epworth scale|Mallampati II|Cormack-Lehane grade 1|Allen test|Weber test|Rinne test|
Dix-Hallpike|Epley maneuver|Valsalva|Heimlich|Foley catheter|Swan-Ganz|Hickman line|Broviac|Jackson-Pratt drain|
Steri-Strips|Ace wrap|Unna boot|Kegel exercises|Bell's palsy|Graves disease|Hashimoto thyroiditis|Addison disease|
Cushing syndrome|Parkinson disease|Alzheimer dementia|Crohn disease|Hodgkin lymphoma|Wilson disease|Paget disease|
Raynaud phenomenon|Barrett esophagus|Tourette syndrome|Wernicke encephalopathy|Down syndrome|Lyme disease|
Rocky Mountain spotted fever|West Nile virus|Ebola|Marburg|Zika|Chagas disease|Guillain-Barré|Bowen disease
`);

/** Language-mix styles draw the patient and relatives from these. */
export const FRENCH_GIVEN = L("Aminata|Jean-Claude|Célestine|Bienvenu|Odette|Pascaline|Emmanuel|Christelle|Honoré|Béatrice|Désiré|Clémentine|Fabrice|Ginette|Rodrigue|Angèle|Apollinaire|Marie-Thérèse|Dieudonné|Francine");
export const FRENCH_SURNAMES = L("Mbala|Nkoulou|Kouassi|Tchamba|Ngono|Mukendi|Diop|Lefebvre|Bouchard|Tremblay|Gagnon|Ouédraogo|Kaboré|Tshibangu|Essomba|Yao|Mabiala|Kaniki|Zongo|N'Guessan");
export const FRENCH_ABROAD = L("Douala, Cameroun|Kinshasa, RDC|Abidjan, Côte d'Ivoire|Lomé, Togo|Ouagadougou, Burkina Faso|Libreville, Gabon|Bujumbura, Burundi|Dakar, Sénégal");
export const KOREAN_SURNAMES = L("KIM|LEE|PARK|CHOI|JUNG|KANG|CHO|YOON|JANG|LIM|HAN|OH|SEO|SHIN|KWON|HWANG|AHN|SONG|JEON|HONG");
export const KOREAN_GIVEN = L("Soon-ja|Young-hee|Chul-soo|Myung-sook|Jae-won|Kyung-ho|Mi-kyung|Sang-hoon|Hye-jin|Byung-chul|Eun-sook|Dong-wook|Ok-soon|Jong-su|Bok-nam|Geum-ok|Yeong-ae|Man-sik");
export const KOREAN_ENGLISH = L("Grace|Esther|Paul|Daniel|Sarah|John|Julie|Peter|Helen|David|Joanne|Sunny");
export const KOREAN_CHURCHES = L("Hanmaeum Korean Presbyterian Church|Saerang Korean Methodist Church|Onnuri Korean Baptist Church|Sarang Community Church of the Ozarks|Bethel Korean United Methodist Church");
export const AMHARIC_NAMES = L("Alemnesh|Tsehay|Birtukan|Mulugeta|Getachew|Worku|Yeshi|Tirunesh|Assefa|Kidist|Mesfin|Zewditu|Berhanu|Aster|Wubit|Tadele|Lemlem|Tesfaye|Almaz|Girma|Haimanot|Fikremariam|Yeshiwork|Desta");
export const ETH_MONTHS = L("Meskerem|Tikimt|Hidar|Tahsas|Tir|Yekatit|Megabit|Miyazya|Ginbot|Sene|Hamle|Nehase");
export const ETH_CHURCHES = L("Debre Selam Medhane Alem Ethiopian Orthodox Church|Kidist Mariam Ethiopian Orthodox Tewahedo Church|Debre Genet Kidus Gabriel Church|Ethiopian Evangelical Church of the Plains");
export const DARI_GIVEN = L("Gul Bibi|Mohammad Nabi|Zarghona|Abdul Wahid|Fatima|Nazifa|Shah Mahmood|Sediqa|Rahimullah|Farishta|Bibi Hawa|Noor Ahmad|Mariam|Qudratullah|Shukria");
export const DARI_SURNAMES = L("Ahmadi|Sultani|Hakimi|Noori|Rasuli|Samadi|Azizi|Wardak|Kohistani|Jalali|Yousufzai|Mohseni|Haidari");
export const DARI_ABROAD = L("Kabul|Herat|Mazar-i-Sharif|Kandahar|Jalalabad|Kunduz|Ghazni|Bamyan");
