"""Structural reply cues in English: what a question *does*, read from its sentence.

The phrase lexicons (``lang/en/responsiveness_*.yaml``) say which words carry a
mechanism. Three things they cannot say depend on the shape of the sentence a cue sits in:

* **A question to the other** ("Was it a phone interview? How did you prepare?") asks
  about them. Right after the other shared something (the reply's context), such a question
  is an exploration of what they shared, whatever its words. Without that context it is
  not read (weak cue, :data:`QUESTION_TO_YOU`).
* **A suggestion put as a question** ("Have you tried talking to him?", "Could you call
  your sister?", "Would you consider counselling?") proposes an action. It never gets the
  question cue above. (Dropping the lexicon's exploration cues inside it too was measured
  and not kept: ESConv's supporters label most such questions "Questions", and exploration
  F1 fell on both halves.)
* **An offer or a service question** ("Would you like me to book it?", "What time do you
  leave?", "Do you need anything else?") does not get the question cue either.
* **A restatement put as a question** ("So you feel left out?", "It sounds like he
  ignored you, is that right?") checks an understanding of the other: interpretation,
  not exploration. Exploration cues inside it are dropped and it carries
  :data:`RESTATEMENT` instead.
* **A restatement that echoes the other** ("I see you need some support at work since your
  new supervisor arrived", "So you were furloughed and the part-time job doesn't cover the
  mortgage?") repeats content words of what the other just shared (:func:`echoes`). Two
  forms are read this way only when they echo, and only after the other shared something
  (the context): a statement framed "I see / I hear / I gather (that) you ..." and a
  restatement question whose plan, time or money words would otherwise make it a question
  about a plan. Without the echo or the context they stay what they were (nothing, or a
  plan question), so a clerk's "so you want a cheap hotel on Friday?" stays quiet.

Every cue added here is evidence like a lexicon cue (source ``structure:en/...``), so a
report can show the sentence that fired.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np

from unmask.npset import unique
from unmask.signals.compiled_cache import regex
from unmask.signals.distinct import distinct as distinct_texts
from unmask.signals.lookahead import behind_first
from unmask.signals.reply_lexicon import MECHANISMS, Hit, ReplyEntry
from unmask.signals.types import PRESENT

_YOU = r"(?:you|u|your|ur|yourself)"
#: a question sentence addressed to the other (weak: counts only after a disclosure)
QUESTION_TO_YOU = ReplyEntry(
    weight=0.4,
    example="Was it a phone interview? How did you prepare for it?",
    source="structure:en/question-to-you",
    pattern=rf"[^.!?\n]*\b{_YOU}\b[^.!?\n]*\?",
)
#: the same question after the other wrote about themselves (not task talk), without a
#: disclosure cue: it counts by itself, just at the line
QUESTION_AFTER_PERSONAL = ReplyEntry(
    weight=0.5,
    example="What kind of jobs are you looking for?",
    source="structure:en/question-after-personal",
    pattern=QUESTION_TO_YOU.pattern,
)
#: a reply of this many sentences or more says what it says in its statements (comfort,
#: advice, the writer's own story): a question inside it counts as exploration by a strong
#: cue of its own words ("how are you feeling?", "what happened?"), or when it asks about the
#: other's inner life (:data:`_INNER_LIFE`); not by a weak cue nor by being a question to
#: the other after their disclosure (h-quest6: "I understand. Video
#: calls can feel less personal. Do you live alone?", "I know that is rough. Do you have
#: anyone at home you can talk to? Just letting it out helps sometimes.")
LONG_SENTENCES = 3
_ANY_WORD = regex(r"\w+")
#: in such a reply a cue under this weight in a question ("?") counts only when the
#: question asks about the inner life (:data:`_INNER_LIFE`): the weak cues and the middling
#: ones that ask about a plain fact or an action ("have you talked to your boss about it?",
#: "have you tried anything yet?"); an invitation said, not asked, keeps its cue ("I'm
#: coming home early. we can talk darling. 💕")
LONG_WEAK = 0.65
#: the words of a question about the other's inner life: in a long reply such a question
#: keeps its weak cues ("I'm sorry. I had no idea. What's been the hardest part for you?",
#: "... What goes through your head when you're alone?")
_INNER_LIFE = regex(
    r"\b(?:feel|feels|felt|feeling|feelings|wish|wished|hope|hoping|afraid|scared|fear|fears|"
    r"worry|worried|worries|hardest|toughest|worst|biggest|heart|head|mind|miss|missing|need|needs|help|think|"
    r"like\s+for\s+(?:you|u)|mean\s+to\s+(?:you|u)|going\s+through|struggl\w*|hurt\w*|"
    r"lonely|sad|upset|angry|mad|stress\w*|anxious|anxiety|cope|coping|enjoy\w*)\b"
    # h-quest9: a request to say more of what the other meant ("... Your friend is being a
    # pain in what way?", "... How so?", "... Like what?")
    # and whether the other is close to their people ("... Are you close with your family?",
    # "... Do you get along with your mom?")
    r"|\b(?:are|r|were|feel|stay|stayed)\s+(?:(?:you|u)\s+(?:two\s+|both\s+)?)?(?:very\s+|really\s+|"
    r"still\s+|that\s+)?close(?:r)?\s+(?:with|to)\b|\bclose\s+with\b|\bget(?:ting)?\s+along\b"
    r"|\b(?:are|r|were)\s+(?:you|u)\s+(?:two|both|all)\s+(?:very\s+|really\s+|still\s+)?close\W*$"
    r"|\bin\s+what\s+ways?\b|^\W*(?:(?:and|but|so|oh|ok(?:ay)?|hmm+)\W+)?(?:how\s+so|like\s+what|"
    r"what\s+do\s+(?:you|u)\s+mean)\b"
    # h-quest15: whether an option appeals to the other, the choice of :data:`_CHOICE` asked
    # after it was named ("... Have you searched for those online? Would that interest you?")
    r"|\b(?:would|will|does|do)\s+(?:that|this|it|any\s+of\s+(?:that|this|those|these))\s+"
    r"(?:interest|appeal\s+to)\s+(?:you|u)\b",
    re.IGNORECASE,
)
#: a question about what the other did or told (h-quest8), among the suggestion forms: "have
#: you talked to your sister about how lonely it gets?", "did you tell anyone?", "have you tried
#: anything to cope?". In a long reply or beside advice such a question keeps the inner-life
#: exception; any other suggestion put as a question is a proposal and does not ("Have you
#: thought about seeking a group of people who have been through what you are going through?
#: It often helps.", "Would you consider talking to someone about how you feel?")
_DID_ASK = regex(
    r"^\W*(?:(?:ok(?:ay)?|well|so|and|or|also|alright|hmm+|i\s+see|i\s+understand)\W+)*"
    r"(?:have|did)\s+(?:you|u)\s+(?:ever\s+|already\s+)?(?:asked|talked|spoken|reached|contacted|"
    r"told|seen|gone|been\s+to|talk|speak|ask|reach|contact|tell|(?:tried|try)\s+(?:anything|"
    r"something))\b",
    re.IGNORECASE,
)
#: a statement that advises the other (h-quest7): "it often helps", "that can really help",
#: "you could / should ...", "maybe you ...", "I suggest ...", "it's a good idea to ...". A
#: question beside it in the same reply is part of the advice ("Do you have anyone you can
#: talk to? It often helps to let it out.", "Would you be prepared to take medication? It can
#: really help."): it explores only as a question in a long reply does, by a cue of its own
#: words of :data:`LONG_WEAK` or more or by asking about the inner life ("What's been the
#: hardest part? Talking about it can help." still explores)
_ADVICE = regex(
    r"\b(?:helps|helpful)\b|\b(?:can|could|may|might|will|would)\s+(?:really\s+|also\s+|"
    r"definitely\s+)?help\b(?!\s+(?:you|u)\s+(?:with|find|book))"
    r"|\b(?:you|u)\s+(?:should|could|might\s+want\s+to|may\s+want\s+to|can\s+(?:try|also))\b"
    r"|\btry\s+(?:to|and)\b|\bi\s+(?:would\s+|['’]d\s+)?(?:suggest|recommend|advise)\b"
    r"|\b(?:maybe|perhaps)\s+(?:you|u|try)\b|\bit(?:['’]s|\s+is|\s+might\s+be|\s+would\s+be)\s+"
    r"(?:a\s+)?(?:good|great|wise)\s+(?:idea\s+)?to\b(?!\s+(?:hear|know|see|meet|talk))|\bworth\s+(?:a\s+try|trying)\b"
    # h-quest16: what would serve the other, said beside the question ("Have you consulted
    # a job center? These may be useful.", "Have you talked to the kids about it? It will be
    # important for them to understand what is going on.")
    r"|\b(?:may|might|could|can|will|would)\s+(?:really\s+|also\s+)?be\s+(?:very\s+|really\s+|so\s+)?"
    r"(?:useful|helpful|beneficial|important\s+for)\b"
    # h-quest17: the way to go about it, advised ("it can be good to get the stress out in
    # other ways", "The important thing is to rebuild your self esteem."), a way of coping
    # endorsed ("Reading is a great coping skill."), advice framed as the writer's ("in my
    # opinion", "if I were you", "my advice would be")
    r"|\b(?:can|could|may|might|would|will)\s+(?:really\s+|also\s+|sometimes\s+)?be\s+"
    r"(?:very\s+|really\s+|so\s+)?(?:good|healthy|wise|smart|worth\s+it)\s+to\b"
    r"(?!\s+(?:hear|know|see|meet|talk))"
    r"|\bthe\s+(?:most\s+)?(?:important|best|key|main)\s+thing\s+(?:(?:is|would\s+be)\s+"
    r"(?:to|for\s+(?:you|u)\s+to)|to\s+do)\b"
    r"|\b(?:is|are|can\s+be)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+)?(?:great|good|healthy|"
    r"wonderful|excellent|helpful)\s+(?:way\s+to(?!\s+(?:put|say|look\s+at|think\s+about|"
    r"describe)\s+it)|coping\s+(?:skill|strategy|mechanism|tool)s?|outlets?|habits?)\b"
    r"|\bin\s+my\s+opinion\b|\bif\s+i\s+were\s+(?:you|u)\b"
    r"|\bmy\s+(?:advice|suggestion)\s+(?:is|would\s+be)\b",
    re.IGNORECASE,
)
#: a restatement of the other's feelings or situation, put as a question to check it
RESTATEMENT = ReplyEntry(
    weight=0.6,
    example="So you feel like nobody at work listens to you?",
    source="structure:en/restatement-check",
    pattern=r"(restatement-check)",
)
#: a restatement that repeats the other's own words after they shared something
ECHO_RESTATEMENT = ReplyEntry(
    weight=0.6,
    example="I see you need some support now that your sister has moved away.",
    source="structure:en/restatement-echo",
    pattern=r"(restatement-echo)",
)
#: sentence kinds that are a restatement only when they echo the other (:func:`echoes`),
#: and what they are otherwise
ECHO = "echo"
ECHO_OR_OFFER = "echo-or-offer"
_UNECHOED = {ECHO: "", ECHO_OR_OFFER: "offer"}
#: the kind of a retort or an exclamation in the asking form (:data:`_RHETORICAL`): weak
#: exploration cues in it are dropped (h-fail2: "Is that really what you think?")
RHETORICAL = "rhetorical"
#: how many content words a restatement shares with the other's messages to echo them
ECHO_MIN = 2

#: questions that propose an action (advice), at the start of their sentence
_SUGGESTION = regex(
    r"^\W*(?:(?:ok(?:ay)?|well|so|and|or|also|alright|hmm+|i see|i understand)\W+)*"
    r"(?:have\s+(?:you|u)\s+(?:ever\s+)?(?:tried|considered|thought\s+(?:about|of)|looked|"
    r"asked|talked|spoken|reached|contacted|told|seen|gone|been\s+to)"
    r"|did\s+(?:you|u)\s+(?:try|consider|think\s+(?:about|of)|ask|talk|speak|reach|contact)"
    r"|(?:could|can|would|will|should|might)\s+(?:you|u)\s+(?:not\s+)?"
    r"(?:try|consider|perhaps|maybe|possibly|ask|talk|speak|call|see|reach|contact|join|"
    r"find|get|go|take|look|tell|write|make|start|set|use|think\s+about|be\s+(?:willing|"
    r"open|able)|benefit)"
    r"|why\s+(?:don['’]?t|not)\b|what\s+about\b|how\s+about\b|what\s+if\b"
    r"|(?:is|would)\s+(?:it|there)\s+(?:be\s+)?(?:possible|a\s+way|an\s+option|any\s+way)"
    r"|do\s+(?:you|u)\s+think\s+(?:that\s+)?(?:it\s+(?:would|might|could)|(?:you|u)\s+"
    r"(?:could|might|would|should|can)|\w+ing\b)"
    r"|what\s+do\s+(?:you|u)\s+think\s+(?:about|of)\s+\w+ing\b"
    r"|how\s+would\s+(?:you|u)\s+feel\s+about\s+\w+ing\b"
    r"|i\s+wonder\s+if\s+(?:you|u)\s+(?:could|can|might)"
    r"|(?:maybe|perhaps)\b)",
    re.IGNORECASE,
)
#: advice markers anywhere in a question: "As you are a writer, could you perhaps try...?",
#: "I see, have you tried...?", "perhaps it might be time to see a lawyer?"
_SUGGESTION_ANYWHERE = regex(
    r"\b(?:perhaps|possibly|maybe)\b|\b(?:you|u)\s+(?:could|might|should|can)\s+(?:also\s+)?"
    r"(?:try|consider|perhaps|maybe|possibly)\b|\bhave\s+(?:you|u)(?:\s+guys)?\s+(?:ever\s+)?"
    r"(?:tried|considered|thought\s+(?:about|of))\b|\bis\s+it\s+possible\s+(?:to|for)\b|"
    r"\b(?:good|great|helpful)\s+idea\b|\b(?:are|r)\s+(?:you|u)\s+familiar\s+with\b"
    # h-quest7: a question to put to oneself ("I'd ask myself what your options are?", "ask
    # yourself whether he makes you happy?"), what to go and check ("See if they'd like to
    # catch up?", "check whether she is free?"), a talk to have ("Have you had a talk with
    # her about it?")
    r"|\bask\s+(?:yourself|urself|myself)\b|^\W*(?:(?:and|or|then|maybe|just)\W+)?(?:see|check|"
    r"find\s+out)\s+(?:if|whether)\b|\bhave\s+(?:you|u)\s+(?:ever\s+)?had\s+a\s+(?:talk|chat|"
    r"conversation|word)\b",
    re.IGNORECASE,
)
#: h-quest16: a question that offers the other a thing to do or to use, asking whether they
#: have one ("Is there anything you can do to take your mind off things?", "Do you have a
#: stress ball or something you can keep in your pocket?", "Can you think of something to
#: do that will take your mind off him?"): a proposal put as a question (ESConv files it
#: under Suggestions), not a question about the other's experience. Its weak exploration
#: cues do not read (:func:`apply`). Not the people around the other ("Do you have anyone
#: close you could talk to?", "Is there anyone you can report this to?": their life, read
#: as the zh file reads 你身边有没有信得过的朋友可以聊聊), nor what already helps them ("is
#: there anything that helps you feel comforted?"), nor what they cannot do ("Is there
#: anything you can't stop thinking about?")
_RESOURCE = regex(
    r"(?:\b(?:do|did)\s+(?:you|u)\s+have|\b(?:is|are)\s+there)\s+(?:anything|something|any|a|an|"
    r"some)\b(?![^.!?\n]*?\b(?:friends?|family|people|person|siblings?|brothers?|sisters?|"
    r"parents?|mom|mum|dad|partner|husband|wife|colleagues?|co-?workers?|counsell?ors?|"
    r"therapists?|doctors?|relatives?|neighbou?rs?|kids|children)\b)[^.!?\n]*?\b(?:you|u)\s+"
    r"(?:can|could|might)\s+(?!not\b)\w+|\b(?:can|could)\s+(?:you|u)\s+think\s+of\s+"
    r"(?:something|anything|a\s+way|ways|any\s+ways?)\b",
    re.IGNORECASE,
)
#: h-quest15: a question that hands the other a choice, asking how willing or ready they are
#: ("Would you be willing to try a new hobby ...?", "Would you be open to trying yoga?") or
#: what they will be able to do ("Will you be able to visit him in the hospital?"): it asks
#: their stance on an option, so it reads as a question to the other (:func:`_kind`
#: "question"), not as a proposal. Not where the option is for the writer ("would you be
#: willing to go to therapy with me?", a bid) or ends something ("would you be willing to
#: stop seeing her?", a demand): :data:`_FOR_WRITER`; not where a proposal's own marker sits
#: in it ("would you be willing to maybe call her?"). "Would you consider seeing a
#: counsellor?", "would you be able to ...?" and "could you ...?" name the action and stay
#: proposals
_CHOICE = regex(
    r"^\W*(?:(?:ok(?:ay)?|well|so|and|or|also|alright|hmm+|i\s+see|i\s+understand)\W+)*"
    r"(?:(?:would|will|are|r)\s+(?:you|u)\s+(?:be\s+)?(?:willing|open|ready)\s+to\b"
    r"|will\s+(?:you|u)\s+be\s+able\s+to\b)",
    re.IGNORECASE,
)
#: an option for the writer or one that ends something: such a "choice" asks for the
#: writer, and stays a proposal (h-quest15)
_FOR_WRITER = regex(
    r"\b(?:me|us|my|our|mine|ours)\b|\b(?:stop|quit|give\s+up|break\s+up|end|cut|delete|block|"
    r"unfollow|dump|leave)\b",
    re.IGNORECASE,
)
#: offers and service questions: "can I help you...", "would you like me to...",
#: "do you need anything else?", "what time would you like...": a service, not interest
_OFFER = regex(
    r"\b(?:(?:can|could|may|shall|should)\s+i\s+(?:book|reserve|get|find|make|send|give|"
    r"look|check|recommend|help\s+(?:you\s+)?(?:find|with\s+any|book))\b|"
    r"would\s+(?:you|u)\s+like\s+(?:me\b|a\b|an\b|any\b|more\b|the\b|to\s+(?:book|reserve|"
    r"make|go|try|know|have|get|order|leave|arrive))|"
    r"(?:do|did|will)\s+(?:you|u)\s+(?:need|want|require)\s+(?:a|an|any|me|more|the|"
    r"to\s+(?:book|reserve|make|go|get|order))\b|(?:you|u)\s+have\s+a\s+preference\b|"
    r"anything\s+else\s+(?:i\s+can|for\s+(?:you|u))\b|(?:help|assist|serve)\s+(?:you|u)\b"
    # h-quest2: not a way of coping ("what has helped you cope before?")
    r"(?!\s+(?:to\s+)?(?:cope|feel|deal|get\s+through|relax|calm|heal|move\s+on|process|through))|"
    # h-quest9: not "can you give me some more details?" alone, an invitation to tell more (a
    # question to the other: it reads after personal talk only), unlike "can you give me
    # the details of the booking?"
    r"(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:give\s+me(?!\s+(?:some\s+|a\s+"
    r"(?:few|little|bit)\s+(?:of\s+)?)?(?:more\s+)?(?:details?|background|context)\W*$)|"
    r"recommend|suggest|restate|"
    r"repeat|send\s+me|tell\s+me\s+(?:the|their|its|about\s+(?:the|a|an)\b))|"
    r"what\s+(?:would|do|can)\s+(?:you|u)\s+(?:recommend|suggest)\b|(?:further|more|other)\s+"
    r"(?:assistance|help|requirements|requests?)\b|(?:your|ur)\s+(?:other\s+)?(?:needs|"
    r"requirements|preferences?)\b|(?:tasks?|anything(?:\s+else)?)\s+(?:that\s+)?(?:you|u)\s+"
    r"(?:need|want)\s+(?:help|me\s+to|done)\b|(?:would|will|do)\s+(?:you|u)\s+(?:need|want)\s+"
    r"(?:transportation|a\s+taxi|a\s+ride|directions)\b|will\s+(?:you|u)\s+be\s+(?:dining|staying|"
    r"travel(?:l?ing)|needing|joining)\b|where\s+will\s+(?:you|u)\s+be\b|when\s+(?:do|would)\s+"
    r"(?:you|u)\s+(?:want|like|need)\s+to\s+(?:stay|leave|arrive|go|travel|eat|check)\b|"
    r"(?:are|r)\s+(?:you|u)\s+(?:certain|interested)\b|"
    r"would\s+(?:you|u)\s+prefer\b|(?:are|r)\s+(?:you|u)\s+(?:interested\s+in|looking\s+(?:for|in|at))\s+"
    r"(?:a|an|any|the|something|anything|somewhere)\b|"
    r"(?:does|do|will|would)\s+(?:that|this|it|either|any|those|these)(?:\s+one)?\s+"
    r"(?:sound|work|suit)\b|where\s+would\s+(?:you|u)\s+like\b|"
    r"anything\s+(?:specific|in\s+particular)\b|(?:are|r)\s+(?:you|u)\s+sure\b|"
    r"what\s+(?:time|day|date|price|area|part\s+of\s+town|type\s+of|kind\s+of\s+"
    r"(?:food|cuisine|place|hotel|room))\b|when\s+(?:do|will|are|r|would)\s+"
    r"(?:you|u)\s+(?:leave|arrive|get\s+(?:home|back|here|there|in)|be\s+(?:home|back|here|"
    r"there)|come|start|finish)\b|where\s+(?:are|r|will|would|do)\s+(?:you|u)\s+(?:departing|"
    r"leaving|going|traveling|travelling|staying|headed|heading|parked|now)\b)",
    re.IGNORECASE,
)
#: ``_OFFER`` behind a lookahead of the characters its matches start with
#: (``prefilter.first_class``; tests/signals/test_reply_guard_fast.py): the same matches,
#: without trying the alternation at every other position (h-speed40: :func:`_kind` of the
#: 100k export's English replies ~6 ms less)
_OFFER_FAST = behind_first(_OFFER, "[acdfhmorstuwy]")
#: restatements of the other put as a question: "so you...?", "..., is that right?"
_RESTATEMENT = regex(
    r"^\W*(?:(?:ok(?:ay)?|ah+|oh|hmm+|i\s+see|right|well)\W+)*"
    r"(?:so,?\s+(?:basically\s+|in\s+other\s+words,?\s+)?(?:what\s+i['’]?m\s+(?:hearing|understanding)"
    r"[^?]*\s)?(?:you|u|your|ur|it\s+(?:sounds|seems)|it['’]?s\s+been|it\s+has\s+been|he|she|they|"
    r"this\s+\w+|that\s+\w+)\b"
    r"|(?:it\s+)?(?:sounds|seems)\s+like\b|you['’]?re\s+(?:saying|feeling)\b"
    r"|(?:you|u)\s+(?:feel|felt|are\s+feeling|were\s+feeling|think|thought|said|mean)\b"
    r"|just\s+so\s+i\s+understand\b|if\s+i\s+understand\b"
    # h-quest7: "So, I hear you saying that ...?", "To confirm, you suspect he ...?"
    # (not a frame before a question of its own: "I hear that you got the job, how did it go?")
    r"|(?:(?:so,?\s+)?i\s+(?:hear|am\s+hearing|['’]m\s+hearing)\s+(?:you\s+)?(?:saying\s+)?that"
    r"|i\s+hear\s+you\s+saying|(?:just\s+)?to\s+(?:confirm|clarify))\b"
    r"(?![^?]*,\s*(?:and\s+|so\s+)?(?:how|what|why|when|where|who|did|do|does|are|is|was|were|"
    r"have|has|can|could|would)\b))"
    # h-quest8: "is that what you mean / feel?" checks an understanding; "is that what you are
    # going to school for?" asks about the other's life
    r"|\b(?:is\s+(?:that|this)|am\s+i)\s+(?:right|correct|true|accurate|what\s+(?:you|u)"
    r"(?:['’]re|\s+are|\s+were)?\s+(?:mean|meant|feel|felt|feeling|think|thought|thinking|said|say|"
    r"saying|telling|told|believe|going\s+through))\b[^?]*\?\s*$",
    re.IGNORECASE,
)
#: plans, times and money: a question with these asks about a plan, not a feeling
_TASKY = regex(
    r"\d|\b(?:pick(?:ing|ed)?\s+(?:me|you|u|us|him|her|them)\s+up|tomorrow|tonight|o['’]?clock|"
    r"book(?:ed|ing)?|reservation|tickets?|train|flight|bill|pay|(?<!well\s)(?<!under)paid"
    r"(?!\s+(?:vacation|leave|time\s+off|sick))|price|rent|dinner|lunch|"
    r"restaurant|hotel|shop|store|parcel|package|car|keys?|groceries|"
    # plans: "Are you free on Saturday for the party?"
    # (h-quest8: not a day of the other's story, "what happened that weekend?")
    r"(?<!that\s)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekend)|party|"
    r"(?:are|r)\s+(?:you|u)\s+free|"
    r"(?:this|next)\s+(?:week|month)|"
    r"(?:pick(?:ed)?|picking)\s+up|buy|bought|grab(?:bed)?|order(?:ed)?|"
    r"(?:bring|brought)(?!\s+(?:back|up|(?:you|u|him|her|them|it|me)\s+back)\b)"
    # h-fail: small talk about a show, a film or a match ("did you ever see that new show")
    # ("episode" and "series" are left out: "how often do these episodes come?")
    r"|films?|movies?|telly|netflix|podcasts?|albums?|matche?s?"
    # a show as a noun: at the end of its clause or before "last", "on", "yet", "about" ...
    r"|shows?(?=\s*(?:$|[.,!?;:)]|(?:last|on|yet|about|with|where|everyone)\b)))\b"
    # choices and clarifications: "which one...?", "what did you say?"
    r"|^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)?which\b|\bwhat\s+did\s+(?:you|u)\s+say\s*\?",
    re.IGNORECASE,
)
#: "Why don't you just move on?", "why not just ignore her?": a rhetorical suggestion or a
#: challenge, not a question about the other's experience (weak cues in it are dropped)
_WHY_NOT = regex(
    r"^\W*(?:(?:ok(?:ay)?|well|so|then|and|but)\W+)*why\s+(?:don['’]?t|do\s+not|not|can['’]?t)\b",
    re.IGNORECASE,
)
#: the times a checking-up question names (h-quest4): "where were you last night?"
_WHEN_CHECKED = (
    r"(?:\s+(?:last\s+night|all\s+(?:day|night|evening|weekend)|earlier|today|tonight|this\s+"
    r"(?:morning|afternoon|evening|whole\s+time)|then|just\s+now|so\s+late|after\s+work))?"
)
#: an exclamation or a retort in the asking form, whatever its end mark: "Are you serious,
#: that's awful.", "Can you believe him?", "Do you even hear yourself.", and a restatement
#: that turns on the writer, "So you're saying I'm the problem?" (h-fail): not a question
#: about the other's experience, nor a check of an understanding of them
_RHETORICAL = regex(
    r"\W*(?:(?:oh|ok(?:ay)?|so|and|but|well|like|i\s+mean|basically)\W+)*(?:"
    r"(?:(?:(?:what\s+)?(?:you|u)(?:['’]?re|\s+are|\s+r)\s+(?:saying|telling\s+me)|(?:you|u)\s+mean)"
    r"\s+(?:is\s+)?(?:that\s+)?(?:it['’]?s\s+(?:all\s+)?(?:my\s+fault|on\s+me|me)|i['’]m|im"
    # h-fail2: not a sincere check of a hurt the writer caused, asked ("So you're saying I hurt
    # you?", "so you're saying I made you feel left out?")
    r"|i(?!\s+(?:really\s+)?(?:hurt|upset|scared|embarrassed|disappointed|neglected|ignored|"
    r"let\s+(?:you|u)\s+down|made\s+(?:you|u)\s+feel)\b[^.!?\n]*\?))\b"
    # (not "are you mad at me?", "are you serious about leaving?": questions about the other)
    r"|(?:are|r)\s+(?:you|u)\s+(?:serious(?!\s+about)|kidding|joking|for\s+real|insane|crazy|"
    r"out\s+of\s+(?:your|ur)\s+mind)"
    r"|(?:can|could)\s+(?:you|u)\s+(?:even\s+)?believe"
    r"|do\s+(?:you|u)\s+(?:even\s+)?(?:hear\s+(?:yourself|urself)|(?:get|see)\s+(?:it|my\s+point|"
    r"what\s+i\s+mean)|know\s+what\s+i\s+mean|understand\s+(?:me|my\s+point|what\s+i['’]?m\s+"
    r"saying)|reali[sz]e))\b"
    # h-fail2: retorts that put the writer in question or end the talk: "Is that really what
    # you think?", "Do you really think I wanted that?", "why are you telling me this?",
    # "so what do you want me to do about it?", "are you done (crying)?"
    r"|is\s+that\s+(?:(?:really|honestly|seriously|actually)\s+what\s+(?:you|u)\s+think|what\s+"
    r"(?:you|u)\s+(?:really\s+|honestly\s+)?think\s+of\s+me)\W*$"
    r"|do\s+(?:you|u)\s+(?:really|honestly|seriously|actually)\s+think\s+(?:that\s+)?"
    r"(?:i|i['’]d|i['’]m|im)\b"
    r"|why\s+(?:are|r)\s+(?:you|u)\s+(?:even\s+)?telling\s+me\s+(?:this|that|all\s+(?:this|that))\b"
    r"|what\s+(?:do|did|would)\s+(?:you|u)\s+(?:want|expect)\s+me\s+to\s+(?:do|say)\b"
    r"|(?:are|r)\s+(?:you|u)\s+(?:done|finished|through)(?:\s+(?:crying|whining|complaining|moaning|"
    r"venting|sulking))?(?:\s+(?:yet|now))?\W*$"
    # h-quest4: checking up on the other's whereabouts, company or silence is monitoring, not a
    # question about their experience: "Where were you last night?", "Who were you texting?",
    # "Why didn't you pick up?" (the monitoring lexicon reads them; not "where were you when it
    # happened?", "who were you with when you found out?", "why didn't you tell me it hurt?")
    r"|where\s+(?:were|have)\s+(?:you|u)(?:\s+been)?" + _WHEN_CHECKED + r"\W*$"
    r"|who\s+(?:were|are|r)\s+(?:you|u)\s+(?:with|texting|messaging|calling|talking\s+to|out\s+with|"
    r"on\s+the\s+phone\s+(?:with|to))" + _WHEN_CHECKED + r"\W*$"
    r"|why\s+(?:didn['’]?t|did\s+(?:you|u)\s+not|haven['’]?t|won['’]?t|wouldn['’]?t)\s+(?:you|u)\s+"
    r"(?:answer|pick\s+up|reply|respond|text\s+(?:me\s+)?back|call\s+(?:me\s+)?back|answer\s+"
    r"(?:my|me))\b"
    # and what the other did to the writer's things: "what have you done to my phone?"
    r"|what\s+(?:have|did)\s+(?:you|u)\s+(?:done|do)\s+(?:to|with)\s+(?:my|me|our)\b"
    # h-quest5: "how can I help it (if you keep lying)?" is the idiom, a retort, not an offer
    r"|how\s+(?:can|could|am)\s+i\s+(?:supposed\s+to\s+)?help\s+it\b)",
    re.IGNORECASE,
)
#: a question thrown in a fight (h-quest7): an insult or an accusation in the asking form,
#: whatever its end mark ("What is wrong with you?", "what's your problem?", "who do you think
#: you are?", "what were you thinking?", "are you stupid?", "how dare you?", "why are you so
#: selfish?"): never an exploration, whatever cue its words carry (not "what's wrong?", "is
#: something wrong?", "what were you thinking when she said that?", "why are you so sad?")
FIGHT = "fight"
_FIGHT = regex(
    r"\W*(?:(?:oh|ok(?:ay)?|so|and|but|well|seriously|honestly|like|i\s+mean)\W+)*(?:"
    r"what(?:['’]?s|\s+is|\s+the\s+(?:hell|heck|fuck)\s+is)\s+(?:wrong|the\s+matter)\s+with\s+"
    r"(?:you|u)\b"
    r"|what(?:['’]?s|\s+is)\s+(?:the\s+(?:hell|heck|fuck)\s+)?(?:(?:your|ur)\s+(?:problem|deal)|"
    r"it\s+with\s+(?:you|u))\b"
    r"|who\s+(?:the\s+(?:hell|heck|fuck)\s+)?do\s+(?:you|u)\s+think\s+(?:you|u)\s+are\b"
    r"|what\s+(?:the\s+(?:hell|heck|fuck)\s+)?were\s+(?:you|u)\s+thinking\W*$"
    r"|(?:are|r)\s+(?:you|u)\s+(?:really\s+|just\s+|that\s+|so\s+|completely\s+|fucking\s+)?"
    r"(?:stupid|dumb|an?\s+idiot|an?\s+moron|retarded|deaf|brain\s*dead|useless|pathetic)\b"
    r"|how\s+dare\s+(?:you|u)\b|how\s+could\s+(?:you|u)(?:\s+(?:do|say|lie|be\s+so)\b|\W*$)"
    r"|what\s+kind\s+of\s+(?:an?\s+)?(?:idiot|moron|person|man|woman|partner|boyfriend|"
    r"girlfriend|husband|wife)\s+(?:are|r)\s+(?:you|u)\b"
    r"|(?:have|did)\s+(?:you|u)\s+lost\s+(?:your|ur)\s+mind\b"
    r"|why\s+(?:are|r)\s+(?:you|u)\s+(?:always\s+|being\s+)?(?:so\s+|such\s+an?\s+)?(?:stupid|dumb|"
    r"useless|pathetic|lazy|selfish|childish|ridiculous|idiot|jerk|bitch)\b"
    # h-quest9: a reproach of what the other always does, asked: "why do you always do this
    # (to me)?", "why do you keep lying to me?", "why do you always have to ruin everything?",
    # "why can't you ever just listen?" (not "why do you always blame yourself?", "why do you
    # always have to be so hard on yourself?", "why do you always feel like that?")
    r"|why\s+(?:do|would|must|did)\s+(?:you|u)\s+(?:always|never|keep|constantly)\s+"
    r"(?:(?:have|need|got)\s+to\s+)?(?:do(?:ing)?|pull(?:ing)?|say(?:ing)?)\s+(?:this|that|it|shit|"
    r"crap|stuff\s+like\s+(?:this|that))(?:\s+to\s+(?:me|us))?\W*$"
    r"|why\s+(?:do|would|must|did)\s+(?:you|u)\s+(?:always|never|keep|constantly)\s+"
    r"(?:(?:have|need|got)\s+to\s+)?(?:ruin\w*|lie|lying|lie\s+to|ignor\w*|yell\w*|scream\w*|"
    r"interrupt\w*|embarrass\w*|humiliat\w*|nag\w*|criticiz\w*|criticis\w*|disrespect\w*|"
    r"(?:mess|screw)(?:ing)?\s+(?:it\s+|things\s+|everything\s+)?up|start(?:ing)?\s+(?:a\s+)?"
    r"(?:fights?|shit|drama)|mak(?:e|ing)\s+(?:me|everything|it\s+about\s+(?:you|u)\b)|blam(?:e|ing)"
    r"\s+me|turn(?:ing)?\s+(?:everything|it|this)\s+(?:around|on\s+me))\b"
    r"|why\s+(?:can['’]?t|won['’]?t|don['’]?t|couldn['’]?t)\s+(?:you|u)\s+(?:ever\s+|just\s+|for\s+"
    r"once\s+)*(?:listen(?:\s+to\s+me)?\W*$|shut\s+up|grow\s+up|leave\s+me\s+alone|do\s+"
    r"anything\s+right|act\s+(?:normal|your\s+age)|be\s+normal|get\s+it\s+through)"
    # h-quest10: a reproach about the writer's standing, asked indirectly: "I wonder if you
    # even care about me", "I wonder if you ever loved me", "I wonder if you're tired of me",
    # "I wonder why you even bother" (the wondering that keeps its question: "I wonder if you
    # still think about it", "I wonder if you're tired of all of it", "I wonder how you're
    # holding up")
    r"|i(?:['’]?m|\s+am|\s+was|['’]?ve\s+been|\s+have\s+been)?\s+(?:just\s+|really\s+|honestly\s+|"
    r"sometimes\s+)?(?:wondering|wonder|curious)(?:\s+about)?,?\s+(?:"
    r"(?:if|whether|why)\s+(?:you|u)\s+(?:(?:even|ever|still|actually|really)\s+)+(?:care|cared|"
    r"love|loved|want|wanted|think\s+about|thought\s+about|notice|noticed|listen|miss|missed|"
    r"give\s+a\s+(?:damn|shit|crap))\b(?:\s+(?:about|for|to|of))?\s+(?:me|us|what\s+i)\b"
    r"|(?:if|whether)\s+(?:you|u)(?:['’]?re|\s+are|\s+r|['’]?ve\s+been|\s+have\s+been)\s+(?:just\s+|"
    r"already\s+|getting\s+|even\s+)*(?:tired|sick|bored)\s+of\s+(?:me|us)\b"
    r"|why\s+(?:you|u)\s+(?:even\s+)?bother\b)"
    # h-quest11: the writer's own hurt put to the other as a question, a reproach: "how do you
    # think that makes me feel?", "how would you feel if I did that to you?", "do you even care
    # how I feel?", "have you ever thought about how I feel?" (the inner life asked about is
    # the writer's: not "how do you think that made your sister feel?", "how would you feel if
    # I came with you?", "do you ever think about your dad?")
    r"|how\s+(?:do|did|would|does)\s+(?:you|u)\s+think\s+(?:that|this|it|(?:all\s+)?of\s+this)\s+"
    r"(?:makes|made|would\s+make|make)\s+me\s+feel\b"
    r"|how\s+would\s+(?:you|u)\s+(?:feel|like\s+it)\s+if\s+i\s+(?:did|said|pulled|treated|"
    r"lied\s+to|cheated\s+on|ignored|yelled\s+at)\s+(?:that|this|the\s+same|it|you|u)\b"
    r"|do\s+(?:you|u)\s+even\s+(?:care|know|notice|realize|realise)\b(?:\W*$|[^?]*\b(?:me|i|my)\b)"
    r"|(?:have|do|did)\s+(?:you|u)\s+(?:ever|even)\s+(?:once\s+)?(?:think|thought|consider\w*|care|"
    r"cared|wonder\w*)\s+(?:about\s+)?(?:how\s+i\s+(?:feel|felt)|how\s+(?:this|that|it)\s+(?:makes|"
    r"made)\s+me\s+feel|my\s+feelings|what\s+i\s+(?:feel|felt|want|need|go\s+through|went\s+"
    r"through))\b)",
    re.IGNORECASE,
)
#: a question that absolves (h-quest8): reassurance in the asking form, whose answer is "no
#: one" or "you couldn't" ("How could you have known?", "how were you supposed to know?",
#: "who could blame you?", "how is that your fault?", "who wouldn't be upset?", "what more
#: could you have done?"): never an exploration, whatever cue its words carry (not "how did
#: you find out?", "how did you know he was lying?", "what else could you do?"). Chinese rows
#: have no sentence kinds: 你怎么可能知道呢, 这怎么能怪你 read no exploration cue (tests)
ABSOLVE = "absolve"
_ABSOLVE = regex(
    r"\W*(?:(?:oh|ok(?:ay)?|so|and|but|well|honestly|seriously|i\s+mean|come\s+on|hey|look|"
    r"listen|honey|hun|babe|love|sweetie|dear)\W+)*(?:"
    r"how\s+(?:could|would|should|were|was)\s+(?:you|u|anyone|anybody|any\s+of\s+us|one|we|i)"
    r"(?:\s+(?:possibly|ever|really|even|honestly|supposed\s+to|meant\s+to|expected\s+to|have))*"
    r"\s+(?:known|know|guessed|guess|predicted|predict|foreseen|foresee|expected|expect|"
    r"(?:seen|see)\s+(?:it|that|this)\s+coming|stopped|stop|prevented|prevent)\b"
    r"|who\s+(?:could|would|can)\s+(?:ever\s+|really\s+)?(?:blame|fault|judge)\s+(?:you|u)\b"
    r"|how\s+(?:could|can|would)\s+(?:anyone|anybody|one|they|he|she|i|we)\s+"
    r"(?:possibly\s+|ever\s+|really\s+|even\s+)?(?:blame|fault|judge)\s+(?:you|u)\b"
    r"|how\s*(?:is|was|['’]s|could|would|can)\s+(?:that|this|it|any\s+of\s+(?:this|that|it))"
    r"(?:\s+(?:possibly|ever|really|even))?(?:\s+(?:be|have\s+been))?\s+(?:your|ur)\s+fault\b"
    r"|who\s+(?:could|would)\s+(?:ever\s+)?have\s+(?:known|guessed|predicted|foreseen|expected|"
    r"thought|seen\s+(?:it|that|this)\s+coming)\b"
    r"|who\s+(?:wouldn['’]?t|would\s+not|couldn['’]?t)\s+(?:be|feel|get|have\s+(?:been|felt))\b"
    r"|what\s+(?:else|more)\s+could\s+(?:you|u|anyone|anybody|one|we)\s+(?:possibly\s+)?"
    r"have\s+done\W*$)",
    re.IGNORECASE,
)
#: a statement closed by a tag that asks for agreement (h-quest7): "It's not your fault,
#: right?", "you know his actions have little to do with you, right?", "he will consider
#: it, don't you think?": the writer's own view, not a question about the other (weak cues
#: in it are dropped, as in a retort); a question before the tag stays one ("are you okay,
#: yeah?"), and a restatement with a tag stays a restatement ("You're feeling guilty, right?")
TAG = "tag"
_TAG = regex(
    r"(?:,\s*(?:right|isn['’]?t\s+(?:it|that|he|she)|aren['’]?t\s+(?:you|u|they)|wasn['’]?t\s+"
    r"(?:it|that)|no|yeah|huh|you\s+know)|(?:,\s*|\s+)(?:don['’]?t\s+(?:you|u)\s+think|"
    r"wouldn['’]?t\s+(?:you|u)\s+(?:say|agree)))\s*\?[?!]*\s*$",
    re.IGNORECASE,
)
#: the other's state, checked with a tag: "You're okay now, right?", "you ok, yeah?", "you're
#: feeling better, right?" stay questions about the other (with :data:`_INNER_LIFE`)
_STATE = regex(
    r"\b(?:you|u)(?:['’]re|\s+are|\s+r)?\s+(?:(?:really|doing|feeling|all|still|now|going\s+to\s+be)\s+)*"
    r"(?:ok|okay|alright|all\s+right|fine|safe|better|good|home)\b",
    re.IGNORECASE,
)
#: a condition in the inverted form (h-quest7): "Had you asked, I would have said yes",
#: "Were you to ask me, I'd say no", "Had you known before hand it might be of help": no
#: question, whatever its opener (not "Had you told anyone before", "Were you able to sleep")
_CONDITION = regex(
    r"\W*(?:had|were)\s+(?:you|u|i|he|she|they|we)\b[^?\n]*?"
    r"(?:\b(?:would|might|could|wouldn['’]?t|couldn['’]?t)\b|\b(?:i|you|u|we|he|she|they)['’]d\b)",
    re.IGNORECASE,
)
#: "how many / how much": a booking's count or a price ("how many people for the table?",
#: "how much do you want to spend?"), an offer; unless it asks about the other's life
#: (:data:`_LIFE`): "how many kids do you have?", "how long ago did your dad pass",
#: "how much time do you get with your family?" (h-quest3)
_HOW_MANY = regex(r"\bhow\s+(?:many|much)\b", re.IGNORECASE)
#: the other's people and the domains of their life (not of a booking): who they live and
#: work with, their work, school, health, home (h-quest3)
_LIFE_NOUN = (
    r"(?:partner|husband|hubby|wife|spouse|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|family|"
    r"parents?|mom|mum|mommy|mother|dad|daddy|father|kids?|children|child|sons?|daughters?|"
    r"brothers?|sisters?|siblings?|friends?|boss|manager|supervisor|co-?workers?|colleagues?|"
    r"job|work|workplace|office|company|school|college|uni|university|class(?:es)?|course|"
    r"teachers?|therapist|counsel+or|doctor|health|grand(?:ma|pa|mother|father|parents?)|"
    r"relationship|marriage|in-laws|roommates?|neighbou?rs?)"
)
_LIFE = regex(
    rf"\b(?:your|ur)\s+(?:(?:own|new|old|current|best|close|whole|little|older|younger|"
    rf"other)\s+)?{_LIFE_NOUN}\b"
    r"|\b(?:you|u)\s+(?:two|both|guys)\b|\b(?:married|together|dating|divorced|pregnant)\b"
    r"|\bhow\s+(?:many|much)\s+(?:close\s+|good\s+|real\s+|other\s+)?(?:friends|siblings|"
    r"brothers|sisters|kids|children|years|hours|time|times|jobs|classes|sleep|support)\b[^.!?\n]*\b(?:you|"
    r"u|he|she|they)\b"
    r"|\b(?:work|worked|working|live|lived|living)\s+(?:at|with|for|in)\s+(?:your|ur)\b"
    r"|\b(?:you|u)\s+(?:work|live)\s+(?:at|with|for)\b",
    re.IGNORECASE,
)
#: a booking's words: with them a "how many" question stays an offer ("how many children
#: will be staying with you?")
_BOOKING = regex(
    r"\b(?:stay(?:ing)?|nights?|rooms?|tickets?|seats?|table|guests?|adults?|travel\w*|joining|"
    r"dining|party|reservation|book\w*|rent(?:al|ing)?|order\w*)\b",
    re.IGNORECASE,
)
#: an open question about what happened in the other's story, with no person in it ("What
#: was the reason for the breakup?", "How did the talk with the landlord go?", "When did
#: this start?"): a wh-word and a past or story verb; read only after the other shared
#: something, as the question cue is (h-quest3). Not a question about a plan ("what's the
#: best part of town to stay in?", "what would make the trip cheaper?") nor about the writer
#: ("how do I ...", "what can I do ...": :data:`_FIRST_PERSON`)
_WH_STORY = regex(
    r"\W*(?:(?:and|so|oh|ok(?:ay)?|well)\W+)*(?:what|how|why|when|where|who)(?:['’]?s\s+been\b|"
    r"(?:\s+[a-z]+){0,2}?\s+(?:was|were|did|had|has|happened|made|makes|caused|causes|led|started|"
    r"began|changed|went)\b)[^.!?\n]*\?[?!]*\s*$",
    re.IGNORECASE,
)
#: a question to the other shorter than this is a challenge or an echo ("well did you?")
MIN_WORDS = 4
#: a short question about one of the other's people or their work, school or health
#: ("and your husband?", "how's your mom?", "how's school?", "any family nearby?"): a
#: question about their life, however short (h-quest3)
_SHORT_LIFE = regex(
    r"\W*(?:(?:and|so|oh|ok(?:ay)?|hmm+)\W+)?(?:how['’]?s\s+|how\s+(?:is|are)\s+|any\s+)?"
    rf"(?:(?:your|ur)\s+)?{_LIFE_NOUN}(?:\s+(?:nearby|around|close\s+by|there|now|doing|lately))?"
    r"\s*\?[?!]*\s*$",
    re.IGNORECASE,
)
#: a declarative restatement: "So it's the test anxiety that has been causing the stress."
_SO_RESTATEMENT = regex(
    r"^\W*(?:(?:ok(?:ay)?|oh|ah+|i\s+see|right)\W+)*so,?\s+(?:basically\s+|in\s+other\s+words,?\s+)?"
    r"(?:you|your|ur|it['’]?s|it\s+(?:is|was)|this\s+guy|"
    r"she|he|they|that['’]?s)\b",
    re.IGNORECASE,
)
#: a statement of what the replier takes in about the other: "I see you need ...", "I hear
#: that your boss ...", "I gather you've been ..." (not "I see you too", "I'll see you at 6")
_I_SEE_YOU = regex(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yeah|oh|ah+|well|right|hmm+)\W+)*i\s+(?:can\s+)?"
    r"(?:see|hear|gather)\s+(?:now\s+)?(?:that\s+)?(?:you|u|your|ur)\b"
    r"(?!\s+(?:too|as\s+well|soon|later|then|there|tomorrow|tonight|at|on|in)\b)",
    re.IGNORECASE,
)
#: the frame of :data:`_I_SEE_YOU` anywhere in a text (the cheap test before splitting it)
_I_SEE_ANYWHERE = regex(
    r"\bi\s+(?:can\s+)?(?:see|hear|gather)\s+(?:now\s+)?(?:that\s+)?(?:you|u|your|ur)\b"
)
#: closed-class words and the most common verbs: what is left of a sentence without them
#: is its content, which :func:`echoes` compares with the other's words
_FUNCTION_WORD = regex(
    r"(?:"
    r"a|an|the|and|or|but|if|so|to|of|in|on|at|for|with|from|by|as|into|over|after|before|"
    r"about|than|then|too|very|just|also|still|even|only|really|quite|pretty|much|many|lot|"
    r"lots|more|most|some|any|all|each|every|both|few|other|such|same|own|no|not|nor|is|are|"
    r"was|were|be|been|being|am|do|does|did|done|doing|have|has|had|having|will|would|shall|"
    r"should|can|could|may|might|must|get|got|gets|getting|go|goes|going|gone|went|i|me|my|"
    r"mine|myself|we|us|our|ours|you|your|yours|yourself|u|ur|he|him|his|she|her|hers|they|"
    r"them|their|theirs|it|its|itself|this|that|these|those|there|here|what|which|who|whom|"
    r"whose|when|where|why|how|yes|yeah|yep|ok|okay|oh|ah|well|like|now|right|sure|thing|"
    r"things|something|anything|nothing|everything|someone|anyone|everyone|one|know|think|"
    r"feel|feeling|felt|make|made|want|see|say|said|tell|told|seem|seems|sound|sounds|way|"
    r"time"
    r")"
)
_WORD = regex(r"[a-z]+(?:['’][a-z]+)?")


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The content words of ``text``: lower-cased words of three letters or more that are
    not function words (:data:`_FUNCTION_WORD`, read without a clitic: "you're" is "you"),
    with a plural, past, -ing or -ly ending taken off ("furloughed" and "furlough" match)."""
    out = set()
    for word in _WORD.findall(text.lower()):
        word = re.split(r"['’]", word, maxsplit=1)[0]
        if len(word) < 3 or _FUNCTION_WORD.fullmatch(word):
            continue
        for end in ("ing", "ed", "es", "ly", "s"):
            if len(word) > len(end) + 2 and word.endswith(end):
                word = word[: -len(end)]
                break
        out.add(word)
    return frozenset(out)


def echoes(sentence: str, heard: Iterable[str], least: int = ECHO_MIN) -> bool:
    """Whether ``sentence`` shares at least ``least`` (:data:`ECHO_MIN`) content words with
    the other's messages ``heard`` (:func:`content_words`), not counting plan, time or money
    words (:data:`_TASKY`: "So you want to pay the rent on Friday?" repeats a plan, not the
    other's story)."""
    said: set[str] = set()
    for text in heard:
        said |= content_words(text)
    shared = [w for w in content_words(sentence) & said if not _TASKY.search(w)]
    return len(shared) >= least


_SENTENCE = regex(r"[^.!?\n]*(?:[.!?]+|\n|$)")
_YOU_WORD = regex(rf"\b{_YOU}\b", re.IGNORECASE)
#: the word "so" (the restatement forms start with it)
_SO_WORD = regex(r"\bso\b")


def _to_you(sentence: str) -> bool:
    """One question with "you" in it: its end is a run of "?" and "!" holding a "?" ("how
    did you cope??", "what would you do then?!"), with no other end punctuation before it."""
    body = sentence.rstrip("?!")
    return (
        "?" in sentence[len(body) :]
        and not any(c in body for c in ".!?\n")
        and _YOU_WORD.search(body) is not None
    )


#: a question about the people or the events of the other's story ("What caused him to
#: do it?", "Does she have family there?", "Has this happened before?"): not about "it"
#: alone, which is as often the weather or a thing ("Is it going to rain?")
_ABOUT_THEIR_STORY = regex(
    r"\b(?:he|she|they|him|her|them|his|their|someone|somebody|anyone|anybody|things|"
    r"this\s+(?:happen|start|been|go)\w*|that\s+(?:happen|start|been|go)\w*|"
    r"there\s+(?:been|something|anything|a\s+reason)|(?:this|that)\s+(?:guy|girl|person|man|woman)|"
    # h-quest2: "how long has this been going on?", "has something like this happened before?"
    r"(?:this|that)\s+(?:has|had)\s+(?:been\s+(?:going|happening)|happened|started)|something\s+like\s+(?:this|that))\b",
    re.IGNORECASE,
)
#: "Was it a phone interview?", "Is that a big problem there?": a yes/no question about the
#: thing the other just told (read only after they shared something); matched at the start
_STORY_YES_NO = regex(
    r"\W*(?:(?:oh|ok(?:ay)?|so|and|i\s+see)\W+)*(?:(?:was|is|were)\s+(?:it|that)\s+(?:a|an|the|"
    r"what|because|something|someone|your|ur)\b"
    # h-quest2: "is this the first time ...", "was this something that built up"
    # h-quest3: "was this a sudden change", "is this an old problem"
    r"|(?:was|is)\s+this\s+(?:the\s+first|the\s+only|something|someone|a|an|new|because)\b)",
    re.IGNORECASE,
)
#: words that may stand between a question word and its auxiliary ("what else do you...",
#: "how long were you...", "what kind of work do you...")
_WH_MODIFIER = (
    r"(?:\s+(?:else|long(?:\s+ago)?|often|far(?:\s+(?:along|away))?|soon|old)|\s+(?:kind|sort|type)s?\s+of\s+[a-z]+"
    r"|\s+part\s+of\s+(?:it|this|that))?"
)
#: a chat question typed without "?": an inverted auxiliary or a wh-word and an
#: auxiliary at the start ("did you have any children between you", "when did this happen")
_BARE_QUESTION = regex(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|or|well|hmm+|oh|ah|i\s+see)\W+)*"
    r"(?:(?:do|does|did|is|are|was|were|has|have|had)(?:n['’]?t)?\s+(?:you|u|he|she|they|this|"
    r"that|there|your|ur|his|her|their|anyone|someone|things|it|anything|something|anybody|"
    r"somebody|everything)\b"
    # h-quest2: chat spellings ("r u close with your parents", "hows your mom doing",
    # "whats your relationship with him like")
    r"|r\s+(?:u|you)\b|(?:what|how|where|who)['’]?s\s+(?:your|ur|his|her|their|things|everything|"
    r"life|it\s+been|that\s+been|been)\b"
    r"|(?:would|could|can|will)\s+(?:you|u)\b"
    r"|(?:what|when|where|why|how|who)" + _WH_MODIFIER + r"\s+(?:do|does|did|is|are|was|were|has|"
    r"have|had|would|could|can|will|made|makes|caused|happened|brought|brings|keeps|kept|helps|"
    r"helped|led|leads|changed|got|gets|make)\b"
    r"|what\s+[a-z]+\s+(?:do|does|did|are|is|was|were|have|has|had)\s+(?:you|u|he|she|they|"
    # h-quest3: "what grade is your son in", "what year is your daughter in"
    r"your|ur)\b"
    # h-quest3: "how many kids do you have", "how many people work there" (an offer unless
    # it asks about the other's life: :data:`_HOW_MANY`)
    r"|how\s+(?:many|much)\s+(?:[a-z]+\s+){1,3}?(?:do|does|did|are|is|was|were|have|has|had|"
    r"work|live)\b"
    r"|how\s+come\s+(?:you|u|he|she|they)\b)",
    re.IGNORECASE,
)
#: a short yes/no question typed without "?" (h-mend2): a text that opens with an auxiliary
#: and you / he / she / they / it ("Are you married", "Was it sudden", "Has he apologized",
#: "did they help you."), in at most :data:`UNMARKED_MAX_WORDS` words, one sentence with no
#: "?", "!" or comma in it (a clause after a comma is the run-on reading's: "ok, did you
#: catch the match on sunday" is small talk): read as its "?" twin is
#: (:func:`question_form`). Not a negated opener
#: ("Aren't you sweet", "Isn't it funny how ...": often an exclamation) nor a statement
#: ("You are married", "It was sudden").
_UNMARKED_YES_NO = regex(
    r"\W*(?:(?:ok(?:ay)?|so|and|but|oh|hmm+|wait|well)\W+)*"
    r"(?:are|is|was|were|do|does|did|have|has|had|can|could|will|would|should)"
    r"\s+(?:you|u|he|she|they|it)\b[^?!.\n]*\.?\s*",
    re.IGNORECASE,
)
UNMARKED_MAX_WORDS = 8
#: the same for a question-word question (h-quest6): a question word, an auxiliary and a
#: person or the thing told ("what kind of work do you do", "how long were you two together",
#: "why is that", "when did this start"), "is there anyone you can talk to", and the short
#: turns "and you", "how so"; in at most :data:`UNMARKED_WH_MAX_WORDS` words, one sentence
#: with no "?", "!" or comma in it
_UNMARKED_WH = regex(
    r"\W*(?:(?:ok(?:ay)?|so|and|but|oh|hmm+|wait|well)\W+)*"
    r"(?:(?:what|how|why|when|where|who)" + _WH_MODIFIER + r"\s+(?:do|does|did|is|are|was|were|"
    r"have|has|had|can|could|will|would|should)\s+(?:you|u|he|she|they|it|your|ur|his|her|their|"
    r"this|that|things|everything)\b"
    r"|(?:is|was|are|were)\s+there\s+(?:anything|something|anyone|someone|anybody|somebody)\b"
    r"|(?:and|what\s+about|how\s+about)\s+(?:you|u|yourself)\s*$|how\s+so\s*$)"
    r"[^?!.\n]*\.?\s*",
    re.IGNORECASE,
)
UNMARKED_WH_MAX_WORDS = 12
#: the first letter either form can start with, after its non-word characters (the
#: fillers' o, s, a, b, h, w and the auxiliaries' and question words' a, i, w, d, h, c, s):
#: a text that does not start so is neither, read in one search, not two (h-speed34)
_UNMARKED_START = regex(r"\W*[abcdhiosw]", re.IGNORECASE)


def question_form(text: str) -> str | None:
    """``text`` with the "?" it was typed without, where it is a short yes/no question
    (:data:`_UNMARKED_YES_NO`: "Are you married" -> "Are you married?") or a short
    question-word question (:data:`_UNMARKED_WH`: "what kind of work do you do"); None
    otherwise. The reply layer reads English replies in this form
    (``reply.score_replies``), so a question reads the same with or without its mark."""
    if "?" in text or "," in text or len(text) > 100 or _UNMARKED_START.match(text) is None:
        return None
    if _UNMARKED_YES_NO.fullmatch(text) is not None:
        most = UNMARKED_MAX_WORDS
    elif _UNMARKED_WH.fullmatch(text) is not None:
        most = UNMARKED_WH_MAX_WORDS
    else:
        return None
    if len(text.split()) > most:
        return None
    return text.rstrip().rstrip(".") + "?"


#: a question in the asking form that the writer closed with a full stop or an ellipsis
#: ("Do you have someone you can talk to.", "what else has he said..."): an inverted
#: auxiliary or a wh-word and an auxiliary, then a person; not "Did you know that ...", a
#: pseudo-cleft ("What is important is ...", no person after the auxiliary) nor
#: "Do let me know"
_DOTTED_QUESTION = regex(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|or|well|hmm+|oh|ah|i\s+see)\W+)*"
    r"(?:(?:(?:do|does|did|are|is|was|were|have|has|had)(?:n['’]?t)?"
    r"|(?:what|when|where|why|how|who)" + _WH_MODIFIER + r"\s+(?:do|does|did|are|is|was|were|"
    r"have|has|had|would|could|will|can)"
    r"|(?:what|which)\s+[a-z]+\s+(?:do|does|did|are|is|was|were|have|has|had)"
    # h-quest2: "Would you say you are closer to her.", "Could you see yourself going back."
    r"|(?:would|could|can|will)(?=\s+(?:you|u)\b))"
    r"\s+(?:you|u|he|she|they|your|ur|his|her|their|things|everything|it|anything|something|anyone|"
    r"someone)\b(?!\s+know\b)"
    # h-quest2: "What's your relationship with him like now.", "r u close to her."
    r"|(?:r\s+(?:u|you)|(?:what|how|where|who)['’]?s\s+(?:your|ur|his|her|their|things|everything|"
    r"life|it\s+been|that\s+been))\b"
    # h-quest2: "Is there anyone you can talk to.", "Is this the first time she has done it."
    r"|(?:is|are|was|were|has|have)\s+(?:there\s+(?:anyone|anybody|someone|somebody|anything|"
    r"something|a\s+reason|any\s+\w+)|this\s+(?:the\s+first|the\s+only|something|someone))\b)",
    re.IGNORECASE,
)
#: a question asked indirectly, at the start of a sentence ("I was wondering what made her
#: pull away.", "I'm curious, how did you two meet", "Can I ask how long this has been going
#: on.", "Do you mind me asking what happened.", "Any idea why she stopped"): read as a
#: question whatever its end mark; a suggestion put this way ("I wonder if you could try
#: ...") stays a suggestion (:data:`_SUGGESTION` reads it)
_INDIRECT_QUESTION = regex(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|well|hmm+|oh|ah|i\s+see|also)\W+)*"
    r"(?:i(?:['’]?m|\s+am|\s+was|['’]?ve\s+been|\s+have\s+been)?\s+(?:just\s+|also\s+|really\s+)?"
    r"(?:wondering|wonder|curious)(?:\s+about)?,?\s+(?:if|whether|what|how|why|when|who|where)\b"
    r"|(?:can|may|could|might)\s+i\s+ask(?:\s+(?:you|u))?,?\s+(?:if|whether|what|how|why|when|who|"
    r"where)\b"
    r"|(?:do|would)\s+(?:you|u)\s+mind\s+(?:me\s+|if\s+i\s+)?ask(?:ing)?\b"
    r"|(?:i['’]?d|i\s+would)\s+(?:like|love)\s+to\s+(?:know|hear|understand)\s+(?:more\s+about\s+)?"
    r"(?:if|whether|what|how|why|when|who)\b"
    r"|any\s+idea\s+(?:why|what|how|who|when|if|whether)\b)",
    re.IGNORECASE,
)
_EXPLORATION = MECHANISMS.index("exploration")
_INTERPRETATION = MECHANISMS.index("interpretation")
_REACTION = MECHANISMS.index("reaction")

#: praise of how the other acts or who they are, in an interpretation frame ("It sounds
#: like you are doing what you can", "You seem like a very strong person"): affirmation,
#: warmth toward the other (EPITOME's reaction), not an understanding of a feeling
PRAISE = ReplyEntry(
    weight=0.6,
    example="It sounds like you are doing everything you can.",
    source="structure:en/praise",
    pattern=r"(praise)",
)
_PRAISE = regex(
    r"\b(?:you|u)(?:['’]?re|\s+are|\s+r|['’]?ve\s+been|\s+have\s+been)?\s+(?:doing|done|trying|"
    r"handling|managing)\s+(?:so\s+|really\s+|very\s+|an?\s+)?(?:great|good|amazing|well|"
    r"wonderful|fantastic|excellent|awesome|brilliant|(?:your|ur)\s+(?:very\s+)?best|all\s+"
    r"(?:that\s+)?(?:you|u)\s+can|what(?:ever)?\s+(?:you|u)\s+can|everything(?:\s+(?:that\s+)?"
    r"(?:you|u)\s+can)?|the\s+right\s+thing)\b"
    r"|\b(?:you|u)(?:['’]?re|\s+are|\s+r|\s+seem|\s+sound)\s+(?:like\s+)?(?:a|an|such\s+a)\s+"
    r"(?:really\s+|very\s+|truly\s+|real\s+)?(?:good|great|amazing|strong|kind|caring|wonderful|"
    r"thoughtful|brave|smart|resourceful|resilient|loving|determined)\s+(?:person|man|woman|"
    r"mom|mother|dad|father|parent|friend|partner|soul)\b|\bgo-getter\b"
    r"|\b(?:you|u)\s+(?:have|['’]ve\s+got|got|take|took|put|show|showed)\s+(?:a\s+lot\s+of|so\s+"
    r"much|great|real)\s+(?:pride|courage|strength|thought|heart|goodness|passion)\b"
    r"|\b(?:know|knew)\s+what\s+(?:you|u)(?:['’]?re|\s+are)\s+doing\b|\bon\s+top\s+of\s+"
    r"(?:this|it|things)\b|\bgood\s+head\s+on\s+(?:your|ur)\s+shoulders\b"
    r"|\b(?:a|such\s+a)\s+(?:great|good)\s+start\b|\bhow\s+much\s+(?:you|u)\s+care\b",
    re.IGNORECASE,
)
#: a feeling or a hardship named in the same sentence keeps the reading an interpretation
#: ("You are doing your best, and it must be exhausting")
_HARDSHIP = regex(
    r"\b(?:feel\w*|felt|hard|tough|difficult|rough|stress\w*|anxi\w*|worr\w*|sad|upset|hurt\w*|"
    r"lonely|alone|scar\w*|afraid|overwhelm\w*|frustrat\w*|angry|exhaust\w*|tired|struggl\w*|"
    r"pain\w*|depress\w*)\b",
    re.IGNORECASE,
)


#: a question in the asking form: an inverted auxiliary or a wh-word at its start
_ASKING = regex(
    r"\W*(?:(?:ok(?:ay)?|so|and|but|or|well|hmm+|oh|ah|i\s+see|i\s+understand)\W+)*"
    r"(?:do|does|did|are|is|was|were|have|has|had|would|will|can|could|what|how|why|when|"
    r"where|who)\b",
    re.IGNORECASE,
)


#: a question run on after a comma, in a sentence typed without "?" ("That sounds rough, do
#: you know what sets it off", "I'm sure it isn't, how long had you been together."): the
#: clause from the asking form on is read as the question
_RUN_ON = regex(
    r",\s+(?:(?:and|but|so|or)\s+)?(?=(?:do|does|did|are|is|was|were|have|has|had)\s+(?:you|u|he|"
    r"she|they)\b|(?:what|when|where|why|how|who)" + _WH_MODIFIER + r"\s+(?:do|does|did|are|is|was|"
    r"were|have|has|had|would|could|can|will)\s+(?:you|u|he|she|they)\b)",
    re.IGNORECASE,
)


#: "what happened" as the subject of a statement: "what happened to your brother is so
#: unfair", "What happened was awful." (a pseudo-cleft, not a question)
_WHAT_HAPPENED_WAS = regex(
    r"\W*(?:(?:and|but|so|well|oh)\W+)*what\s+(?:has\s+|had\s+)?happened(?:\s+(?:to|with|between|at|in)"
    r"\s+(?:your\s+\w+|the\s+\w+|\w+))?(?:\s+(?:there|then|before))?\s+(?:was|is|were|must|sounds|"
    r"seems|really)\b[^?]*$",
    re.IGNORECASE,
)
#: :data:`_DOTTED_QUESTION` at the start of any sentence of a text (the cheap test)
_DOTTED_ANYWHERE = regex(
    _DOTTED_QUESTION.pattern.replace("^", r"(?:^|(?<=[.!?\n]))", 1), re.IGNORECASE
)


#: :data:`_INDIRECT_QUESTION` at the start of any sentence of a text (the cheap test)
_INDIRECT_ANYWHERE = regex(
    _INDIRECT_QUESTION.pattern.replace("^", r"(?:^|(?<=[.!?\n]))", 1), re.IGNORECASE
)


#: a word that every :data:`_INDIRECT_QUESTION` holds (the cheapest test)
_INDIRECT_WORDS = ("wonder", "curious", "ask", "idea", "to know", "to hear", "to understand")
#: whether a lower-cased text holds one of :data:`_INDIRECT_WORDS` (anywhere, as ``in``
#: would find it), in one search
_HAS_INDIRECT_WORD = regex("|".join(re.escape(w) for w in _INDIRECT_WORDS))


def _may_have_kind(text: str) -> bool:
    """Cheap test before splitting ``text``: only a question, a sentence with the word "so", a
    sentence framed "I see / hear / gather (that) you" or a chat question typed without "?"
    can have a kind, and so can a question in the asking form closed with a full stop
    (:data:`_DOTTED_QUESTION`). A sentence without end punctuation is
    the last one of a line, so only those are tried for the chat question."""
    if "?" in text:
        return True
    low = text.lower()
    if "so" in low and _SO_WORD.search(low):
        return True
    if ("see" in low or "hear" in low or "gather" in low) and _I_SEE_ANYWHERE.search(low):
        return True
    for line in text.split("\n"):  # no "?" in it (above)
        last = line[max(line.rfind("."), line.rfind("!")) + 1 :]
        if last.strip() and _BARE_QUESTION.search(last):
            return True
    if _HAS_INDIRECT_WORD.search(low) and _INDIRECT_ANYWHERE.search(text) is not None:
        return True
    if "," in text and _RUN_ON.search(text) is not None:
        return True
    return "." in text and _DOTTED_ANYWHERE.search(text) is not None


#: what every text that :func:`_may_have_kind` says yes to holds (RE2, for
#: ``pyarrow.compute``; h-speed41): a "?"; an asking word (an auxiliary, alone or with
#: "n't", a question word, alone or with "'s", "would", "could", "can", "will", "r") at the
#: start of a sentence (after its non-word characters and the fillers of
#: :data:`_BARE_QUESTION` and :data:`_DOTTED_QUESTION`) or after a comma (:data:`_RUN_ON`);
#: the words "so", "see", "hear", "gather" (:data:`_SO_WORD`, :data:`_I_SEE_ANYWHERE`); one of
#: :data:`_INDIRECT_WORDS` anywhere. RE2's ``\W`` and ``\b`` are ASCII (a superset of
#: Python's non-word characters and boundaries there); a text with a character that
#: ``str.lower`` or ``re.IGNORECASE`` turns into an ASCII letter the fold of RE2 does not
#: give (İ, ı, ſ, the Kelvin sign) is always let through.
_KIND_GATE = (
    r"(?i:(?:^|[.!?\n])\W*(?:(?:ok(?:ay)?|so|and|but|or|well|hmm+|oh|ah|i\W+see)\W+)*"
    r"(?:(?:do|does|did|is|are|was|were|has|have|had)(?:n['’]?t)?|(?:what|how|where|who)(?:['’]?s)?"
    r"|when|why|which|would|could|can|will|r)\b"
    r"|,\W*(?:(?:and|but|so|or)\W+)?(?:do|does|did|are|is|was|were|have|has|had|what|when|where"
    r"|why|how|who)\b"
    r"|\b(?:so|see|hear|gather)\b|"
    + "|".join(_INDIRECT_WORDS)  # letters and spaces: the same words in RE2
    + r")|[?\x{130}\x{131}\x{17f}\x{212a}]"
)


def _may_have_kinds(texts: Sequence[str]) -> list[bool]:
    """Whether :func:`_may_have_kind` may say yes to each of ``texts``: False only where it
    says no (:data:`_KIND_GATE`, all texts in one RE2 pass: most chat lines hold none of
    it); all True where Arrow cannot take the texts (a lone surrogate). The column is built
    from its buffers (``arrownp.strings``: ``pa.array`` of a list would import pandas, ~0.2 s
    and ~30 MB, on the way)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from unmask.arrownp import numpy_of, strings

    if not texts:
        return []
    try:
        column = strings(texts)
    except (UnicodeEncodeError, pa.ArrowException):
        return [True] * len(texts)
    found: list[bool] = numpy_of(pc.match_substring_regex(column, _KIND_GATE)).tolist()
    return found


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` (its end punctuation included)."""
    out = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            out.append((start, end))
    return out


def _long(text: str) -> bool:
    """Whether ``text`` has :data:`LONG_SENTENCES` sentences of two words or more (an emoji
    or "ok." alone is no sentence here)."""
    # each sentence but the last ends at one of ".!?" or a line break (:data:`_SENTENCE`):
    # with fewer than two of them there are at most two sentences (h-speed34)
    if text.count(".") + text.count("!") + text.count("?") + text.count("\n") < LONG_SENTENCES - 1:
        return False
    count = 0
    for a, b in _sentences(text):
        if len(_ANY_WORD.findall(text[a:b])) >= 2:
            count += 1
            if count >= LONG_SENTENCES:
                return True
    return False


def _advised(text: str) -> bool:
    """Whether ``text`` asks ("?") and has a statement (a sentence without "?") that advises
    the other (:data:`_ADVICE`)."""
    if "?" not in text or _ADVICE.search(text) is None:
        return False
    return any(
        "?" not in text[a:b] and _ADVICE.search(text[a:b]) is not None for a, b in _sentences(text)
    )


def _sentence_at(text: str, start: int) -> str:
    """The sentence of ``text`` (:func:`_sentences`) that holds the position ``start``."""
    for a, b in _sentences(text):
        if a <= start < b:
            return text[a:b]
    return ""


def _kind(sentence: str) -> str:
    """ "suggestion", "restatement", "offer", "question" (to the other), :data:`RHETORICAL`,
    :data:`FIGHT`, :data:`ABSOLVE`, :data:`TAG` or "" for a sentence; :data:`ECHO` or
    :data:`ECHO_OR_OFFER` for one that is a restatement only when it echoes the other's words
    (:func:`apply` decides)."""
    end = sentence.rstrip()
    if _WHAT_HAPPENED_WAS.match(end):
        return ""
    if _FIGHT.match(end):
        return FIGHT
    if _ABSOLVE.match(end):
        return ABSOLVE
    if _RHETORICAL.match(end):
        return RHETORICAL
    if end and end[-1] != "?" and _CONDITION.match(end):
        return ""
    if (
        end
        and end[-1] not in ".!?"
        and (_BARE_QUESTION.search(sentence) or _INDIRECT_QUESTION.search(sentence))
    ):
        sentence = end + "?"
    elif end.endswith(".") and _DOTTED_QUESTION.search(end):
        sentence = end.rstrip(".") + "?"
    elif end and end[-1] in ".!" and _INDIRECT_QUESTION.search(end):
        sentence = end.rstrip(".!") + "?"
    elif "?" not in end and "," in end and (run_on := _RUN_ON.search(end)) is not None:
        sentence = end[run_on.end() :].rstrip(".!") + "?"
    if "?" not in sentence[len(sentence.rstrip().rstrip("?!")) :]:  # "?", "??", "?!", "!?"
        if (
            _SO_RESTATEMENT.search(sentence)
            and not _TASKY.search(sentence)
            and not _FIRST_PERSON.search(sentence)
        ):
            return "restatement"
        if _I_SEE_YOU.search(sentence):
            return ECHO
        return ""
    if (
        _SUGGESTION_ANYWHERE.search(sentence)
        or _RESOURCE.search(sentence)
        or (
            _SUGGESTION.search(sentence)
            and (_CHOICE.match(sentence) is None or _FOR_WRITER.search(sentence) is not None)
        )
    ):
        return "suggestion"
    if _RESTATEMENT.search(sentence):
        # plan, time or money words: a question about a plan, unless it echoes the other
        return ECHO_OR_OFFER if _TASKY.search(sentence) else "restatement"
    tag = _TAG.search(sentence)
    if tag is not None:
        body = sentence[: tag.start()]
        if not (_BARE_QUESTION.search(body) or _STATE.search(body) or _INNER_LIFE.search(body)):
            return TAG
    if (
        _OFFER_FAST.search(sentence)
        or _TASKY.search(sentence)
        or (
            _HOW_MANY.search(sentence) and (_BOOKING.search(sentence) or not _LIFE.search(sentence))
        )
    ):
        return "offer"
    if len(sentence.split()) >= MIN_WORDS and (
        _to_you(sentence.rstrip())
        or _ABOUT_THEIR_STORY.search(sentence)
        or _STORY_YES_NO.match(sentence)
    ):
        return "question"
    if _SHORT_LIFE.match(sentence):
        return "question"
    if (
        len(sentence.split()) >= MIN_WORDS
        and _WH_STORY.match(sentence)
        and not _FIRST_PERSON.search(sentence)
    ):
        return "question"
    return ""


#: requests for a service or an errand: "I'm looking for...", "I need a...", "can you book..."
_REQUEST = regex(
    r"\b(?:i['’]?m|i\s+am)\s+(?:also\s+|just\s+)?(?:looking|searching)\s+(?:for|to)\b|"
    r"\bi\s+(?:also\s+|just\s+)?(?:need|want|would\s+like|['’]d\s+like)\s+(?:a|an|the|some|to\s+"
    r"(?:book|find|get|reserve|eat|go|visit|know|leave|arrive|stay|make))\b|"
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:find|help|book|tell|recommend|give|get|"
    r"send|check|reserve|look)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = regex(r"\b(?:i|i['’]m|i['’]ve|i['’]d|me|my|myself|im|ive)\b", re.IGNORECASE)
#: message-level signals that mark the other's turn as task talk
TASK_SIGNALS = ("logistics", "transactional")


def no_request(texts: Sequence[str], langs: Sequence[str], rows: Iterable[int]) -> np.ndarray:
    """Per row: one of ``rows`` that is English (not Chinese) and no request for a service or
    an errand (what :func:`personal` reads of a context message besides its scores; the
    reply layer works it out for every context message while the scores are computed, by
    :func:`no_request_coded`)."""
    return no_request_coded(*_coded_rows(texts, langs, rows))


def _coded_rows(
    texts: Sequence[str], langs: Sequence[str], rows: Iterable[int]
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """What the ``*_coded`` readers take, found from the texts: the distinct texts of
    ``rows``, each row's index among them (per row of the table), which rows are Chinese,
    and ``rows`` as an array (the reply layer has the codes from the scorer)."""
    picked = np.fromiter(rows, dtype=np.int64)
    code = np.full(len(texts), -1, dtype=np.int64)
    distinct, inverse = distinct_texts([texts[r] for r in picked.tolist()])
    code[picked] = np.arange(len(picked)) if inverse is None else inverse
    is_zh = np.fromiter((lang == "zh" for lang in langs), dtype=bool, count=len(langs))
    return distinct, code, is_zh, picked


def no_request_coded(
    distinct: Sequence[str], code: np.ndarray, is_zh: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """:func:`no_request` where each row's text is known by its index among ``distinct``
    (``code``, per row of the table; ``is_zh``: which rows are Chinese): per row of the
    table, one of ``rows`` that is not Chinese and whose text holds no request, each distinct
    text searched once and the rows read through numpy."""
    out = np.zeros(len(code), dtype=bool)
    rows = rows[~is_zh[rows]]
    if len(rows) == 0:
        return out
    codes = code[rows]
    plain = np.zeros(len(distinct), dtype=bool)
    search = _REQUEST.search
    for c in unique(codes).tolist():
        plain[c] = not search(distinct[c])
    out[rows] = plain[codes]
    return out


def personal(
    texts: Sequence[str],
    langs: Sequence[str],
    message_scores: Mapping[str, np.ndarray],
    context: np.ndarray,
    replies: np.ndarray,
    plain: np.ndarray | None = None,
) -> np.ndarray:
    """Per row: a reply that is not task talk itself and whose context (the other's last
    messages) has an English message that is not task talk either (no logistics or money
    signal, no request for a service or an errand). The other's message need not say "I"
    or "my": "yeah but they're not helping with anything" is personal talk too (requiring
    the first person was measured and dropped in round 3, docs/responsiveness.md).

    ``plain``: :func:`no_request` of (at least) every context message of ``replies``, when
    the caller has it already."""
    n = len(texts)
    task = np.zeros(n, dtype=bool)
    for name in TASK_SIGNALS:
        if name in message_scores:
            task |= np.nan_to_num(np.asarray(message_scores[name], float), nan=0.0) >= 0.5
    out = np.zeros(n, dtype=bool)
    rows = replies[~task[replies]]
    if len(rows) == 0:
        return out
    ctx = context[rows]
    if plain is None:
        plain = no_request(texts, langs, unique(ctx[ctx >= 0]).tolist())
    not_task = plain & ~task
    # any of the row's context messages (-1: none, the appended False), a column at a time
    not_task = np.append(not_task, False)
    any_of = not_task[ctx[:, 0]]
    for k in range(1, ctx.shape[1]):
        any_of |= not_task[ctx[:, k]]
    out[rows] = any_of
    return out


Kinds = dict[int, list[tuple[int, int, str]]]


def sentence_kinds(texts: Sequence[str], langs: Sequence[str], rows: Iterable[int]) -> Kinds:
    """(start, end, kind) of each sentence with a kind (:func:`_kind`), for each of ``rows``
    that is not Chinese and may have one (an empty list when none has); the rows in order.
    :func:`apply` reads it for the replies it looks at; the reply layer works it out for
    every reply while the scores are computed, by :func:`sentence_kinds_coded`."""
    return sentence_kinds_coded(*_coded_rows(texts, langs, rows))


def _text_kinds(text: str, seen: dict[str, str]) -> list[tuple[int, int, str]] | None:
    """(start, end, kind) of each sentence of ``text`` with a kind; None when
    :func:`_may_have_kind` says none can have one (``seen``: the kinds of sentences read
    before)."""
    if not _may_have_kind(text):
        return None
    spans = []
    for a, b in _sentences(text):
        piece = text[a:b]
        kind = seen.get(piece)
        if kind is None:
            kind = seen[piece] = _kind(piece)
        spans.append((a, b, kind))
    return [s for s in spans if s[2]]


def sentence_kinds_coded(
    distinct: Sequence[str], code: np.ndarray, is_zh: np.ndarray, rows: np.ndarray
) -> Kinds:
    """:func:`sentence_kinds` where each row's text is known by its index among ``distinct``
    (``code``, per row of the table; ``is_zh``: which rows are Chinese): the kinds of each of
    ``rows`` that is not Chinese and may have one, the rows in order, each distinct text read
    once (:func:`_text_kinds`) and its rows found through numpy (rows with the same text
    share one list)."""
    rows = rows[~is_zh[rows]]
    codes = code[rows]
    seen: dict[str, str] = {}
    of_code: dict[int, list[tuple[int, int, str]]] = {}
    kept = unique(codes).tolist()
    # the texts that may have a kind, found for all at once: most have none (h-speed41)
    for c, maybe in zip(kept, _may_have_kinds([distinct[c] for c in kept]), strict=True):
        if not maybe:
            continue
        known = _text_kinds(distinct[c], seen)
        if known is not None:
            of_code[c] = known
    has = np.zeros(len(distinct), dtype=bool)
    has[list(of_code)] = True
    taken = has[codes]
    return dict(
        zip(
            rows[taken].tolist(),
            [of_code[c] for c in codes[taken].tolist()],
            strict=True,
        )
    )


def apply(
    found: list[list[Hit]],
    texts: Sequence[str],
    langs: Sequence[str],
    boosted: np.ndarray,
    personal: np.ndarray | None = None,
    known: Kinds | None = None,
    heard: Callable[[int], Sequence[str]] | None = None,
    *,
    praised: bool = False,
) -> None:
    """Edit the English hits ``found`` (one list per mechanism, ``MECHANISMS`` order) in
    place: drop exploration cues in restatement questions; on replies after a disclosure
    (``boosted``) or after the other wrote about themselves (``personal``), add restatement
    checks to interpretation and questions to the other to exploration.

    ``known``: :func:`sentence_kinds` of (at least) every row with a hit or with ``boosted``
    or ``personal`` set, when the caller has it already. ``heard(row)``: the other's
    messages that reply ``row`` answers (its context); without it no sentence echoes them
    (:data:`ECHO` sentences are then nothing, :data:`ECHO_OR_OFFER` ones offers).
    ``praised``: :func:`_praise_as_reaction` has moved ``found``'s praise already (the
    reply layer does it before the scores are read: it reads the hits and texts alone)."""
    asked = boosted if personal is None else boosted | personal
    if not praised:
        _praise_as_reaction(found, texts, langs)
    wanted = _wanted(found, texts, asked)
    if known is None:
        kinds = sentence_kinds(texts, langs, np.flatnonzero(wanted).tolist())
    else:
        kinds = _known_of(known, wanted)
    kinds, echoed = _resolve_echoes(kinds, texts, boosted, heard)
    if not kinds:
        return

    def where(hit: Hit) -> str:
        for a, b, kind in kinds.get(hit.row, ()):
            if a <= hit.start < b:
                return _UNECHOED.get(kind, kind)
        return ""

    def sentence(hit: Hit) -> str:
        for a, b, _ in kinds.get(hit.row, ()):
            if a <= hit.start < b:
                return texts[hit.row][a:b]
        return ""

    long_texts: dict[str, bool] = {}  # by text: chats repeat themselves

    def long(row: int) -> bool:
        text = texts[row]
        got = long_texts.get(text)
        if got is None:
            got = long_texts[text] = _long(text)
        return got

    advised_texts: dict[str, bool] = {}

    def advised(row: int) -> bool:
        text = texts[row]
        got = advised_texts.get(text)
        if got is None:
            got = advised_texts[text] = _advised(text)
        return got

    def kept_exploration(h: Hit) -> bool:
        kind = where(h)  # once per hit (a hit of a row without kinds: "")
        if kind == "restatement":
            return False
        weak = h.entry.weight < PRESENT
        if h.entry.weight < LONG_WEAK and (long(h.row) or advised(h.row)):
            asked = _sentence_at(texts[h.row], h.start)
            # h-quest8: a proposal put as a question is advice, whatever inner-life word it
            # holds (:data:`_DID_ASK`); a cue of LONG_WEAK or more still reads
            proposal = kind == "suggestion" and not _DID_ASK.match(asked)
            if "?" in asked and (proposal or not _INNER_LIFE.search(asked)):
                return False
        if kind == "suggestion" and weak and _WHY_NOT.match(sentence(h)):
            return False
        if kind == "suggestion" and weak and _RESOURCE.search(sentence(h)):
            return False
        if kind in (FIGHT, ABSOLVE):
            return False
        return not (kind in (RHETORICAL, TAG) and weak)

    def kept_interpretation(h: Hit) -> bool:
        kind = where(h)
        if kind == "question" and _ASKING.match(sentence(h)):
            return False
        return not (kind in ("suggestion", "offer") and h.entry.weight < PRESENT)

    found[_EXPLORATION][:] = [h for h in found[_EXPLORATION] if kept_exploration(h)]
    # "Do you feel like you can't act?", "What has made you feel anxious?": asking how the
    # other feels is exploration; only a statement of their feeling is interpretation. A
    # weak interpretation cue inside advice or an offer ("You could try the advice
    # bureau?") is not one either.
    found[_INTERPRETATION][:] = [h for h in found[_INTERPRETATION] if kept_interpretation(h)]
    explored = {
        h.row for h in found[_EXPLORATION] if h.entry.weight >= QUESTION_AFTER_PERSONAL.weight
    }
    for row, spans in kinds.items():
        text = texts[row]
        for a, b, kind in spans:
            if kind == "restatement" and asked[row]:
                entry = ECHO_RESTATEMENT if row in echoed and (a, b) in echoed[row] else RESTATEMENT
                found[_INTERPRETATION].append(Hit(row, entry, a, b, text[a:b]))
                break
        if asked[row] and row not in explored:
            for a, b, kind in spans:
                if kind == "question" and (
                    not (long(row) or advised(row)) or _INNER_LIFE.search(text[a:b])
                ):
                    entry = QUESTION_TO_YOU if boosted[row] else QUESTION_AFTER_PERSONAL
                    found[_EXPLORATION].append(Hit(row, entry, a, b, text[a:b]))
                    break


def _wanted(found: list[list[Hit]], texts: Sequence[str], asked: np.ndarray) -> np.ndarray:
    """The rows whose sentence kinds :func:`apply` reads: with an exploration hit, with an
    interpretation hit in a text that asks ("?"), or ``asked``."""
    wanted = asked.copy()
    wanted[[h.row for h in found[_EXPLORATION]]] = True
    wanted[[h.row for h in found[_INTERPRETATION] if "?" in texts[h.row]]] = True
    return wanted


def _known_of(known: Kinds, wanted: np.ndarray) -> Kinds:
    """The kinds of the ``wanted`` rows among ``known``'s, the rows in order (each known
    row looked up in the mask: a reply layer's few thousand, not a set of every asked row)."""
    rows = np.sort(np.fromiter(known, dtype=np.int64, count=len(known)))
    return {row: known[row] for row in rows[wanted[rows]].tolist()}


def _resolve_echoes(
    kinds: Kinds,
    texts: Sequence[str],
    boosted: np.ndarray,
    heard: Callable[[int], Sequence[str]] | None,
) -> tuple[Kinds, dict[int, set[tuple[int, int]]]]:
    """``kinds`` with each :data:`ECHO` / :data:`ECHO_OR_OFFER` sentence of a row that
    follows a disclosure (``boosted``) made a "restatement" where it echoes the other's
    messages (``heard``); and per row the (start, end) of the sentences made restatements.
    The other echo sentences keep their kind, which :data:`_UNECHOED` reads as what they
    are otherwise. The lists of ``kinds`` are not changed (rows with the same text share
    them)."""
    echoed: dict[int, set[tuple[int, int]]] = {}
    if heard is None:
        return kinds, echoed
    out = kinds
    for row, spans in kinds.items():
        if not boosted[row] or not any(k in _UNECHOED for _, _, k in spans):
            continue
        said = heard(row)
        resolved = []
        for a, b, kind in spans:
            if kind in _UNECHOED and said and echoes(texts[row][a:b], said):
                kind = "restatement"
                echoed.setdefault(row, set()).add((a, b))
            resolved.append((a, b, kind))
        if row in echoed:
            if out is kinds:
                out = dict(kinds)
            out[row] = resolved
    return out, echoed


#: the kinds of a question (:func:`_kind`) that ask nothing about the other's experience:
#: a proposal, a restatement check, an agreement tag, a retort, a reproach, an absolution
_ASKS_NOTHING = frozenset({"suggestion", "restatement", TAG, RHETORICAL, FIGHT, ABSOLVE})


def proposes_only(text: str) -> bool:
    """Whether every question ("?") of an English ``text`` is one that asks nothing about the
    other's experience (:data:`_ASKS_NOTHING`; a proposal that names the inner life, "Can you
    tell me what you feel ashamed about?", still asks): "Would you consider relocating?",
    "So you feel nobody listens?", "It's a lot, don't you think?". The couple model adds no
    ``inner_question`` to such a text (h-quest16; :data:`unmask.signals.couple_model.TEXT_GUARD`):
    the reply layer reads no exploration in it either. False for a text with no "?"."""
    if "?" not in text:
        return False
    for a, b in _sentences(text):
        piece = text[a:b]
        if "?" not in piece:
            continue
        kind = _kind(piece)
        if kind not in _ASKS_NOTHING or (kind == "suggestion" and _INNER_LIFE.search(piece)):
            return False
    return True


def _praise_as_reaction(found: list[list[Hit]], texts: Sequence[str], langs: Sequence[str]) -> None:
    """Move interpretation cues whose sentence praises the other (and names no feeling or
    hardship) to reaction, as one :data:`PRAISE` cue per row."""
    rows = {h.row for h in found[_INTERPRETATION] if langs[h.row] != "zh"}
    moved: dict[int, tuple[int, int]] = {}
    for row in rows:
        text = texts[row]
        if not _PRAISE.search(text):  # cheap test on the whole text first
            continue
        for hit in found[_INTERPRETATION]:
            if hit.row != row or row in moved:
                continue
            for a, b in _sentences(text):
                if a <= hit.start < b:
                    sentence = text[a:b]
                    if _PRAISE.search(sentence) and not _HARDSHIP.search(sentence):
                        moved[row] = (a, b)
                    break
    if not moved:
        return
    keep = []
    for hit in found[_INTERPRETATION]:
        span = moved.get(hit.row)
        if span is not None and span[0] <= hit.start < span[1]:
            continue
        keep.append(hit)
    found[_INTERPRETATION][:] = keep
    for row, (a, b) in moved.items():
        found[_REACTION].append(Hit(row, PRAISE, a, b, texts[row][a:b]))
