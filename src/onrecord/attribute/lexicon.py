"""Word lists the attribution rules read: cue verbs and nouns, titles, outlets, demonyms.

Lists are lemmas in lower case. They were assembled from the speech-act literature
(Krestel et al. 2008, the PARC 3.0 cue inventory) and checked against the cues of PolNeAR
*train* (never dev); re-run ``benchmarks/accuracy.py`` after changing any of them.
"""

from __future__ import annotations

# Verbs that report speech or writing. Also the rule of the "speech subset" in evaluation:
# an attribution whose cue's head lemma is here is a speech act.
SPEECH_VERBS: frozenset[str] = frozenset("""
say tell add state claim assert argue insist explain note warn announce declare report write
tweet post respond reply answer ask acknowledge admit concede confirm deny suggest propose
recommend urge stress emphasize emphasise reiterate repeat maintain contend allege accuse
charge predict promise pledge vow threaten boast complain lament recall remark comment observe
describe testify inform disclose reveal confide joke quip mention continue conclude caution
counter retort shout scream whisper exclaim concur agree disagree object protest demand order
instruct advise estimate forecast indicate signal hint imply blast slam criticize criticise
praise defend dismiss reject question wonder speculate assure reassure tout hail brag grumble
plead beg request recount summarize summarise underscore highlight specify clarify elaborate
muse proclaim swear attest affirm reaffirm apologize apologise call decry denounce condemn
rule notify advertise publish announce insist quote cite tell read sing chant yell cry
acknowledge guarantee predict forecast mock ridicule lambast berate chide scold rebut refute
counsel concede theorize theorise surmise posit opine declare pronounce volunteer echo
lambaste castigate chastise rebuke reprimand excoriate upbraid admonish
""".split())

# Cognition, belief and evidence verbs: attributions in PolNeAR's sense, not speech.
BELIEF_VERBS: frozenset[str] = frozenset("""
believe think know feel expect hope fear worry doubt suspect assume consider want plan intend
wish prefer find show learn understand realize realise recognize recognise figure reckon guess
imagine see view regard anticipate trust envision foresee estimate determine decide demonstrate
prove reveal indicate suggest conclude
""".split())

# Verbs whose dative or object is the audience: "told reporters", "told Reuters".
AUDIENCE_VERBS: frozenset[str] = frozenset("tell inform assure reassure remind notify brief".split())

# Nouns that introduce reported content: "Russia's demand that ...", "the claim that ...".
CUE_NOUNS: frozenset[str] = frozenset("""
statement claim assertion remark comment demand warning promise pledge threat suggestion
argument allegation accusation announcement insistence contention belief view call request
proposal admission denial assurance prediction charge testimony vow message plea declaration
insinuation assessment conclusion finding argument criticism concern fear hope expectation
position suspicion reminder acknowledgment acknowledgement explanation complaint confirmation
""".split())

# Nouns that name a document as a speaker ("the report said", "a statement read").
DOCUMENT_NOUNS: frozenset[str] = frozenset("""
report statement study poll survey data document memo letter filing ruling complaint lawsuit
analysis article post tweet release communique communiqué transcript record records email
emails message note paper review audit indictment affidavit order decision opinion brief
court-filing editorial column book biography website page video footage figures numbers
estimate estimates forecast projection projections investigation inquiry disclosure regulations
guidance
""".split()) | frozenset("leaflet leaflets manifesto dossier pamphlet brochure booklet newsletter".split())  # acts-9: printed matter speaks as its issuer's writing
DOCUMENT_NOUNS |= frozenset("pitch advert advertisement listing".split())  # stop 44: "His sales pitch adds" (an online sale's text)
# stop 45: a compiled list is its compiler's writing: "according to a round-up of ultimate
# gizmos compiled by Stuff Magazine", "the Top Ten Essentials list which predicts" (bbc tech/341)
DOCUMENT_NOUNS |= frozenset("round-up roundup list".split())
# acts-47: a compiled account is its compiler's writing: "according to the FBI summary",
# "according to a tally by the Associated Press", "according to a congressional timeline",
# "His playbook said to look for people with problems" (PolNeAR train)
DOCUMENT_NOUNS |= frozenset("summary tally playbook timeline".split())
DOCUMENT_NOUNS |= frozenset(["polling"])  # acts-47: "Recent polling shows", "Exit polling shows" (as "polls show")
# stop 47: what a party files with a court or an inquiry is its writing: "in its submission
# which states that its products ..." (bbc tech/370)
DOCUMENT_NOUNS |= frozenset(("submission",))
# ... and so is a legal or civil action that speaks ("Ms Clarkson's legal action ... accuses",
# bbc entertainment/149; only as its clause's subject: ``phrase_shapes.document_word``)
DOCUMENT_NOUNS |= frozenset(("legal action", "civil action"))

# Nouns for anonymous or collective human speakers.
GROUP_NOUNS: frozenset[str] = frozenset("""
official officials source sources people residents experts analysts critics supporters
opponents lawmakers legislators senators members leaders voters witnesses observers aides
advisers advisors activists protesters protestors economists scientists researchers doctors
investigators prosecutors authorities diplomats negotiators military police forces troops
workers employees staff spokespeople representatives democrats republicans conservatives
liberals delegates americans residents groups parents students teachers fans commentators
""".split())

# Singular nouns for a loose collective of people, no body: "The anti-abortion movement has
# argued" speaks as a group (issue 11, stop 44).
MOVEMENT_NOUNS: frozenset[str] = frozenset(("movement",))

# Words of a title or role ("Deputy Prime Minister", "spokesman"). Lower case; multi-word
# titles are matched token by token.
TITLE_WORDS: frozenset[str] = frozenset("""
president vice prime minister deputy secretary spokesman spokeswoman spokesperson press
senator sen. sen representative rep. rep congressman congresswoman congressmember governor
gov. gov mayor chief director ceo cfo coo cto chairman chairwoman chair chairperson leader head
official ambassador attorney general judge justice professor prof. dr. dr analyst economist
adviser advisor aide candidate nominee frontrunner front-runner manager coach founder
co-founder cofounder executive officer commissioner commander lieutenant colonel major
captain sergeant admiral marshal chancellor premier king queen prince princess pope bishop
archbishop rabbi imam reverend rev. speaker majority minority whip councillor councilor
councilman councilwoman lawmaker legislator delegate envoy diplomat negotiator counsel rear
lawyer prosecutor inspector superintendent sheriff trustee treasurer comptroller auditor
registrar clerk host anchor reporter correspondent editor columnist author writer
strategist pollster consultant researcher scientist expert fellow scholar lecturer dean
provost principal teacher doctor physician surgeon nurse president-elect member partner
owner operator producer director-general secretary-general under undersecretary
assistant associate senior junior former acting interim incoming outgoing then-
campaign press communications national security foreign defence defense finance health
interior justice state foreign energy economy trade labor labour education treasury
""".split())

# Title words that only modify a title ("former", "deputy"): never a title alone.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    "former acting interim incoming outgoing then- deputy vice assistant associate senior junior under rear".split()
)

# Verbs whose object (or passive subject) takes the office their "as" names: "appointed him as
# coach", "was named as chairman" (role_phrases, office_changes).
APPOINTING: frozenset[str] = frozenset("appoint name elect install choose select confirm nominate promote hire recruit".split())

# News outlets and wires: an intermediary ("according to Reuters", "told the BBC").
OUTLETS: frozenset[str] = frozenset(x.lower() for x in """
Reuters|AP|Associated Press|AFP|Agence France-Presse|Agence France Presse|Bloomberg|BBC|CNN|Fox News|Fox|NBC|
NBC News|CBS|CBS News|ABC|ABC News|MSNBC|NPR|PBS|CNBC|Al Jazeera|Sky News|ITV|Channel 4|
The New York Times|New York Times|The Times|The Washington Post|Washington Post|The Post|
The Wall Street Journal|Wall Street Journal|WSJ|Politico|Axios|The Guardian|Guardian|
The Telegraph|Telegraph|The Independent|Financial Times|FT|The Economist|Economist|
USA Today|Los Angeles Times|LA Times|The Atlantic|The Hill|Newsweek|Time|Time magazine|
Interfax|TASS|RIA|RIA Novosti|Xinhua|Kyodo|Yonhap|Dow Jones|The Daily Beast|Daily Beast|
BuzzFeed|BuzzFeed News|HuffPost|Huffington Post|Vox|Slate|Breitbart|Breitbart News|
The Daily Caller|Daily Caller|Fox Business|Yahoo News|Yahoo|The Intercept|ProPublica|
New York Post|The New York Post|Daily Mail|The Sun|The Mirror|Le Monde|Der Spiegel|Spiegel|
Haaretz|Times of Israel|The Times of Israel|Kyiv Independent|Ukrainska Pravda|RT|Sputnik|
Radio Free Europe|RFE/RL|Voice of America|VOA|Deutsche Welle|DW|France 24|Euronews|CBC|
CTV|Global News|Toronto Star|The Globe and Mail|Globe and Mail|National Post|
Sydney Morning Herald|The Australian|ABC News Australia|The Hindu|Times of India|
Nikkei|South China Morning Post|SCMP|Meduza|Kommersant|Izvestia|Vedomosti|
Twitter|Facebook|Instagram|YouTube|TikTok|LinkedIn|Reddit|Truth Social|WikiLeaks|
Press Association|PA|Sky|Channel 5|BBC Radio|BBC One|BBC Two|Radio 4|Radio Five Live|Five Live|
Sunday Telegraph|Daily Telegraph|Sunday Times|Mail on Sunday|Independent on Sunday|Scotland on Sunday|
Sunday Mirror|Daily Mirror|Sunday Express|Daily Express|Daily Star|Sunday Herald|Sunday Post|
News of the World|Evening Standard|Daily Record|Scotsman|Western Mail|GMTV|Channel 4 News|
BBC News|BBC News 24|BBC News Online|BBC Sport|BBC Radio 5 Live|Radio 5 Live|BBC Radio Five Live|
BBC Radio Scotland|BBC Radio Wales|BBC Radio Ulster|BBC Three|BBC Four|BBC World Service|World Service|
Sky Sports|Sky Sports News|Channel Five|S4C|RTE|L'Equipe|Hollywood Reporter|
Variety|Daily Variety|NME|Billboard|Rolling Stone|New Statesman|Spectator|The Spectator|Private Eye|
Weekly Standard|The Weekly Standard|National Review|Mother Jones|Daily Kos|
BBC1|BBC2|BBC 1|BBC 2|ITV1|Radio 1|Radio 2|Radio 5|Radio Five|Newsnight|Panorama|Question Time|
Fox News Sunday|Liverpool Echo|Northern Echo|Manchester Evening News|
Univision|Telemundo|C-SPAN|Newsmax|SiriusXM|Sirius XM|Salon|Mediaite|TMZ|ESPN|Boston Globe|The Boston Globe|
New Yorker|The New Yorker|National Public Radio|Bloomberg News|Bloomberg TV|Bloomberg Television|
Union Leader|New Hampshire Union Leader|Manchester Union Leader|Des Moines Register|
""".replace("\n", "").split("|") if x.strip())

# Words that make an organisation name an outlet ("Kyiv Post", "Channel 13 News").
OUTLET_WORDS: frozenset[str] = frozenset("""
news times post journal press tribune herald gazette telegraph chronicle observer guardian
agency radio tv television broadcasting broadcaster channel network magazine daily weekly
newspaper wire media ledger inquirer enquirer examiner dispatch sentinel courier register bulletin advertiser
citizen echo argus
""".split())

# Demonyms to the place an affiliation names ("Israeli Prime Minister" -> Israel).
DEMONYMS: dict[str, str] = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "british": "United Kingdom", "uk": "United Kingdom", "english": "England",
    "russian": "Russia", "ukrainian": "Ukraine", "israeli": "Israel", "palestinian": "Palestine",
    "chinese": "China", "japanese": "Japan", "korean": "Korea", "north korean": "North Korea",
    "south korean": "South Korea", "german": "Germany", "french": "France", "italian": "Italy",
    "spanish": "Spain", "portuguese": "Portugal", "dutch": "Netherlands", "belgian": "Belgium",
    "polish": "Poland", "czech": "Czech Republic", "hungarian": "Hungary", "romanian": "Romania",
    "greek": "Greece", "turkish": "Turkey", "iranian": "Iran", "iraqi": "Iraq",
    "syrian": "Syria", "lebanese": "Lebanon", "jordanian": "Jordan", "egyptian": "Egypt",
    "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "qatari": "Qatar",
    "yemeni": "Yemen", "afghan": "Afghanistan", "pakistani": "Pakistan", "indian": "India",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "indonesian": "Indonesia",
    "malaysian": "Malaysia", "thai": "Thailand", "vietnamese": "Vietnam", "filipino": "Philippines",
    "philippine": "Philippines", "australian": "Australia", "canadian": "Canada",
    "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina", "argentinian": "Argentina",
    "chilean": "Chile", "colombian": "Colombia", "venezuelan": "Venezuela", "cuban": "Cuba",
    "peruvian": "Peru", "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "south african": "South Africa", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "irish": "Ireland", "scottish": "Scotland", "welsh": "Wales",
    "swiss": "Switzerland", "austrian": "Austria", "belarusian": "Belarus", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan", "serbian": "Serbia",
    "croatian": "Croatia", "bosnian": "Bosnia", "moldovan": "Moldova", "lithuanian": "Lithuania",
    "latvian": "Latvia", "estonian": "Estonia", "european": "European Union", "nato": "NATO",
    "libyan": "Libya", "tunisian": "Tunisia", "moroccan": "Morocco", "algerian": "Algeria",
    "sudanese": "Sudan", "somali": "Somalia", "taiwanese": "Taiwan", "new zealand": "New Zealand",
    # the rest of the world's nations with an adjective of their own (ambiguous ones left
    # out: "Dominican" is also a friar's order, "Guinean" and "Congolese" two countries each)
    "jamaican": "Jamaica", "haitian": "Haiti", "bahamian": "Bahamas", "barbadian": "Barbados",
    "trinidadian": "Trinidad and Tobago", "guatemalan": "Guatemala", "honduran": "Honduras",
    "salvadoran": "El Salvador", "nicaraguan": "Nicaragua", "costa rican": "Costa Rica",
    "panamanian": "Panama", "ecuadorian": "Ecuador", "bolivian": "Bolivia", "paraguayan": "Paraguay",
    "uruguayan": "Uruguay", "icelandic": "Iceland", "maltese": "Malta", "cypriot": "Cyprus",
    "slovak": "Slovakia", "slovenian": "Slovenia", "bulgarian": "Bulgaria", "albanian": "Albania",
    "macedonian": "Macedonia", "montenegrin": "Montenegro", "kosovan": "Kosovo", "kuwaiti": "Kuwait",
    "bahraini": "Bahrain", "omani": "Oman", "uzbek": "Uzbekistan", "turkmen": "Turkmenistan",
    "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "mongolian": "Mongolia", "nepalese": "Nepal",
    "nepali": "Nepal", "bhutanese": "Bhutan", "maldivian": "Maldives", "burmese": "Burma",
    "cambodian": "Cambodia", "laotian": "Laos", "singaporean": "Singapore", "bruneian": "Brunei",
    "east timorese": "East Timor", "fijian": "Fiji", "samoan": "Samoa", "tongan": "Tonga",
    "ghanaian": "Ghana", "senegalese": "Senegal", "ivorian": "Ivory Coast", "cameroonian": "Cameroon",
    "ugandan": "Uganda", "tanzanian": "Tanzania", "rwandan": "Rwanda", "burundian": "Burundi",
    "zambian": "Zambia", "zimbabwean": "Zimbabwe", "malawian": "Malawi", "mozambican": "Mozambique",
    "angolan": "Angola", "namibian": "Namibia", "malagasy": "Madagascar", "mauritian": "Mauritius",
    "eritrean": "Eritrea", "djiboutian": "Djibouti", "chadian": "Chad", "nigerien": "Niger",
    "malian": "Mali", "mauritanian": "Mauritania", "liberian": "Liberia", "sierra leonean": "Sierra Leone",
    "gambian": "Gambia", "beninese": "Benin", "togolese": "Togo", "gabonese": "Gabon",
    "burkinabe": "Burkina Faso", "luxembourgish": "Luxembourg",
}

# Nouns for one person of a nation ("the Briton", "the Scot", "the Australian"): in news a
# definite one stands for the person the article is about, never a name of its own.
NATION_OF_NOUN: dict[str, str] = {
    **{d: p for d, p in DEMONYMS.items() if " " not in d and "." not in d and d.endswith(("an", "i"))
       and d not in ("european", "thai")},
    "briton": "United Kingdom", "brit": "United Kingdom", "scot": "Scotland", "scotsman": "Scotland",
    "scotswoman": "Scotland", "welshman": "Wales", "welshwoman": "Wales", "irishman": "Ireland",
    "irishwoman": "Ireland", "englishman": "England", "englishwoman": "England", "frenchman": "France",
    "frenchwoman": "France", "dutchman": "Netherlands", "spaniard": "Spain", "swede": "Sweden", "dane": "Denmark",
    "finn": "Finland", "pole": "Poland", "turk": "Turkey", "kiwi": "New Zealand", "aussie": "Australia",
    "zealander": "New Zealand",  # ("the New Zealander": the word after "New")
}
NATIONALITY_NOUNS: frozenset[str] = frozenset(NATION_OF_NOUN)
# Nouns for one member of a party ("the Kentucky Republican", "the New York Democrat"): like a
# nation's, a definite one stands for a person in play; the party is the one it contradicts.
PARTY_OF_NOUN: dict[str, str] = {"republican": "republican", "democrat": "democratic"}

# Pronouns that stand for a speaker and must be resolved ("he added" -> the person).
# Auxiliaries and modals: no name holds them ("Trump May Not Have Suggested …" is a
# headline, "FIX IS IN:" a kicker).
AUXILIARIES: frozenset[str] = frozenset("is are was were be been has have had does did".split())
MODALS: frozenset[str] = frozenset("may might will would can could should must".split())

PERSON_PRONOUNS: frozenset[str] = frozenset("he she him her his hers".split())
FEMALE_PRONOUNS: frozenset[str] = frozenset("she her hers".split())
MALE_PRONOUNS: frozenset[str] = frozenset("he him his".split())
NONPERSON_PRONOUNS: frozenset[str] = frozenset("it its they them their".split())
FIRST_PERSON: frozenset[str] = frozenset("i we me us my our".split())
RELATIVE_PRONOUNS: frozenset[str] = frozenset("who which that whom whose".split())

# Singular nouns that describe a person without naming a role: an unnamed source a "he" or
# "she" may stand for ("one user wrote ... she added"), where "the film" or "the criticism"
# cannot.
PERSON_NOUNS: frozenset[str] = frozenset("""
one another someone somebody anyone person individual source insider witness user reader viewer listener
caller resident citizen voter man woman boy girl member official aide adviser advisor friend relative
neighbour neighbor colleague fan student worker employee
""".split())

# Family: a relative speaks for himself (an act's speaker, a private person a pronoun may
# stand for, a full name introduced as someone's relative).
KIN_NOUNS: frozenset[str] = frozenset("""
wife husband son daughter mother father brother sister grandson granddaughter grandmother
grandfather uncle aunt nephew niece cousin widow widower fiancee fiance fiancée fiancé
stepson stepdaughter stepfather stepmother
""".split())

FEMALE_WORDS: frozenset[str] = frozenset(
    "mrs mrs. ms ms. miss madam spokeswoman chairwoman congresswoman councilwoman businesswoman "
    "queen princess wife mother daughter sister woman lady actress duchess".split()
)
MALE_WORDS: frozenset[str] = frozenset(
    "mr mr. sir spokesman chairman congressman councilman businessman king prince husband "
    "father son brother man actor duke".split()
)

# Subordinators ("mark") of a clause that narrates around a saying rather than dating it:
# "gained protection in 2003 after revealing debts" (not "when"/"as", which are that very time).
NARRATION_MARKS: frozenset[str] = frozenset("after before since until while because although though once".split())
# Participles of speaking or appearing that set the saying's occasion: "…, speaking on BBC Radio 4",
# "Robinson, who was speaking on Tuesday, said"; their time is the saying's.
SCENE_PARTICIPLES: frozenset[str] = frozenset("speak talk appear write testify".split())

# Tokens that mark a time expression inside a speaker phrase or next to a cue.
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words that name one day relative to the article, or a weekday: "on Sunday", "yesterday".
DAY_WORDS: frozenset[str] = frozenset(WEEKDAYS) | frozenset(("yesterday", "today", "tonight", "weekend"))
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
TEMPORAL_WORDS: frozenset[str] = frozenset(
    set(WEEKDAYS) | set(MONTHS) | set("""
    today yesterday tonight week weekend month year morning afternoon evening night
    earlier later recently last this next ago weeks months years days day hours
    """.split())
)

# Ranks abbreviated before a name, lower case without the full stop ("Sen. Ted Cruz"), and
# the title each stands for.
ABBREVIATED_RANKS: dict[str, str] = {
    "rep": "representative", "sen": "senator", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
}
# Words a full stop abbreviates before a name or a number, after which no sentence ends
# ("We met Mr. Smith", "Sen. Cruz", "No. 10").
ABBREVIATED_WORDS: frozenset[str] = frozenset(
    "mr mrs ms messrs dr prof st jr sr no mt ft".split()) | frozenset(ABBREVIATED_RANKS)

# Adverbs that put a saying at another time than the sentence's or the occasion's ("later
# admitting", "has previously said", "once told"): ``links.when_of`` and ``occasion_ties.elsewhen``.
ANOTHER_TIME_ADVERBS: frozenset[str] = frozenset(
    "later subsequently afterwards afterward earlier previously recently once formerly long".split())

# Cues that go on with what the speaker was saying: "he added", "she went on", "he concluded".
# Each reader adds its own (``document_continuations``: "wrote"; ``occasion_ties``: the
# answers of an interview); ``role_continuation`` asks only "continued", "added", "went on".
GOING_ON_VERBS: frozenset[str] = frozenset("add continue go conclude".split())

# The possessive endings as tokens: "'s" and the bare apostrophe of a plural ("Veterans'"),
# straight or curly.
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")

# The roles whose holder speaks for someone else ("a spokesman for the council").
SPOKESPEOPLE: frozenset[str] = frozenset(("spokesman", "spokeswoman", "spokesperson"))

# The auxiliaries of a future ("will say", "'ll tell", "shall announce"): a saying not yet done
# (predicted_speech), a time that is not when it was said (time_owners, occasion_ties).
FUTURE_AUXILIARIES = frozenset(("will", "'ll", "’ll", "shall"))
