/** Common English nicknames, both ways: a record's "William" also finds "Bill", "Will", "Billy". */
const TABLE = `
william: will bill billy willy liam | robert: rob bob bobby robbie bert | richard: rick rich richie dick ricky
james: jim jimmy jamie | john: jack johnny jon | joseph: joe joey | thomas: tom tommy | charles: charlie chuck chas
michael: mike mikey mick | christopher: chris topher | daniel: dan danny | matthew: matt | anthony: tony
edward: ed eddie ted ned | steven: steve | stephen: steve | andrew: andy drew | joshua: josh | kenneth: ken kenny
ronald: ron ronnie | donald: don donnie | timothy: tim timmy | gregory: greg | benjamin: ben benny
samuel: sam sammy | alexander: alex al xander | nicholas: nick nicky | patrick: pat paddy | peter: pete
raymond: ray | lawrence: larry | gerald: jerry | jeffrey: jeff | frederick: fred freddie | harold: harry hal
henry: hank harry | albert: al bert | eugene: gene | leonard: leo len lenny | theodore: ted teddy theo
vincent: vince vinny | walter: walt wally | douglas: doug | phillip: phil | philip: phil | zachary: zach zack
jonathan: jon jonny | nathaniel: nate nat | nathan: nate | gerard: gerry | francis: frank fran | frank: frankie
elizabeth: liz beth betty eliza lizzie libby betsy | margaret: maggie peggy meg marge margie | katherine: kate katie kathy kat kitty
catherine: cathy cate katie | kathryn: kathy kate | jennifer: jen jenny | patricia: pat patty trish tricia
susan: sue susie | deborah: deb debbie | rebecca: becky becca | jessica: jess jessie | barbara: barb barbie
dorothy: dot dottie | christine: chris tina christy | christina: chris tina | victoria: vicky tori
kimberly: kim | pamela: pam | cynthia: cindy | sandra: sandy | samantha: sam sammy | alexandra: alex lexi
abigail: abby | gwendolyn: gwen | judith: judy | virginia: ginny | theresa: terry tess | teresa: terry tess
frances: fran frannie | josephine: jo josie | eleanor: ellie nell | helen: nell | mary: molly polly mae
anne: annie | ann: annie | caroline: carrie | carolyn: carrie carol | allison: ally | cassandra: cassie
melissa: missy mel | angela: angie | jacqueline: jackie | stephanie: steph | valerie: val | veronica: ronnie
priscilla: cilla | roberta: bobbie | wilhelmina: mina | beatrice: bea | florence: flo | gertrude: trudy
mildred: millie | louise: lou | lucille: lucy | suzanne: sue suzy | kenneth: ken | cornelius: neil
`;

const MAP = new Map<string, Set<string>>();

function add(a: string, b: string): void {
  let s = MAP.get(a);
  if (!s) MAP.set(a, (s = new Set()));
  s.add(b);
}

for (const entry of TABLE.split("|").flatMap((x) => x.split("\n"))) {
  const m = /^\s*([a-z]+):\s*(.+?)\s*$/.exec(entry);
  if (!m) continue;
  const formal = m[1]!;
  for (const nick of m[2]!.split(/\s+/)) {
    add(formal, nick);
    add(nick, formal);
  }
}

/** Nicknames (and the formal name, for a nickname) of a first name, lower-cased. */
const NONE: ReadonlySet<string> = new Set();

/** The usual nicknames of a first name (shared, read-only). */
export function nicknamesOf(first: string): ReadonlySet<string> {
  return MAP.get(first.toLowerCase()) ?? NONE;
}
