/**
 * Words of reported speech: the verbs and nouns that report it, and the words around a quotation
 * that say it is a name or a title instead. Lists are sorted, unique and lower case (a test checks
 * them); code builds its sets from them.
 */

/** Verbs that report speech or writing, in their base form; their other forms are derived. Most double as nouns ("a blog post", "a note"), so a form counts only with compromise's Verb tag unless `VERB_EVERYWHERE` lists it. */
export const REPORTING_VERBS: readonly string[] = [
  'acknowledge', 'add', 'admit', 'advise', 'affirm', 'allege', 'announce', 'answer', 'argue', 'ask', 'assert',
  'assure', 'beg', 'begin', 'blog', 'boast', 'call', 'caution', 'chant', 'characterise', 'characterize', 'charge',
  'cite', 'claim', 'clarify', 'comment', 'complain', 'concede', 'conclude', 'concur', 'confirm', 'contend',
  'continue', 'counter', 'criticise', 'criticize', 'cry', 'declare', 'demand', 'deny', 'describe', 'disclose', 'dub',
  'elaborate', 'emphasise', 'emphasize', 'exclaim', 'explain', 'inform', 'insist', 'interject', 'interrupt', 'joke',
  'label', 'lament', 'maintain', 'mention', 'muse', 'mutter', 'note', 'observe', 'opine', 'plead', 'pledge', 'posit',
  'post', 'predict', 'proclaim', 'promise', 'quip', 'quote', 'read', 'reason', 'reassure', 'recall', 'recommend',
  'recount', 'reiterate', 'remark', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'say', 'scream',
  'share', 'shout', 'shriek', 'specify', 'state', 'stress', 'suggest', 'surmise', 'tell', 'testify', 'tweet', 'urge',
  'vow', 'warn', 'whisper', 'write', 'yell',
];

/** Reporting verbs that double their last consonant before -ed and -ing ("admitted", "quipping"). */
export const DOUBLED_FINAL_CONSONANT: readonly string[] = [
  'admit', 'beg', 'brag', 'concur', 'dub', 'prefer', 'quip', 'rebut', 'refer', 'slam',
];

/** Forms of reporting verbs that are verbs wherever they stand, so compromise's tag is not needed. */
export const VERB_EVERYWHERE: readonly string[] = [
  'acknowledged', 'acknowledging', 'added', 'adding', 'adds', 'admitted', 'admitting', 'affirmed', 'alleged',
  'announced', 'announcing', 'answered', 'argued', 'argues', 'arguing', 'asked', 'asks', 'asserted', 'asserting',
  'cautioned', 'chanted', 'chanting', 'characterised', 'characterized', 'cited', 'citing', 'claimed', 'claiming',
  'commented', 'commenting', 'complained', 'conceded', 'concluded', 'confirmed', 'contended', 'continued',
  'declared', 'declaring', 'denied', 'described', 'describing', 'disclosed', 'dubbed', 'emphasised', 'emphasized',
  'exclaimed', 'explained', 'explaining', 'explains', 'insisted', 'insisting', 'insists', 'joked', 'lamented',
  'maintained', 'mentioned', 'noted', 'noting', 'observed', 'pledged', 'posted', 'posting', 'predicted',
  'proclaimed', 'promised', 'promising', 'quipped', 'quoted', 'quoting', 'reasoned', 'recalled', 'recommended',
  'recommending', 'recounted', 'reiterated', 'remarked', 'replied', 'replying', 'responded', 'responding',
  'retorted', 'revealed', 'said', 'saying', 'says', 'shared', 'sharing', 'stated', 'stating', 'stressed',
  'suggested', 'telling', 'tells', 'testified', 'told', 'tweeted', 'tweeting', 'urged', 'urging', 'vowed', 'warned',
  'warning', 'warns', 'writes', 'writing', 'wrote',
];

/** "quoting X", "citing X": the speaker is the object, not the subject. */
export const OBJECT_SPEAKER_CUES: readonly string[] = [
  'citing', 'quoting',
];

/** Reporting verbs (base forms) that report speech only when they lead straight into it ("She continued: …"). */
export const LEAD_IN_ONLY_CUES: readonly string[] = ['begin', 'continue', 'repeat'];

/** Reporting verbs (base forms) that often report a question in the writer's words ("asked"), so they do not make a quoted phrase speech. */
export const WEAK_CUES: readonly string[] = ['ask'];

/** Verbs that put out a statement: "issued a statement", "released a statement". */
export const ISSUING_VERBS: readonly string[] = [
  'gave', 'issue', 'issued', 'issues', 'issuing', 'made', 'posted', 'published', 'put', 'read', 'release',
  'released', 'releases', 'releasing', 'sent',
];

/** Nouns for what a speaker puts out ("in a statement", "issued remarks"). */
export const STATEMENT_NOUNS: readonly string[] = [
  'communique', 'communiqué', 'interview', 'press', 'remarks', 'statement', 'statements',
];

/** Forms of "be" and "get" that make a reporting verb's past participle passive ("was told"). */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  "'s", 'are', 'be', 'been', 'being', 'get', 'gets', 'getting', 'got', 'is', 'was', 'were',
];

/** Words that stand between a subject and its reporting verb ("Trump later shared", "has also said"); adverbs are recognised by their tag as well. */
export const VERB_MODIFIERS: readonly string[] = [
  'again', 'also', 'are', 'can', 'could', 'did', 'do', 'does', 'earlier', 'even', 'first', 'had', 'has', 'have',
  'is', 'later', 'may', 'might', 'must', 'never', 'not', 'once', 'should', 'still', 'then', 'to', 'was', 'were',
  'will', 'would',
];

/** Words right before a quote mark that make what follows a name or a term, not speech. */
export const NAMING_WORDS: readonly string[] = [
  'banner', 'branded', 'called', 'caption', 'christened', 'codenamed', 'dubbed', 'entitled', 'hashtag', 'headline',
  'headlined', 'label', 'labeled', 'labelled', 'marked', 'motto', 'name', 'named', 'nicknamed', 'phrase',
  'rebranded', 'renamed', 'sign', 'slogan', 'so-called', 'tag', 'term', 'terms', 'title', 'titled', 'word', 'words',
];

/** "known as", "referred to as": naming one word further back. */
export const NAMING_BEFORE_AS: readonly string[] = [
  'billed', 'described', 'identified', 'know', 'known', 'listed', 'marketed', 'referred', 'registered', 'styled',
];

/** Works and things whose names are quoted: "the film "…"", "the website "…"". */
export const QUOTED_WORKS: readonly string[] = [
  'account', 'act', 'album', 'app', 'article', 'award', 'band', 'bill', 'blog', 'boat', 'book', 'brand', 'campaign',
  'category', 'channel', 'collection', 'column', 'company', 'conference', 'countdown', 'documentary', 'editorial',
  'episode', 'essay', 'event', 'exhibit', 'exhibition', 'festival', 'film', 'forum', 'game', 'group', 'handle',
  'horse', 'initiative', 'law', 'magazine', 'movie', 'musical', 'newspaper', 'novel', 'opera', 'operation', 'page',
  'painting', 'paper', 'plan', 'play', 'podcast', 'poem', 'print', 'prize', 'program', 'programme', 'project',
  'report', 'robot', 'scheme', 'sculpture', 'section', 'series', 'ship', 'show', 'single', 'sitcom', 'site', 'song',
  'study', 'team', 'thread', 'tour', 'track', 'website', 'wiki',
];

/** Short words a title leaves in lower case. */
export const TITLE_MINOR_WORDS: readonly string[] = [
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'de', 'du', 'for', 'from', 'in', 'into', 'la', 'le', 'nor', 'of', 'on',
  'onto', 'or', 'over', 'per', 'the', 'to', 'upon', 'v', 'v.', 'van', 'via', 'von', 'vs', 'vs.', 'with',
];

/** Head nouns of descriptions that stand for an organisation named earlier ("the company said"). */
export const ORGANISATION_NOUNS: readonly string[] = [
  'administration', 'agency', 'airline', 'authority', 'automaker', 'bank', 'board', 'broadcaster', 'carmaker',
  'charity', 'club', 'commission', 'committee', 'company', 'corporation', 'council', 'court', 'department', 'firm',
  'government', 'group', 'insurer', 'lender', 'manufacturer', 'ministry', 'network', 'newspaper', 'operator',
  'organisation', 'organization', 'party', 'publisher', 'regulator', 'retailer', 'startup', 'team', 'union',
  'university',
];

/** Pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = [
  'he', 'it', 'she', 'they', 'we',
];

/** Conjunctions that coordinate clauses: "…, and told the police" shares an earlier verb's subject. */
export const COORDINATORS: readonly string[] = [
  'and', 'but', 'nor', 'or',
];

/** Prepositions after which a name modifies a noun before it ("a letter seen by Sky News"). */
export const PREPOSITIONS: readonly string[] = [
  'about', 'across', 'after', 'against', 'among', 'around', 'at', 'before', 'between', 'by', 'during', 'for', 'from',
  'in', 'into', 'like', 'near', 'of', 'on', 'over', 'than', 'through', 'to', 'under', 'via', 'with', 'within',
  'without',
];

/** Capitalised words that begin sentences without naming anyone. */
export const NOT_NAMES: readonly string[] = [
  'a', 'according', 'after', 'all', 'also', 'although', 'an', 'and', 'another', 'as', 'asked', 'at', 'because',
  'before', 'both', 'but', 'by', 'during', 'each', 'every', 'for', 'from', 'he', 'her', 'here', 'his', 'however',
  'i', 'if', 'in', 'it', 'its', 'many', 'meanwhile', 'most', 'my', 'of', 'on', 'one', 'or', 'other', 'our', 'she',
  'since', 'so', 'some', 'speaking', 'still', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they',
  'this', 'those', 'though', 'to', 'we', 'when', 'while', 'with', 'writing', 'yet', 'you', 'your',
];

/** Nationality and place abbreviations that open a title ("US President", "UK Home Secretary"). */
export const TITLE_PLACES: readonly string[] = [
  'eu', 'u.s', 'uk', 'un', 'us',
];

/**
 * Verbs (base forms) of belief, expectation and evidence that attribute a clause to a source without
 * anyone speaking it ("officials believe the talks will fail", "the poll shows support falling"):
 * reported speech when they take a clause, as PolNeAR annotates them and readers read them.
 */
export const STANCE_VERBS: readonly string[] = [
  'believe', 'doubt', 'estimate', 'expect', 'fear', 'feel', 'find', 'hint', 'hope', 'imply', 'indicate', 'know',
  'learn', 'realise', 'realize', 'recognise', 'recognize', 'remember', 'show', 'speculate', 'suspect',
  'think', 'understand', 'wonder', 'worry',
];

/**
 * Adjectives that, after "it is" or "it became", state that a clause holds or is in doubt with no
 * source named: "it is clear that …", "it remains unclear whether …"; PolNeAR annotates the clause.
 */
export const EVIDENT_ADJECTIVES: readonly string[] = ['apparent', 'clear', 'evident', 'obvious', 'unclear'];

/** Forms of the verbs that, like "be", link "it" to what is evident: "it became clear", "it remains unclear". */
export const LINKING_VERB_FORMS: readonly string[] = ['became', 'become', 'becomes', 'remain', 'remained', 'remains'];

/** Passive participles that raise a report onto the subject: "is expected to", "was said to". */
export const RAISING_PARTICIPLES: readonly string[] = [
  'alleged', 'believed', 'expected', 'reported', 'rumored', 'rumoured', 'said', 'thought', 'understood',
];

/** Past forms of judging whose other forms are mostly nouns: "the court ruled that …", not "the rules that …". */
export const STANCE_PAST_FORMS: readonly string[] = ['ruled'];

/** Words after "made" (and "it" or "the") that make it a verb of saying: "made clear that …", "made the case that …". */
export const MADE_CUE_WORDS: readonly string[] = ['case', 'clear', 'point'];

/**
 * Verbs (base forms) of seeming: "the plan seems too risky", "support appears to be waning". The
 * whole clause is an impression the text gives no source for, as PolNeAR annotates it.
 */
export const SEEMING_VERBS: readonly string[] = ['appear', 'seem'];

/** Reporting verbs (base forms) that may name who was told before what was said ("told reporters that …"). */
export const TELLING_VERBS: readonly string[] = [
  'advise', 'assure', 'inform', 'notify', 'promise', 'reassure', 'remind', 'tell', 'warn',
];

/**
 * Verbs (base forms) whose report is an infinitive: what someone urged others to do ("urged Congress
 * to act") or said they would do ("pledged to push for an amendment", "refused to release").
 */
export const INFINITIVE_REPORT_VERBS: readonly string[] = [
  'advise', 'agree', 'aim', 'ask', 'call', 'decide', 'decline', 'demand', 'encourage', 'expect', 'hope', 'implore',
  'instruct', 'intend', 'offer', 'order', 'persuade', 'plan', 'pledge', 'prefer', 'press', 'promise', 'propose',
  'refuse', 'remind', 'seek', 'tell', 'threaten', 'urge', 'vow', 'want', 'warn', 'wish',
];

/** Words that open a question reported without quote marks ("asked what kind of person …"). */
export const QUESTION_OPENERS: readonly string[] = ['how', 'what', 'when', 'where', 'whether', 'which', 'who', 'why'];

/**
 * Verbs (base forms) whose object is what was said or the stance taken, a noun phrase as often as
 * a clause: "cited derogatory comments", "praised the proposals", "questioned the health of …".
 * The report is the object, up to the end of its clause.
 */
export const STANCE_OBJECT_VERBS: readonly string[] = [
  'accuse', 'acknowledge', 'admit', 'announce', 'applaud', 'assail', 'attack', 'back', 'bemoan', 'berate', 'blame',
  'blast', 'champion', 'chastise', 'cite', 'commend', 'concede', 'condemn', 'confirm', 'congratulate', 'criticise',
  'criticize', 'decry', 'defend', 'demand', 'denounce', 'deny', 'deride', 'describe', 'disclose', 'discuss',
  'dismiss', 'dispute', 'downplay', 'echo', 'embrace', 'emphasise', 'emphasize', 'endorse', 'express', 'fault',
  'favor', 'favour', 'fear', 'hail', 'highlight', 'lambaste', 'lament', 'laud', 'liken', 'mention', 'mock', 'note',
  'oppose', 'outline', 'praise', 'predict', 'prefer', 'promise', 'propose', 'protest', 'question', 'reaffirm',
  'rebuke', 'rebut', 'recall', 'recommend', 'reference', 'refute', 'reiterate', 'reject', 'report', 'request',
  'reveal', 'ridicule', 'scold', 'show', 'slam', 'stress', 'support', 'thank', 'tout', 'voice', 'welcome',
];

/**
 * Verbs (base forms) of wanting and expecting whose object is what is wanted ("wants a wall",
 * "expected a close race"). Unlike `STANCE_OBJECT_VERBS`, a quotation after them is not theirs
 * ("said they want "justice"" is the saying's).
 */
export const DESIRE_VERBS: readonly string[] = ['expect', 'want'];

/**
 * Verbs (base forms) with the preposition that introduces what they are about: "called for a
 * ban", "spoke of a crisis", "complained about the noise", "warned of delays".
 */
export const STANCE_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['advocate', ['for']],
  ['agree', ['with']],
  ['apologise', ['for']],
  ['apologize', ['for']],
  ['argue', ['against', 'for']],
  ['balk', ['at']],
  ['boast', ['about', 'of']],
  ['brag', ['about']],
  ['call', ['for', 'on']],
  ['comment', ['about', 'on']],
  ['complain', ['about', 'of']],
  ['hint', ['at']],
  ['joke', ['about']],
  ['lash', ['at']],
  ['lobby', ['against', 'for']],
  ['plead', ['for']],
  ['point', ['to']],
  ['push', ['for']],
  ['refer', ['to']],
  ['rail', ['against']],
  ['rule', ['against', 'on']],
  ['side', ['with']],
  ['speak', ['about', 'against', 'of']],
  ['talk', ['about']],
  ['testify', ['about']],
  ['think', ['about', 'of']],
  ['vote', ['against', 'for']],
  ['vouch', ['for']],
  ['warn', ['about', 'of']],
  ['wonder', ['about']],
  ['worry', ['about']],
  ['write', ['about', 'of']],
]);

/**
 * Verbs (base forms) that, negated, report a request left unanswered, with the preposition before
 * it: "did not respond to a request for comment", "has not replied to emails".
 */
export const UNANSWERED_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['reply', ['to']],
  ['respond', ['to']],
]);

/**
 * Verbs (base forms) whose report follows the particle "out": "pointed out that …", "singled out
 * the senator", "spelled out his plan", "lashed out at critics".
 */
export const OUT_PARTICLE_VERBS: readonly string[] = ['call', 'lash', 'point', 'single', 'speak', 'spell'];

/**
 * Nouns and adjectives whose "that" clause is what someone claims, fears or is sure of: "her
 * insistence that the deal was fair", "voters were confident that …". Held by the possessor, else
 * by the clause's subject.
 */
export const THAT_CLAUSE_WORDS: readonly string[] = [
  'accusation', 'accusations', 'acknowledgement', 'acknowledgment', 'adamant', 'admission', 'allegation',
  'allegations', 'angry', 'argument', 'arguments', 'assertion', 'assumption', 'assurance', 'assurances', 'aware',
  'belief', 'claim', 'claims', 'complaint', 'complaints', 'concern', 'concerned', 'concerns', 'confidence',
  'confident', 'contention', 'convinced', 'criticism', 'disappointed', 'disappointment', 'doubt', 'doubts',
  'evidence', 'fear', 'fears', 'frustrated', 'furious', 'hope', 'hopeful', 'hopes', 'idea', 'incensed', 'insistence',
  'notion', 'optimistic', 'pessimistic', 'pledge', 'promise', 'proud', 'recognition', 'rumor', 'rumors', 'sceptical',
  'sense', 'skeptical', 'speculation', 'suggestion', 'suggestions', 'unaware', 'upset', 'view', 'warning',
  'warnings', 'worried', 'worries',
];

/**
 * Nouns of intention whose infinitive is what someone means to do: "her plan to cut taxes", "the
 * senator's refusal to resign". Held by the possessor before them.
 */
export const INTENT_WORDS: readonly string[] = [
  'attempt', 'bid', 'commitment', 'decision', 'desire', 'determination', 'eagerness', 'effort', 'efforts',
  'intention', 'plan', 'plans', 'pledge', 'promise', 'promises', 'proposal', 'refusal', 'reluctance', 'threat',
  'vow', 'willingness',
];

/**
 * Nouns and adjectives of attitude and comment: "concerns about the policy", "critical of the
 * plan", "his comments on taxes". With a preposition after them, what follows is what the
 * attitude or comment is about, attributed to whoever holds it.
 */
export const ATTITUDE_WORDS: readonly string[] = [
  'accusation', 'accusations', 'admiration', 'adulation', 'advocate', 'advocates', 'allegation', 'allegations',
  'anger', 'angry', 'apologise', 'apologize', 'assessment', 'claim', 'claims', 'comment', 'comments', 'complaint',
  'complaints', 'concern', 'concerned', 'concerns', 'confident', 'contempt', 'critic', 'critical', 'criticism',
  'criticisms', 'defender', 'despair', 'disappointed', 'disdain', 'doubt', 'doubts', 'enthusiasm', 'excited',
  'fear', 'fears', 'frustrated', 'frustration', 'furious', 'opponent', 'opponents', 'optimistic', 'outrage',
  'passionate', 'pessimistic', 'position', 'praise', 'proposal', 'proposals', 'proud', 'questions', 'remark',
  'remarks', 'sceptical', 'skeptical', 'skepticism', 'stance', 'supporter', 'supporters', 'thoughts', 'upset',
  'view', 'views', 'warning', 'warnings', 'worried', 'worries', 'worry',
];

/** Prepositions that introduce what an attitude or comment is about. */
export const ABOUT_PREPOSITIONS: readonly string[] = ['about', 'against', 'for', 'of', 'on', 'over', 'regarding', 'toward', 'towards', 'with'];

/**
 * Nouns for a source that holds what it says: "In a statement, …", "In the latest poll, …". A
 * sentence that opens with "in" and one of them reports its clause on the source's authority.
 */
export const SOURCE_NOUNS: readonly string[] = [
  'analysis', 'article', 'book', 'column', 'editorial', 'email', 'filing', 'interview', 'letter', 'memo', 'op-ed',
  'poll', 'post', 'report', 'ruling', 'speech', 'statement', 'study', 'survey', 'testimony', 'tweet', 'video',
  'view',
];

/** Labels a page puts before a link, a picture or a note ("READ MORE:", "WATCH:"): not a speaker's name. */
export const PAGE_LABELS: readonly string[] = [
  'breaking', 'correction', 'editor', "editor's", 'editors', 'more', 'note', 'photo', 'photos', 'read', 'related',
  'see', 'update', 'updated', 'video', 'watch',
];

/**
 * Verbs (base forms) that characterise someone or something in the speaker's words, with the
 * preposition before those words: "blasted the plan as a "disgrace"", "likened the rules to
 * "burning the Constitution"", "accused the North of "fanatic recklessness"".
 */
export const CHARACTERISING_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['accuse', ['of']],
  ['admire', ['as']],
  ['blast', ['as']],
  ['brand', ['as']],
  ['cast', ['as']],
  ['characterise', ['as']],
  ['characterize', ['as']],
  ['compare', ['to', 'with']],
  ['condemn', ['as']],
  ['criticise', ['as', 'for']],
  ['criticize', ['as', 'for']],
  ['decry', ['as']],
  ['denounce', ['as']],
  ['depict', ['as']],
  ['deride', ['as']],
  ['describe', ['as']],
  ['dismiss', ['as']],
  ['hail', ['as']],
  ['label', ['as']],
  ['liken', ['to']],
  ['mock', ['as']],
  ['portray', ['as']],
  ['praise', ['as', 'for']],
  ['rate', ['as']],
  ['refer', ['as']],
  ['ridicule', ['as']],
  ['slam', ['as']],
  ['tout', ['as']],
]);

/**
 * Verbs (base forms) that say how someone takes a thing, the thing first and then "as" and what it
 * is taken for: "sees the program as an easier way in", "views the deal as a trap".
 */
export const REGARDING_VERBS: readonly string[] = ['consider', 'depict', 'paint', 'portray', 'regard', 'see', 'view'];

/** Adverbs that say how a thing is regarded, in place of "as" and what it is taken for: "views him favorably". */
export const REGARDING_ADVERBS: readonly string[] = [
  'differently', 'favorably', 'favourably', 'negatively', 'positively', 'unfavorably', 'unfavourably',
];

/** Passive participles that say how a thing is widely taken, with no one named: "is seen as a favourite", "was considered unlikely". */
export const REGARDED_PARTICIPLES: readonly string[] = ['considered', 'perceived', 'regarded', 'seen', 'viewed'];

/**
 * Verbs (base forms) that take a thing for something with no "as" between: "called the deal a
 * disaster", "considers him honest", "deemed the rule unconstitutional".
 */
export const PREDICATING_VERBS: readonly string[] = ['brand', 'call', 'consider', 'deem', 'label'];

/** Words after "a" that make "called him a few times" a count, not what he was called. */
export const COUNTING_WORDS: readonly string[] = ['bit', 'couple', 'day', 'few', 'hour', 'little', 'lot', 'minute', 'month', 'number', 'second', 'week', 'year'];

/** Words compromise may tag as adjectives after "called him" that say when or how often, not what he was called. */
export const CALLING_TIMES: readonly string[] = ['again', 'back', 'early', 'home', 'late', 'later', 'often', 'twice'];

/** Verbs (base forms) that give someone or something a name of the speaker's own, object first: "branded the North an "outlaw nation"". */
export const NAME_CALLING_VERBS: readonly string[] = ['brand', 'call', 'label'];
