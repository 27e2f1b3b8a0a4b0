import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { EntityType } from '../../src/types.js';

/** The type of the entity with a mention written exactly `name`, or null when no mention is. */
function typeOf(text: string, name: string): EntityType | null {
  for (const entity of analyze(text).entities) {
    for (const m of entity.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (m.text === name) return entity.type;
    }
  }
  return null;
}

const SOCCER_RESULTS = `SOCCER - NORTHERN LEAGUE RESULTS .
HALIFAX 1997-03-08
Results of northern league soccer matches on Saturday :
Barrowby 3 Kelham Rovers 1
Ormside 0 Dunmere Athletic 2
Postponed : Gilcrest v Barrowby
Standings ( played , won , drawn , lost , points ) :
Dunmere Athletic 6 5 1 0 16
Barrowby 6 4 1 1 13
Ormside 6 0 2 4 2
Barrowby have now won four league matches in a row .`;

const LINE_UP = `SOCCER - CUP FINAL .
Soccer cup final on Sunday :
Barrowby 2 ( Tolliver 14 , Quennell 61 ) Ormside 1 ( Haskard 80 )
The referee booked two players before halftime .`;

const ATHLETICS = `ATHLETICS - INDOOR MEETING RESULTS .
Results of the indoor athletics meeting on Friday :
Men 's 60 metres hurdles
1. Dariusz Kowalczyk ( Poland ) 7.52 seconds
2. Tomas Brandvold ( Norway ) 7.58
3. Oliver Pennock ( Britain ) 7.61`;

const TENNIS = `TENNIS - RESULTS FROM THE CITY OPEN .
Results from the City Open tennis tournament on Thursday :
Rafael Ostrander ( Spain ) beat Mikko Talvela ( Finland ) 6-3 6-2`;

const CRICKET_PROSE = `CRICKET - BARROWBY CLOSE IN ON TITLE .
Barrowby beat Ormside by an innings on Friday and their rivals Kelham could not bowl them out .
Kelham captain Joe Rudd said the match was lost in the first innings .
The county won the toss at Grange Park in Ormside .`;

const NATIONAL = `SOCCER - WORLD CUP QUALIFIER .
World Cup qualifying group results on Saturday :
Norway 2 Scotland 1
Barrowby striker Tom Haskard scored for Norway .`;

const STANDINGS_CAPS = `BASEBALL - LEAGUE STANDINGS .
NEW YORK 1997-05-02
Standings after games played on Thursday :
NEW YORK 20 9 .690 -
KANSAS CITY 15 14 .517 5
SAN DIEGO 12 17 .414 8
FRIDAY SCHEDULE
SAN DIEGO AT NEW YORK`;

const CRICKET_CARD = `CRICKET - SECOND TEST SCORECARD .
Scoreboard on the first day of the second test on Friday :
A. Perera c Wolde b Hennessy 42
D. Marsh lbw b Okafor 17
Bowling : Hennessy 12-2-40-3 , Okafor 9-1-31-2`;

const POLITICS = `Leeds council met on Tuesday .
The mayor said 12 of 40 members backed the plan , and 3 were against Leeds joining the scheme .
Leeds 2030 is the name of the plan .`;

describe('sports pages: clubs named by their town are organisations', () => {
  const cases: Array<[string, string, string, EntityType | null]> = [
    ['results line, first team', SOCCER_RESULTS, 'Barrowby', 'organization'],
    ['results line, two-word club', SOCCER_RESULTS, 'Kelham Rovers', 'organization'],
    ['results line, second team', SOCCER_RESULTS, 'Dunmere Athletic', 'organization'],
    ['standings row', SOCCER_RESULTS, 'Ormside', 'organization'],
    ['fixture with v', SOCCER_RESULTS, 'Gilcrest', 'organization'],
    ['the dateline stays a place', SOCCER_RESULTS, 'HALIFAX', 'place'],
    ['scorers in brackets are people', LINE_UP, 'Tolliver', 'person'],
    ['scorer after the second club', LINE_UP, 'Haskard', 'person'],
    ['the club beside its score', LINE_UP, 'Ormside', 'organization'],
    ['race result: the athlete', ATHLETICS, 'Dariusz Kowalczyk', 'person'],
    ['race result: the country in brackets', ATHLETICS, 'Poland', 'place'],
    ['tennis: the beaten player is a person', TENNIS, 'Mikko Talvela', 'person'],
    ['a placing before a lone surname makes an athlete', 'CYCLING - STAGE RESULTS .\nLeading results of the cycling stage :\n1. Tomas Brandvold 4:10:22\n2. Okonjo 4:10:31', 'Okonjo', 'person'],
    ['a placing before a known town leaves it a club', 'SOCCER - LEAGUE TABLE .\nLeague table after the soccer matches :\n1. Denver 30 21\n2. Tomas Brandvold 4:10:31', 'Denver', 'organization'],
    ['prose after "beat"', CRICKET_PROSE, 'Ormside', 'organization'],
    ['prose before "captain"', CRICKET_PROSE, 'Kelham', 'organization'],
    ['the captain himself', CRICKET_PROSE, 'Joe Rudd', 'person'],
    ['a national team keeps its country a place', NATIONAL, 'Norway', 'place'],
    ['the other national team', NATIONAL, 'Scotland', 'place'],
    ['ALL-CAPS standings row, whole', STANDINGS_CAPS, 'KANSAS CITY', 'organization'],
    ['ALL-CAPS fixture with AT', STANDINGS_CAPS, 'SAN DIEGO', 'organization'],
    ['scorecard: the bowler is a person', CRICKET_CARD, 'Hennessy', 'person'],
    ['scorecard: the batsman with his initial', CRICKET_CARD, 'A. Perera', 'person'],
    ['not a sports page: the town stays a place', POLITICS, 'Leeds', 'place'],
  ];
  it.each(cases)('%s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('keeps a line-up scorer out of the clubs', () => {
    expect(typeOf(LINE_UP, 'Barrowby')).toBe('organization');
    expect(typeOf(LINE_UP, 'Quennell')).toBe('person');
  });
});

describe('ALL-CAPS lines', () => {
  const cases: Array<[string, string, string, EntityType | null]> = [
    ['a dateline keeps a two-word place whole', 'NEW YORK 1997-05-02\nShares rose on Friday in New York .', 'NEW YORK', 'place'],
    ['and no half of it', 'NEW YORK 1997-05-02\nShares rose on Friday in New York .', 'YORK', null],
    ['a three-word city', 'RIO DE JANEIRO 1997-05-02\nThe city of Rio de Janeiro voted on Friday .', 'RIO DE JANEIRO', 'place'],
    ['a headline surname is no organisation', 'GOLF - HARTWELL TAKES LEAD .\nDerek Hartwell took the lead on Friday .', 'HARTWELL', 'person'],
    ['a headline surname follows the full name over a weak lone mention', 'RUGBY - TALLBERG STARS .\nFly-half Anders Tallberg kicked four goals .\nThe crowd cheered Tallberg .', 'TALLBERG', 'person'],
    ['a headline name the body types firmly takes that type', 'BANKING - DRAVOLT BUYS RIVAL .\nThe bank Dravolt bought a rival on Monday .', 'DRAVOLT', 'organization'],
    ['a short acronym on a caps line still is one', 'BANKS - HSBC RAISES RATES .\nThe bank raised rates .', 'HSBC', 'organization'],
    ['a sport slug is no name', 'GOLF - HARTWELL TAKES LEAD .\nDerek Hartwell took the lead on Friday .', 'GOLF', null],
  ];
  it.each(cases)('%s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('initials', () => {
  const cases: Array<[string, string, string, EntityType | null]> = [
    ['an initial joins the surname', 'The runs came from P. Okonjo and the visitors declared .', 'P. Okonjo', 'person'],
    ['two initials', 'A letter from J. R. Hartigan was read out on Monday .', 'J. R. Hartigan', 'person'],
    ['a lone capital is not an initial', 'The plan was called Plan B. Officials rejected it .', 'B. Officials', null],
  ];
  it.each(cases)('%s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('datelines', () => {
  const cases: Array<[string, string, string, EntityType | null]> = [
    ['a dateline town is a place though the body reads it weakly', 'HARLOW 1997-05-02\nPolice in Harlow said on Friday that Harlow had been quiet .', 'HARLOW', 'place'],
    ['the town and its country stay apart', 'TREVANCE , Portugal 1997-05-02\nFloods hit the town on Friday .', 'TREVANCE', 'place'],
    ['the country after the comma', 'TREVANCE , Portugal 1997-05-02\nFloods hit the town on Friday .', 'Portugal', 'place'],
    ['a dateline with a month and an agency', 'NEW YORK, Aug 22 (Reuters) - Shares rose on Friday .', 'NEW YORK', 'place'],
    ['an agency and a dash make a dateline', 'HARLOW (Reuters) - Police said on Friday that the roads were quiet .', 'HARLOW', 'place'],
    ['an acronym and its spelling are no dateline', 'WHO (World Health Organization) officials met on Friday .', 'WHO', null],
    ['a sport slug is no dateline', 'TENNIS - HARTWELL WINS .\nDerek Hartwell won on Friday .', 'TENNIS', null],
    ['a mixed-case town and state still join', 'The plant in Irving , Texas closed on Friday .', 'Irving , Texas', 'place'],
  ];
  it.each(cases)('%s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('general readings', () => {
  const cases: Array<[string, string, string, EntityType | null]> = [
    ['"the town of" makes a place', 'Troops took the town of Kalvessa on Monday , officials said .', 'Kalvessa', 'place'],
    ['"east of" makes a place', 'The rebels were seen ten km east of Kalvessa on Monday .', 'Kalvessa', 'place'],
    ['"the Gulf" alone is a place', 'Tankers waited in the Gulf for a week , traders said .', 'Gulf', 'place'],
    ['a lone "Gulf" without "the" is not read so', 'Gulf said on Monday it would cut jobs .', 'Gulf', null],
    ['a river bank is a place', 'Settlers moved into the West Bank last year .', 'West Bank', 'place'],
    ['a central bank is not', 'The Central Bank raised rates on Monday .', 'Central Bank', 'organization'],
    ['an unknown name before CEO is the employer', 'Shares fell after Dravolt CEO Maria Lund resigned on Monday .', 'Dravolt', 'organization'],
    ['a party adjective before a title is no employer', 'Republican Senator Bob Halvorsen voted against the bill .', 'Republican', null],
    ['a place and a common word is a body of it', 'The story was filed by the Denver Newsroom on Monday .', 'Denver Newsroom', 'organization'],
    ['a place and a compass word is no body', 'Voters in Denver East backed the plan on Monday .', 'Denver East', null],
  ];
  it.each(cases)('%s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

const BASEBALL_PROSE = `BASEBALL - ROUNDUP .
Mark Dolan homered twice for Denver and the pitcher struck out nine in the ninth inning .
Denver 's Eddie Varga scored the winning run in the league game .
Sacramento tied it in the eighth before the pitcher settled down .
Varga scored twice .`;

const TOWN_NEWS = `Sacramento voted on a new budget on Tuesday .
The mayor flew to Denver for talks , and Denver 's Eddie Varga met him .`;

describe('sports prose', () => {
  const cases: Array<[string, string, string, EntityType | null]> = [
    ['after "for" on a sports page', BASEBALL_PROSE, 'Denver', 'organization'],
    ['a town that did something', BASEBALL_PROSE, 'Sacramento', 'organization'],
    ['the player after the club\'s "\'s"', BASEBALL_PROSE, 'Eddie Varga', 'person'],
    ['a surname that scored stays a person', BASEBALL_PROSE, 'Varga', 'person'],
    ['off the sports page a town that votes stays a place', TOWN_NEWS, 'Sacramento', 'place'],
    ['off the sports page "for Denver" stays a place', TOWN_NEWS, 'Denver', 'place'],
  ];
  it.each(cases)('%s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a club word ends a club\'s name', () => {
  it.each([
    ['Sydney Olympic beat the home side on Sunday.', 'Sydney Olympic', 'organization'],
    ['Blackburn Rovers signed a new striker.', 'Blackburn Rovers', 'organization'],
    ['Fans of Bolton Wanderers marched to the ground.', 'Bolton Wanderers', 'organization'],
    // A town that is also a first name still starts a person's name without a club word.
    ['Sydney Reed said the vote was close.', 'Sydney Reed', 'person'],
  ] as const)('%s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
