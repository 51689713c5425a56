"""The word lists the act of a statement is decided by (``acts``): lemmas of belief,
intention, stance and talk, verbs of writing and of putting out a document, light and
dealing verbs, the nouns that carry words, written media, data and works.
"""

from __future__ import annotations

# Lemmas (verbs, nouns, adjectives) of holding something true: PolNeAR's "Beliefs" and
# "Witnessing of facts".
BELIEF_LEMMAS: frozenset[str] = frozenset("""
believe think feel fear expect consider suspect assume doubt worry know reckon guess imagine
suppose trust realize realise recognize recognise understand see view regard anticipate
envision foresee presume sense find learn seem appear figure notice perceive deem show prove
demonstrate determine
belief view fear concern worry suspicion expectation assumption impression opinion sense
perception feeling thought doubt conviction understanding knowledge
convinced sure certain confident aware unaware skeptical sceptical optimistic pessimistic
worried concerned afraid fearful doubtful hopeful unsure uncertain unconvinced persuaded
convince persuade proud
""".split())

# Lemmas of wanting or planning to do something: PolNeAR's "Intentions and desires".
INTENTION_LEMMAS: frozenset[str] = frozenset("""
want wish hope plan intend aim seek decide try attempt prefer desire strive aspire
endeavor endeavour resolve opt choose prepare scheme plot
plan intention intent desire wish hope goal ambition aim bid effort attempt determination decision
eager willing ready determined keen intent reluctant unwilling loath hesitant
""".split())

# Speech verbs that report an intention when their content is an infinitive: "vowed to
# cut taxes", "refused to comment", "agreed to meet" (but "vowed that ..." is speech).
INTENTION_BEFORE_INFINITIVE: frozenset[str] = frozenset("""
vow promise pledge swear threaten refuse decline agree offer propose commit volunteer
guarantee
""".split())

# Verbs of judging that are done by saying: to accuse, criticise, praise or condemn someone is
# to say something about them ("she accused the minister of lying" states what she holds
# him guilty of; "hailed the deal as a breakthrough"). They report speech, so they leave the
# stances (which keep the positions: backing, opposing, rejecting, defending) and a reader
# meets them in the default record. Only verbs the cue lexicon already reads as speech.
VERBAL_JUDGMENTS: frozenset[str] = frozenset("""
accuse criticize criticise praise denounce decry condemn mock ridicule berate chide scold
blast slam hail lambast lambaste castigate chastise rebuke reprimand excoriate upbraid admonish
""".split())
# ... when they say what they hold ("accused the minister of lying"); with a bare object
# ("praised the chancellor's role") they are still a stance: whom, not what was said.

# Lemmas of taking a side for or against someone or something: PolNeAR's "support (or
# lack of support)" and dispositions toward a fact.
STANCE_LEMMAS: frozenset[str] = frozenset("""
back support endorse promote praise hail tout welcome applaud laud commend celebrate defend
champion embrace favor favour approve oppose reject dismiss counter condemn criticize
criticise attack blast slam lambast lambaste bash blame accuse taunt object fault denounce
decry mock ridicule berate chide scold rebuke castigate assail disparage deride
disapprove resist fight protest boycott veto spurn shun snub rebuff like love hate dislike
admire respect detest despise adore prize value appreciate enjoy resent regret
support backing endorsement praise opposition rejection criticism condemnation attack
accusation blame objection disapproval approval admiration contempt enthusiasm
supportive critical opposed hostile favorable favourable sympathetic dismissive
""".split()) - VERBAL_JUDGMENTS

# The words that give a judgment's grounds on its verb: "accused X *of* Y", "for", "as", "over".
JUDGMENT_GROUNDS: frozenset[str] = frozenset("of for as over".split())

# Learned cues that name talk, not an attitude: "spoke about X", "discussed X", "pointed
# out X", "referred to X as Y".
TALK_LEMMAS: frozenset[str] = frozenset("""
speak talk discuss address mention describe detail outline recount discussion remark
comment interview speech conversation point refer reference remind thank quote cite portray
invoke recite congratulate debate statement
intimate insinuate
""".split())

# Verbs of reckoning a figure: "has calculated that Mr Trump's plan would cost ..." reports a
# finding in words, as "estimated that" (a speech verb) does, and takes no side (acts-47: the
# learned cue made it a stance).
RECKONING_VERBS: frozenset[str] = frozenset("calculate compute".split())

# Verbs whose object names the act: "expressed [concern] that", "voiced [support] for",
# "offered [praise]". Said, unless the object is a belief, intention or stance.
LIGHT_VERBS: frozenset[str] = frozenset("express voice offer share raise lend give".split())
# Objects of "make" that are words put out: "made conflicting statements about ...", "made the
# claims in a US television programme" (an occasion of speech; "made no comment" says nothing).
MADE_WORDS: frozenset[str] = frozenset("statement remark comment claim allegation accusation announcement speech".split())

# Verbs that take a result or a deal as readily as words: "posted a loss", "agreed a rescue
# plan" (but "posted a photo", "agreed the wording").
DEALING_VERBS: frozenset[str] = frozenset("post agree".split())
# Objects that carry words or a view: "posted [a photo]", "agreed [the wording]" — anything
# else after a dealing verb is a result or a deal.
WORDS_NOUNS: frozenset[str] = frozenset("""
issue question point matter idea view thought word congratulation condolence thanks apology
sympathy gratitude regret praise support warning interview speech account story detail
message photo picture video image insight perspective opinion explanation reason argument
comment remark testimony answer response reply advice suggestion proposal assessment analysis
estimate forecast prediction update news information figure evidence sentiment feeling memory
recollection experience tribute assurance guarantee promise pledge vision outlook agenda
""".split())

# Verbs whose words came written.
WRITING_VERBS: frozenset[str] = frozenset("write tweet retweet post publish blog email e-mail text pen sign".split())

# Adverbs that make talk a stance: "spoke favorably of".
EVALUATIVE = frozenset("favorably favourably positively negatively highly warmly glowingly critically approvingly disparagingly".split())

# Verbs that put out a document: "issued a statement", "released a report" (not "issued a
# warning").
RELEASE_VERBS: frozenset[str] = frozenset("issue release publish circulate distribute file".split())

# What a cue may hang from that makes the words written: "said in a statement", "said on
# Twitter", "according to court documents".
WRITTEN_MEDIA: frozenset[str] = frozenset("""
statement letter email e-mail memo memorandum post tweet op-ed oped column article essay
editorial book note message release filing report blog twitter facebook instagram
document documents paper papers record records transcript minutes affidavit complaint
lawsuit brief motion ruling opinion press-release website site newsletter
""".split())


# Numbers that show something rather than say it: "official figures show", "according to
# recent figures". They are someone's writing only when a body is named as publishing them.
DATA_NOUNS: frozenset[str] = frozenset("figure number datum data statistic statistics stat stats estimate".split())
# Works whose description is no one's statement: "the film tells the tale of", "the book
# describes his childhood" (but "the book says that ..." is its author's writing).
WORK_NOUNS: frozenset[str] = frozenset("""
film book novel play album movie documentary programme program show song drama opera
musical exhibition biography memoir episode sitcom
""".split())
