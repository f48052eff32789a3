"""Sales-pitch policy: a weighted-signal scorer for threads, replies and contact requests.

The forum exists so that executives can talk without being sold to. Every post is scored before it
is published: each signal found (a booking link, "DM me", a price for one's own product...) adds
evidence, context (a pricing question, a vendor comparison, lessons told in the past tense, "not
selling anything") weakens the signals it explains, and the post is held when the evidence passes
HOLD_THRESHOLD. Held posts are never dropped; the author sees the reasons, so every reason is a
plain sentence with the words that triggered it.

Pure Python on purpose: no Flask, no database, no ML library. Signals are named, weighted rules so
that a moderator can read why a post was held and a developer can see why a weight is what it is.

Two layers of rules. The phrase rules were fitted to tests/moderation/pitch_corpus.py and held only
half of the blatant pitches in fresh posts. The structural layer (_STRUCTURAL_RULES) describes the
shape of a pitch in English, French, Spanish, German, Dutch, Italian and Portuguese: a seller
identity ("our platform cuts", "we help CFOs", "I'm a fractional CRO", "nos clients"), a track
record ("we've scaled 40+ companies", "came to us with"), an offer (free audit, discount code,
"3 spots left", a price per seat or day), the writer's own channel (newsletter, podcast, course),
and an ask (hard: register, order, use code; soft: "happy to walk you through", "my inbox is
open", "if your team is considering..."). A link introduced as an action ("Details at x.com") is
lead capture; a bare problem question answered by the seller ("Payroll headaches? We fix them.") is
a hook; and a seller signal plus an ask adds a `pitch_pattern` finding, because that pairing, not
either half, is what a subtle pitch is. Contexts now also recognise hiring for one's own team,
buyers' past-tense experience ("we used", "we outsourced") and open sharing ("happy to answer
questions"). The same words are never counted twice for one signal.

Measured on tests/moderation/pitch_fresh.py (20 blatant / 20 subtle / 20 legit per set; blatant
held, subtle held, legit held), before the structural layer -> now:
- A, B (written first, tuned on): A 15/3/0 -> 20/19/0; B 11/4/0 -> 20/20/0.
- C, D (held out from round one): C 11/4/2 -> 20/17/3 and D 6/4/0 -> 13/7/0 when first measured.
  Their misses then guided a second round (C 20/19/1, D 20/18/0 now), so they are tuning data.
- E (written after round two, never tuned on): 7/3/1 -> 14/7/1 when measured; a later fix for
  double-counted spans made it 14/6/0.
The honest estimate for unseen posts is therefore about 70-85% of blatant and 30-60% of subtle
pitches held, with 0-8% false holds: short of the policy targets (95% / 80% / under 3%).
Known weaknesses: the rules are still wordings, so new vocabulary slips through (E's misses: a
phone number as the only ask, "no cure no pay", non-English first-person verbs not listed,
case-study teasers without an ask); a legitimate post about one's own company's report with a
link and "if anyone's curious" is held; long adversarial inputs are scanned linearly (about a
second for 50,000 characters), not truncated.

The learned half (pitch_model.py): a logistic regression over word unigrams/bigrams and these
rule signals, trained by scripts/train_pitch_model.py on every labelled post in tests/moderation
except the evaluation sets in pitch_eval.py (1,327 posts, 622 of them new in pitch_train.py). The
verdict is a hold when the rules hold (a blatant rule hit always holds) or when the model's
probability passes its threshold: 0.75, or 0.99 when context explained a rule signal away (a
pricing question, hiring, lessons...). The thresholds were chosen on cross-validated predictions
(at most 2% false holds) and then raised above every legitimate training post. The score is the
larger of the rule score and the model's probability mapped so that its threshold lands on
HOLD_THRESHOLD. When the model holds, a "sales_language" reason quotes its strongest phrases.
Measured on pitch_eval.py (written before training, never tuned on; 30 blatant / 30 subtle /
30 legit each), blatant held, subtle held, legit held:
- rules alone: EVAL_1 23/12/1, EVAL_2 22/16/0 (75% / 47% / 1.7%);
- model alone: EVAL_1 24/16/2, EVAL_2 25/19/1;
- combined:    EVAL_1 24/16/2, EVAL_2 25/20/1 (82% / 60% / 5%).
Still short of the policy targets (95% / 80% / under 3%). Known weaknesses: the model leans on
the rule features and on function words ("our", "the", "was"); non-English words skew towards
"pitch" because the non-English training posts are mostly pitches, so a neutral non-English post
with a few business words can be held; legit posts with a peer invitation ("reply here if you're
in the area", "message me" for spare tickets) are its false holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import pitch_model

HOLD_THRESHOLD: float = 0.5


@dataclass(frozen=True)
class PitchReason:
    signal: str
    text: str
    span: str


@dataclass(frozen=True)
class PitchAssessment:
    verdict: str
    score: float
    reasons: tuple[PitchReason, ...]

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "reasons": [
                {"signal": reason.signal, "text": reason.text, "span": reason.span}
                for reason in self.reasons
            ],
        }


@dataclass(frozen=True)
class _Rule:
    signal: str
    weight: float
    text: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Context:
    """Wording that explains away some signals; `factor` multiplies their weight."""

    name: str
    factor: float
    weakens: frozenset[str]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Finding:
    signal: str
    weight: float
    text: str
    span: str


# Apostrophes arrive straight or curly; every pattern below accepts both.
_A = "['’]"


# Contractions are written both ways ("we're", "we are"); patterns spell the short form.
_CONTRACTIONS = {
    "we{_A}re": r"we(?:{_A}re|\s+are)",
    "i{_A}m": r"i(?:{_A}m|\s+am)",
    "we{_A}ve": r"we(?:{_A}ve|\s+have)",
    "i{_A}ve": r"i(?:{_A}ve|\s+have)",
    "i{_A}ll": r"i(?:{_A}ll|\s+will)",
    "i{_A}d": r"i(?:{_A}d|\s+would)",
}


def _compile(*alternatives: str) -> re.Pattern[str]:
    joined = "|".join(f"(?:{alternative})" for alternative in alternatives)
    for short, both in _CONTRACTIONS.items():
        joined = joined.replace(short, both)
    # "{_A}" stands for either apostrophe.
    joined = joined.replace("{_A}", _A)
    # Every wording starts a word (or an amount): the lookahead rejects other positions at once,
    # which keeps the scan linear and cheap on long runs of spaces or punctuation.
    return re.compile(rf"(?<!\w)(?=[\w$€£])(?:{joined})(?!\w)", re.IGNORECASE)


def _rule(signal: str, weight: float, text: str, *alternatives: str) -> _Rule:
    return _Rule(signal, weight, text, _compile(*alternatives))


def _context(name: str, factor: float, weakens: Iterable[str], *alternatives: str) -> _Context:
    return _Context(name, factor, frozenset(weakens), _compile(*alternatives))


# --- Phrase signals -------------------------------------------------------------------------------
# Weights are the probability-like strength of one signal on its own. They combine as a noisy-OR,
# so two medium signals (a soft invitation plus a self-description as a vendor) pass the threshold
# while either alone does not: that pairing is what a subtle pitch looks like.

_PHRASE_RULES: tuple[_Rule, ...] = (
    # Hard calls to action: the post asks the reader to enter a sales process.
    _rule(
        "call_to_action",
        0.55,
        "Asks readers to book a demo or a sales call.",
        r"(?:book|schedule|request|grab|arrange|reserve|claim)\s+(?:a|an|your|my|one|the)?\s*"
        r"(?:free\s+|quick\s+|short\s+|live\s+|personali[sz]ed\s+|complimentary\s+|confidential\s+|"
        r"\d+[- ]?min(?:ute)?s?\s+)*"
        r"(?:demo|call|consultation|strategy\s+session|discovery\s+call|chemistry\s+call|slot|"
        r"meeting|tour|briefing|assessment|audit|walk-?through|consult|intro\s+call)",
        r"(?:link\s+to|here{_A}?s|check)\s+my\s+calendar",
        r"book\s+(?:here|directly|now|me|today)",
        r"(?:free|live|quick)\s+demo",
        r"see\s+it\s+in\s+action",
        r"hop\s+on\s+a\s+call",
        r"(?:grab|pick)\s+a\s+(?:slot|time)\s+on\s+my\s+calendar",
        r"here{_A}?s\s+my\s+calendar",
        r"let\s+me\s+know\s+a\s+good\s+time\s+for\s+a\s+(?:demo|call)",
        r"are\s+you\s+free\s+\w+\s+for\s+a\s+(?:quick\s+)?(?:demo|call|chat)",
    ),
    _rule(
        "call_to_action",
        0.5,
        "Asks readers to sign up, register or buy.",
        r"sign[- ]?up\s+(?:here|today|now|at|for)",
        r"(?:enrol+|register|apply|order|buy)\s+now",
        r"register\s+(?:here|today|at|online)",
        r"apply\s+(?:here|today|before|at|by)",
        r"subscribe\s+(?:free|here|now|today|at)",
        r"start\s+(?:your|a)\s+(?:free\s+)?trial",
        r"try\s+it\s+(?:free|for\s+free)",
        r"get\s+started",
        r"click\s+here",
        r"claim\s+(?:yours|it|your\s+\w+)",
        r"save\s+your\s+seat",
        r"(?:get|grab|claim|download)\s+your\s+(?:pass|ticket|free\s+copy|copy|custom\s+report|"
        r"free\s+\w+)",
        r"get\s+it\s+(?:at|here)",
        r"learn\s+more\s+and\s+apply",
        r"open\s+an\s+account",
        r"get\s+a\s+(?:free\s+)?quote",
        r"enquire\s+(?:at|now|today)",
        r"please\s+(?:check\s+out|upvote)",
        r"upvote\s+if",
        r"join\s+them",
        r"rsvp",
        r"request\s+(?:your|a)\s+(?:personali[sz]ed\s+)?demo",
        r"(?:secure|reserve|claim|grab|save|book|lock\s+in)\s+(?:yours|your\s+(?:spot|place|seat|"
        r"slot|ticket|pass|copy|discount|rate|price))",
        r"fill\s+(?:out|in)\s+(?:this|the|our|a|your)\s+(?:\w+\s+){0,2}(?:form|details)",
    ),
    _rule(
        "call_to_action",
        0.45,
        "Asks readers to message you privately.",
        r"dm\s+me",
        r"pm\s+me",
        r"message\s+me",
        r"email\s+me",
        r"call\s+(?:me|us)",
        r"contact\s+(?:me|us)",
        r"reach\s+(?:me|us)\s+(?:at|on|directly)",
        r"(?:send|shoot|drop)\s+me\s+(?:a|an|your)\s+(?:\w+\s+)?(?:dm|message|note|line|email|"
        r"statement|invoice|contract)",
        r"drop\s+(?:me|us)\s+a\s+line",
        r"my\s+dms\s+are\s+open",
        r"(?:anyone|everyone)\s+who\s+dms\s+me",
        r"i{_A}ll\s+(?:dm|send)\s+you\s+(?:our|my|the|it)",
        r"reply\s+(?:yes|here|below)\b",
        r"comment\s+\W?\w*\W?\s*(?:below|and\s+i{_A}ll)",
        r"link\s+in\s+(?:bio|my\s+profile)",
        r"leave\s+your\s+email",
        r"let{_A}s\s+connect\s+to\s+discuss",
        r"to\s+discuss\s+how\s+(?:we|i)\s+can\s+help",
        r"(?:let{_A}s|we\s+should)\s+(?:talk|chat)",
    ),
    # Soft invitations: harmless among peers, a pitch when the writer also sells the thing.
    _rule(
        "call_to_action",
        0.3,
        "Invites readers to contact you about your services.",
        r"(?:my|our)\s+(?:door|inbox|dms?|calendar)\s+(?:is|are)\s+(?:always\s+)?open",
        r"sounding\s+board\s+for",
        r"put\s+you\s+in\s+touch\s+with\s+(?:our|my)",
        r"intro(?:ductory)?\s+call",
        r"talk\s+(?:it|this)\s+through\s+(?:confidentially|privately)",
        r"(?:happy|glad)\s+to\s+give\s+you\s+a\s+second\s+opinion",
        r"you\s+know\s+where\s+to\s+find\s+me",
        r"(?:feel\s+free|don{_A}t\s+hesitate)\s+to\s+(?:reach\s+out|ping|message|contact|dm|email)",
        r"reach\s+out\s+if",
        r"ping\s+me",
        r"get\s+in\s+touch",
        r"let{_A}s\s+(?:connect|compare\s+notes)",
        r"i{_A}m\s+around",
        r"(?:happy|glad)\s+to\s+(?:chat|jump\s+on\s+a\s+call|hop\s+on\s+a\s+call|set\s+(?:you\s+)?up|"
        r"show|walk|give\s+(?:you|members|anyone)|do\s+a\s+complimentary|send\s+you\s+a\s+quote|"
        r"introduce\s+you\s+to\s+(?:our|my)|set\s+up\s+an\s+intro|talk\s+it\s+through|help\s+if|"
        r"make\s+your|have\s+a\s+quiet\s+word)",
        r"i{_A}d\s+be\s+(?:happy|glad)\s+to\s+(?:make|do|help|design|introduce|show)",
        r"i{_A}d\s+(?:gladly|happily)\s+send",
        r"(?:happy|glad)\s+to\s+send\s+(?:it|a\s+copy|you|a\s+signed)",
        r"i{_A}ll\s+(?:gladly\s+)?send\s+(?:it|you|over)",
        r"i\s+can\s+(?:set\s+(?:you\s+)?up|send\s+you|introduce\s+you|share\s+some\s+references|"
        r"design\s+and\s+facilitate)",
        r"would\s+love\s+to\s+(?:connect|explore|set\s+up|show|continue\s+the\s+conversation)",
        r"would\s+be\s+great\s+to\s+find\s+a\s+time",
        r"(?:worth|open\s+to)\s+a\s+(?:confidential\s+|quiet\s+)?conversation",
        r"let\s+me\s+know\s+if\s+(?:you(?:{_A}d)?\s+(?:want|like)|your\s+company\s+wants)",
        r"(?:reply|comment)\s+if\s+you{_A}d\s+like",
        r"if\s+you\s+want\s+(?:help|us\s+to|a\s+copy|the\s+(?:roadmap|details))",
        r"if\s+you\s+need\s+(?:help|boots|a\s+hand|cover)",
        r"in\s+case\s+anyone\s+needs",
        r"one[- ]on[- ]one",
        r"over\s+(?:a\s+)?(?:quick\s+)?(?:coffee|call|zoom)",
        r"(?:welcome|love)\s+the\s+chance\s+to",
        r"(?:happy|glad)\s+to\s+(?:review|take\s+a\s+look|look\s+at)\s+(?:yours|your)",
        r"second\s+pair\s+of\s+eyes",
        r"if\s+you\s+(?:ever\s+)?need\s+a\s+hand",
        r"(?:can|should)\s+ask\s+me",
        r"if\s+you\s+have\s+a\s+(?:deal|search|project|renewal)\s+coming",
        r"if\s+you{_A}re\s+(?:thinking\s+about|kicking\s+off|considering|planning|heading|"
        r"exploring|in\s+that|up\s+for|stepping|seeing\s+signs|dealing\s+with)",
        r"if\s+anyone{_A}?s?\s+(?:is\s+)?(?:interested|curious)",
        r"early\s+(?:\w+\s+)?access",
        r"would\s+you\s+like\s+to\s+join",
        r"watch\s+this\s+space",
        r"with\s+anyone\s+facing",
        r"we{_A}d\s+love\s+to\s+help",
        r"n{_A}h[ée]sitez\s+pas\s+[àa]\s+me\s+contacter",
        r"escr[íi]beme",
        r"por\s+privado",
        r"melden\s+sie\s+sich",
    ),
    # Multilingual hard calls to action (French, Spanish, German).
    _rule(
        "call_to_action",
        0.55,
        "Asks readers to book a demo or contact the company.",
        r"prenez\s+rendez[- ]vous",
        r"contactez[- ](?:nous|moi)",
        r"r[ée]servez",
        r"rejoignez\s+notre",
        r"inscription\s*:",
        r"schreiben\s+sie\s+mir",
        r"whatsapp\s+(?:me|us)",
        r"inscrivez[- ]vous",
        r"d[ée]mo\s+gratuite",
        r"agenda\s+una\s+llamada",
        r"solicita\s+una\s+demo",
        r"cont[áa]ct(?:anos|ame)",
        r"jetzt\s+(?:\w+\s+){0,3}buchen",
        r"termin\s+(?:buchen|vereinbaren)",
        r"vereinbaren\s+sie",
        r"kontaktieren\s+sie\s+uns",
        r"rufen\s+sie\s+uns\s+an",
        r"kostenlose[sn]?\s+(?:demo|erstgespr[äa]ch|beratung)",
    ),
    # Prices, discounts and offers for the writer's own product.
    _rule(
        "offer_price",
        0.4,
        "States a price for a product or service.",
        r"[$€£]\s?\d[\d,.]*\s*[km]?\s*(?:/|per\s+)\s*(?:user\s*/?\s*|seat\s*/?\s*)?"
        r"(?:month|mo|year|yr|user|seat|hour|hr|episode|day)",
        r"(?:starting\s+at|starts\s+at|start\s+at|from|only|just|price:?|priced\s+at|normally|"
        r"regular|is|packages\s+(?:start\s+at|from)|rates\s+start\s+at|fee\s+is|tuition)\s+"
        r"[$€£]\s?\d[\d,.]*",
    ),
    _rule(
        "offer_price",
        0.2,
        "Mentions a price.",
        r"(?:fixed\s+)?(?:fee|price|cost|rate)s?\s+(?:of|is|are|from)\s+[$€£]\s?\d[\d,.]*",
        r"[$€£]\s?\d[\d,.]*\s*[km]?\s+(?:per|a|an)\s+(?:\w+\s+)?(?:month|year|user|seat|board|"
        r"license|licence|head)",
    ),
    _rule(
        "offer_price",
        0.4,
        "Offers a discount or a free trial.",
        r"\d+\s?%\s*(?:off|discount|de\s+r[ée]duction|de\s+descuento|rabatt)",
        r"free\s+trial",
        r"(?:first|\d+|one|two|three)\s+months?\s+(?:is\s+)?free",
        r"free\s+for\s+\d+\s+days",
        r"no\s+credit\s+card",
        r"(?:free|complimentary)\s+(?:\w+\s+)?(?:consultation|assessment|audit|quote|session|"
        r"review|strategy\s+session|eligibility\s+check|account|copy|guide|ebook|benchmark|"
        r"report|pilot)",
        r"or\s+you\s+don{_A}t\s+pay",
        r"(?:we\s+guarantee|guaranteed\.)",
        r"money[- ]back",
        r"no\s+fee\s+unless",
        r"gift\s+card",
        r"giving\s+away",
        r"we{_A}re\s+offering",
        r"(?:we{_A}ll|we\s+will)\s+beat\s+your",
        r"(?:get|receive)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:data|report|copy)\s+free",
        r"black\s+friday",
        r"offre\s+sp[ée]ciale",
        r"profitez",
    ),
    _rule(
        "offer_price",
        0.45,
        "Pushes a limited-time or members-only offer.",
        r"limited\s+(?:spots|seats|time|offer|places)",
        r"seats\s+are\s+limited",
        r"space\s+is\s+limited",
        r"spots\s+are\s+(?:limited|going\s+fast)",
        r"\d+\s+(?:spots|seats|tickets|places)\s+left",
        r"offer\s+ends",
        r"last\s+call",
        r"(?:special|exclusive)\s+(?:rate|price|offer|launch\s+price|pricing)",
        r"early[- ]bird",
        r"founder\s+pricing",
        r"members\s+(?:of\s+this\s+\w+\s+)?(?:get|save|receive)",
        r"for\s+(?:members\s+of\s+this|this\s+group|forum\s+members)",
        r"first\s+\d+\s+(?:members|clients|people|companies)",
        r"priority\s+allocation",
    ),
    # Promotion of one's own firm, product or services.
    _rule(
        "self_promotion",
        0.4,
        "Promotes your own company's product or services.",
        r"(?:our|my)\s+(?:[\w-]+\s+){0,2}[\w-]*?(?:platform|product|software|tool|app|solution|"
        r"service|agency|firm|consultancy|practice|company|team|academy|desk|boutique)\s+"
        r"(?:now\s+)?(?:helps|help|does|delivers|cuts|reduces|automates|finds|handles|"
        r"speciali[sz]es|is\s+used|provides|offers|focuses|transforms|places|gives|covers|"
        r"accompagne|ayuda)",
        r"(?:we|i|also)\s+(?:also\s+|now\s+|actually\s+)?help\s+(?:\w+\s+){0,3}(?:like\s+(?:you|yours)|companies|businesses|firms|"
        r"ceos|cfos|ctos|cros|chros|boards|leaders|founders|teams|executives|manufacturers|"
        r"organi[sz]ations|clients)",
        r"(?:companies|firms|businesses|teams|people)\s+like\s+yours",
        r"(?:similar|other)\s+(?:\w+\s+)?(?:firms|companies)\s+like",
        r"for\s+other\s+(?:\w+\s+)?(?:firms|companies)",
        r"shameless\s+plug",
        r"at\s+(?-i:[A-Z]\w+)\s+we\s+(?:commit|guarantee|promise|deliver|help|offer)",
        r"(?:our|my)\s+(?:pricing|product|demo|signup|landing)\s+page",
        r"i\s+built\s+(?:a|an|the|my)\s+(?:\w+\s+){0,2}(?:app|tool|product|platform|software)",
        r"(?:full\s+)?disclosure,?:?\s+i{_A}?(?:m|\s+am)\s+(?:the\s+)?(?:founder|ceo|co-founder)",
        r"full\s+disclosure,?\s+i\s+run",
        r"i{_A}m\s+biased\s+since",
        r"toot\s+our\s+own\s+horn",
        r"(?:this|that){_A}?s?\s+(?:is\s+)?(?:exactly\s+)?what\s+(?:i|we|my\s+\w+|our\s+\w+)\s+"
        r"(?:do|does|provide|focuses|deliver|offer|build)",
        r"this\s+is\s+(?:the\s+work|what)\s+(?:we|my|our)",
        r"(?:the\s+core\s+of|the\s+thesis\s+behind|the\s+problem\s+we\s+focus\s+on)",
        r"we{_A}re\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:agency|firm|partner|consultancy|msp|provider|"
        r"vendor|brokerage|boutique)",
        r"notre\s+cabinet",
        r"nuestra\s+(?:empresa|firma)",
        r"unser(?:e)?\s+(?:plattform|team|firma|unternehmen)",
        r"wir\s+(?:unterst[üu]tzen|begleiten|helfen)",
        r"wir\s+haben\s+(?:über\s+)?\d+\s+unternehmen",
        r"notre\s+(?:soci[ée]t[ée]|entreprise|plateforme)",
    ),
    _rule(
        "self_promotion",
        0.3,
        "Describes your own firm's work for clients.",
        r"(?:our|my)\s+clients",
        r"for\s+(?:our\s+)?clients",
        r"on\s+behalf\s+of\s+clients",
        r"clients{_A}",
        r"(?:we|i)\s+(?:work|worked)\s+with\s+(?:a\s+lot\s+of|many|several|\d+)",
        r"(?:we{_A}ve|i{_A}ve|we\s+have|i\s+have|has|we)\s+(?:helped|placed|onboarded|defended|"
        r"negotiated|taken|coached|advised|trained|served|ghostwritten\s+for|worked\s+with|"
        r"implemented|done|run|led|facilitated|saved\s+clients|guided|supported|automated|closed)\s+"
        r"(?:over\s+|more\s+than\s+)?(?:[$£€]?\d[\d,.]*|a\s+dozen|dozens|hundreds|scores)",
        r"(?:we|i){_A}?(?:ve|\s+have)?\s+built\s+a\s+(?:methodology|framework|diagnostic|playbook)",
        r"(?:with|for)\s+(?:\w+[- ])?(?:\w+\s+)?clients",
        r"(?:saved|helped|serve|serving|advise|advising)\s+(?:our\s+)?clients",
        r"we\s+(?:run|do|provide|offer|perform)\s+(?:[\w-]+\s+){1,4}for\s+(?:[\w-]+\s+){0,3}"
        r"(?:deals|companies|clients|founders|boards|businesses)",
        r"our\s+customers",
        r"as\s+a\s+partner\s+at",
        r"i\s+(?:lead|run|own|founded|head)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:consultancy|agency|firm|"
        r"practice|boutique|advisory)",
        r"at\s+our\s+(?:academy|firm|agency|practice|consultancy|boutique)",
        r"(?:we|i){_A}?(?:ve|\s+have)\s+done\s+this\s+for",
        r"we\s+(?:do|run)\s+(?:this|these)\s+for",
        r"(?:my|our)\s+(?:coaching\s+|consulting\s+|advisory\s+)?(?:practice|consultancy|agency|"
        r"boutique|advisory|methodology)",
        r"i{_A}m\s+(?:a\s+|the\s+)?(?:co-?founder|founder|partner|principal|managing\s+partner)\s+"
        r"(?:at|of)",
        r"as\s+an?\s+(?:advisor|adviser|consultant|coach|fractional\s+\w+)",
        r"(?:the\s+)?(?:startups|companies|clients|firms|teams|founders|ceos)\s+we\s+"
        r"(?:support|serve|work\s+with|advise|help)",
        r"our\s+(?:solutions|sales|implementation|advisory|consulting|onboarding|migration)\s+"
        r"(?:team|lead|experts)",
        r"we\s+handle\s+(?:[\w-]+\s+){1,4}end\s+to\s+end",
        r"saves\s+(?:our\s+)?(?:clients|companies|customers)",
        r"at\s+my\s+firm",
        r"(?:our|my)\s+firm\b(?!{_A}s\s+approach)",
        r"our\s+team\s+at\s+\w+",
        r"(?:we|i)\s+(?:\w+\s+)?(?:productized|productised|spun\s+out|opened\s+it\s+up)",
        r"into\s+a\s+separate\s+company",
        r"we{_A}ve\s+been\s+working\s+on\s+something",
        r"what\s+we{_A}re\s+building",
        r"we\s+built\s+(?:ours|it|our)\b",
        r"(?:i|we)\s+(?:now|also)\s+(?:coach|advise|help|do\s+this|run|teach|offer|implement|"
        r"provide|deliver|work\s+with)",
        r"(?:approach|method|model)\s+we\s+(?:now\s+)?(?:implement|offer|sell|use\s+with\s+clients)",
        r"these\s+days\s+i\s+(?:advise|coach|help)",
        r"(?:now|i)\s+do\s+this\s+independently",
        r"launched\s+my\s+own",
        r"start\s+(?:our|my)\s+(?:firm|company|practice)",
        r"speaking\s+of\s+which",
        r"cheeky",
    ),
    _rule(
        "offer_services",
        0.4,
        "Offers your own services or availability for hire.",
        r"i{_A}?(?:m|\s+am)\s+available",
        r"i\s+have\s+(?:two|three|a\s+few|\d+)\s+openings",
        r"i\s+take\s+on\s+a\s+few",
        r"(?:capacity|room)\s+for\s+(?:one|two|three|\d+)\s+more",
        r"onboarding\s+\d+\s+new\s+clients",
        r"taking\s+on\s+(?:new|a\s+few)",
        r"(?:experienced|seasoned)\s+(?:fractional|interim)\s+\w+\s+available",
        r"book\s+me\s+for",
        r"looking\s+for\s+(?:channel\s+partners|\d+\s+(?:beta|pilot|design)|beta|investors)",
        r"join\s+our\s+(?:paid\s+)?(?:pilot|mastermind|program)",
        r"for\s+(?:several|many|a\s+few)\s+members\s+here",
    ),
    # Events, courses and content the writer runs.
    _rule(
        "event_promotion",
        0.45,
        "Promotes your own event, webinar or course.",
        r"(?:register|sign\s+up)\s+for\s+our",
        r"our\s+(?:webinar|conference|summit|masterclass|workshop|roundtable|retreat|offsite|"
        r"event|dinner|(?:\w+\s+)?program|(?:\w+\s+)?cohort)",
        r"my\s+(?:\w+\s+)?(?:course|masterclass|workshop|program|cohort|intensive)",
        r"i{_A}m\s+(?:running|hosting|teaching)\s+a\s+(?:[\w-]+\s+){0,2}(?:masterclass|workshop|course|"
        r"webinar|program|programme|cohort|retreat|bootcamp|intensive)",
        r"(?:next|fall|spring|new)\s+cohort",
        r"enrol(?:l)?ment\s+(?:for|opens)",
        r"(?:our|the)\s+booth",
        r"booth\s+\(?#?\d+",
        r"come\s+by\s+our",
        r"(?:we|our\s+\w+)\s+(?:host|is\s+hosting|are\s+hosting|will\s+host)",
        r"next\s+(?:open\s+)?(?:session|workshop|cohort|intake)",
        r"please\s+join\s+us",
        r"next\s+one\s+is",
        r"(?:ticket|pass)\s+at",
    ),
    _rule(
        "content_promotion",
        0.4,
        "Promotes your own newsletter, download, book or podcast.",
        r"download\s+(?:our|my|the|your|it)\b",
        r"subscribe\s+to\s+(?:my|our)",
        r"\d+k\s+(?:\w+\s+)?(?:subscribe|subscribers|readers|leaders|operators|ceos|cros|cfos)",
        r"join\s+\d+k",
        r"(?:in|to)\s+my\s+newsletter",
        r"every\s+(?:sunday|monday|week)\s+i\s+(?:send|write)",
        r"i\s+write\s+about\s+every",
        r"sunday{_A}s\s+edition",
        r"my\s+(?:new\s+)?(?:book|podcast|ebook|e-book|guide|newsletter)",
        r"new\s+episode",
        r"our\s+(?:new|latest|free)\s+(?:report|research|guide|ebook|e-book|whitepaper|benchmark|"
        r"playbook|study|survey|analysis|release)",
        r"(?:our|the)\s+(?:free\s+)?(?:whitepaper|ebook|e-book)",
        r"(?:grab|get)\s+(?:it|your\s+copy)\s+(?:at|here)",
        r"(?:just\s+)?dropped\s+our\s+new",
        r"we{_A}ve\s+written\s+about\s+this",
        r"on\s+(?:our|my)\s+(?:blog|site|website)",
        r"(?:read|see|watch)\s+(?:it|more)\s+here",
        r"(?:wrote|written)\s+up\s+(?:our|my)\s+(?:approach|framework|method|playbook)",
        r"our\s+annual\s+(?:survey|benchmark|report)",
        r"(?:in|read|see)\s+our\s+(?:\w+\s+)?(?:report|research|study|survey|guide)",
        r"our\s+research\s+(?:with|across|of|into)",
        r"a\s+(?:weekly|monthly|daily)\s+newsletter",
        r"i\s+(?:wrote|put\s+together|published|wrote\s+up)\s+(?:a|an|the|our)\s+(?:\w+\s+){0,2}"
        r"(?:piece|post|article|guide|ebook|checklist|framework|template|report|one-pager|"
        r"question\s+list|approach)",
        r"(?:a|an|our|my)\s+(?:short\s+|free\s+)?(?:ebook|e-book|whitepaper)",
        r"i\s+(?:go\s+deeper|write)\s+(?:on|about)\s+this",
        r"(?:a|our|my)\s+(?:online\s+)?course\s+for",
    ),
    # Contact requests that open a sales conversation.
    _rule(
        "sales_outreach",
        0.4,
        "Reads as a cold sales approach rather than a personal note.",
        r"i{_A}d\s+love\s+(?:\d+|a\s+few|fifteen|twenty)\s+minutes\s+to\s+(?:show|walk|share)",
        r"would\s+you\s+be\s+open\s+to\s+(?:exploring|a\s+(?:\d+[- ]minute|quick)\s+(?:call|demo))",
        r"explor(?:e|ing)\s+(?:a\s+)?(?:partnership|synergies|working\s+together)",
        r"synergies\s+between\s+our",
        r"(?:a\s+)?way\s+we\s+could\s+work\s+together",
        r"if\s+we{_A}re\s+a\s+fit",
        r"see\s+if\s+we\s+can\s+help",
        r"(?:add|adding)\s+(?:real\s+)?value\s+to\s+what\s+you",
        r"(?:i\s+)?(?:noticed|saw)\s+(?:that\s+)?(?:your\s+company|you{_A}re|you\s+(?:run|lead|are))",
        r"(?:might|could)\s+be\s+relevant\s+to\s+your\s+(?:team|business|company)",
        r"i\s+came\s+across\s+your\s+profile",
        r"thanks\s+for\s+accepting",
        r"great\s+to\s+be\s+connected",
        r"quick\s+intro",
        r"i{_A}m\s+reaching\s+out\s+because",
        r"wanted\s+to\s+introduce\s+(?:our|my)",
        r"understand\s+your\s+(?:\w+{_A}?s?\s+)?(?:priorities|infrastructure|needs)",
        r"i\s+lead\s+(?:growth|partnerships|sales|business\s+development)\s+at",
        r"as\s+mentioned,\s+we",
        r"do\s+you\s+have\s+(?:\d+|a\s+few|fifteen|twenty)\s+minutes",
    ),
)

# --- Structural signals ---------------------------------------------------------------------------
# The phrase rules above were fitted to the corpus and missed most unseen pitches. These describe
# the *shape* of a pitch instead, in six languages: who the writer is (a seller: "our platform
# cuts", "we help CFOs", "I'm a fractional CRO"), what they claim ("42 clients", "came to us
# with"), what they offer the reader (something free, a discount, scarcity, their own channel), and
# what they ask the reader to do (a soft or hard contact request). Each is weak on its own; a seller
# identity or claim plus an ask or an offer is what a pitch looks like. Matches that overlap a
# finding of the same signal from an earlier rule add nothing, so the two layers do not double
# count the same words.

_BUSINESS_NOUN = (
    r"(?:agency|studio|firm|practice|consultancy|boutique|platform|product|tool|software|app|"
    r"solution|service|offering|program|programme|dashboard|model|workflow|accelerator|brokerage|"
    r"team|company|startup|network|engine|system|desk|academy)"
)
_BENEFIT_VERB = (
    r"(?:helps?|gets?|cuts?|saves?|reduces?|finds?|tracks?|automates?|delivers?|places?|"
    r"replaces?|predicts?|guarantees?|handles?|fix(?:es)?|ships?|does|runs?|makes?|manages?|"
    r"prepares?|turns?|connects?|lets?|monitors?|protects?|speciali[sz]es|works\s+with|"
    r"is\s+doing|offers?|provides?|increases?|improves?|boosts?|eliminates?|doubles?|triples?|"
    r"investigates?|reviews?|audits?|designs?|supports?|advises?|serves?|solves?|negotiates?|"
    r"reaches|is\s+used\s+by|checks?|fills?|sources?|recruits?|pulls|"
    r"has\s+(?:caught|saved|helped|placed|delivered|rescued|audited|scaled|worked)|"
    r"(?:has\s+)?(?:already\s+)?(?:caught|saved|helped|placed|rescued|audited|scaled))"
)
_AUDIENCE = (
    r"(?:companies|clients|customers|firms|businesses|brands|teams|founders|ceos|cfos|cmos|ctos|"
    r"coos|cros|chros|cios|cisos|executives|execs|leaders|startups|scale-?ups|organi[sz]ations|"
    r"boards|smes|operators|marketers|agencies|managers|directors|vps|people|organisations|"
    r"manufacturers|retailers|funds|investors|lenders|schools|hospitals|practices|employers|"
    r"sellers|buyers|professionals|partners|importers|exporters|hospitals|clinics|health\s+systems|"
    r"plants|sites|stores|universities|tenants|landlords|families|entrepreneurs|owners|smbs)"
)
_OUTCOME_NOUN = (
    r"(?:companies|clients|customers|firms|businesses|brands|teams|founders|ceos|cfos|cmos|ctos|"
    r"executives|leaders|startups|scale-?ups|organi[sz]ations|boards|projects|rebrands|searches|"
    r"placements|implementations|migrations|turnarounds|transformations|engagements|stints|"
    r"mandates|rescues|deals|exits|audits|videos|campaigns|launches|websites|sites|clients|"
    r"hospitals|health\s+systems|plants|stores|sq\s+ft|square\s+feet|data\s+rooms|contracts|"
    r"importers|candidates|hires|roles)"
)

_STRUCTURAL_RULES: tuple[_Rule, ...] = (
    # Who is writing: a seller describing what their own business does for others.
    _rule(
        "self_promotion",
        0.3,
        "Describes what your own business does for its clients.",
        rf"(?:our|my)\s+(?:[\w-]+\s+){{0,2}}{_BUSINESS_NOUN}\s+(?:now\s+|also\s+|typically\s+|"
        rf"usually\s+|can\s+|will\s+|already\s+|actually\s+)?{_BENEFIT_VERB}",
        rf"(?:we|i)\s+(?:also\s+|now\s+|typically\s+|usually\s+|actually\s+|currently\s+|only\s+)?"
        rf"(?:help|run|manage|do|make|build|place|offer|provide|fix|design|deliver|support|coach|"
        rf"advise|facilitate|teach|train|implement|handle|rescue|audit|prepare|guide|redesign|"
        rf"rebuild|automate|serve|represent|partner\s+with|work\s+with|speciali[sz]e\s+in)\s+"
        rf"(?:[\w&+/,-]+\s+){{0,4}}?(?:for|with|at)\s+(?:over\s+|more\s+than\s+)?"
        rf"(?:\d[\d,]*\+?\s+)?(?:[\w-]+\s+){{0,2}}?{_AUDIENCE}",
        rf"(?:we|i)\s+(?!(?:were|was|had|did|used|tried|thought|think|believe|need|want|have|are|"
        rf"am|hired|bought|paid|got|went|found|saw|met|spent|lost|chose|asked|called)\b)"
        rf"(?![a-z]+ed\b)[a-z]{{3,}}\s+(?:[\w&+/,-]+\s+){{0,4}}?for\s+(?:over\s+|more\s+than\s+)?"
        rf"(?:\d[\d,]*\+?\s+)?(?:[\w-]+\s+){{0,2}}?{_AUDIENCE}",
        r"(?:we|i)\s+(?:provide|offer|do|deliver|run|sell|build)\s+exactly\s+(?:this|that)",
        r"that{_A}s\s+(?:exactly\s+)?(?:my\s+world|what\s+i\s+do|why\s+(?:we|i)\s+(?:built|started|"
        r"founded|created|only|offer|launched))",
        r"(?:this|that){_A}?s?\s+(?:is\s+)?(?:exactly\s+)?(?:the\s+(?:kind|sort|type)\s+of\s+"
        r"(?:thing|work|problem|project))\s+(?:that\s+)?(?:i|we|my|our)\b",
        r"(?:full\s+)?disclosure\W{0,3}\s*(?:i{_A}m|i\s+am|i\s+own|i\s+run|i\s+work|i\s+lead|we|my|"
        r"our|that{_A}s)",
        r"what\s+we{_A}ve\s+built",
        rf"(?:we|i){_A}?(?:ve|\s+have)\s+been\s+(?:piloting|working|partnering|testing|running\s+"
        rf"\w+)\s+(?:[\w-]+\s+){{0,3}}?with\s+(?:\d+|two|three|four|five|several|a\s+dozen|dozens\s+"
        rf"of)\s+(?:[\w-]+\s+){{0,2}}?{_AUDIENCE}",
        r"(?:our|my)\s+(?:fees?|rates?|pricing|retainer|day\s+rate)\b",
        r"(?:now\s+)?consult\s+(?:independently|full-?time|for\s+\w+)",
        # Multilingual first-person service verbs.
        r"(?:j{_A}accompagne|j{_A}aide|nous\s+(?:proposons|offrons)|je\s+(?:propose|conseille))",
        r"(?:ofrecemos|ofrezco|ayudo\s+a|acompa[ñn]o\s+a|asesoro\s+a)",
        r"ich\s+(?:begleite|unterst[üu]tze|berate|helfe)",
        r"(?:ik\s+(?:help|begeleid|adviseer)|(?:wij|we)\s+hebben\s+(?:\w+\s+){0,3}?\d+\s+\w+\s+"
        r"(?:begeleid|geholpen|ondersteund|geadviseerd))",
        r"(?:accompagno|affianco|offriamo|offro|aiuto\s+(?:le|gli|i)|accompagniamo)",
        r"(?:acompanho|oferecemos|ofere[çc]o|ajudo\s+(?:as|os|empresas))",
        r"(?:nossa|nosso)\s+(?:plataforma|software|servi[çc]o|empresa)\s+(?:reduz|ajuda|oferece|"
        r"automatiza|aumenta|elimina)",
        rf"(?:(?:we|i)\s+(?:also\s+|now\s+|only\s+)?|and\s+now\s+)(?:help|coach|advise|mentor|"
        rf"train|place|support|"
        rf"serve|represent|partner\s+with|work\s+with)\s+(?:[\w&+/-]+\s+){{0,3}}?{_AUDIENCE}",
        r"(?:we|i)\s+(?:make|build|design|write|produce|run|manage|handle|deliver)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:videos|websites|sites|campaigns|decks|content|ads|apps|payroll|audits|"
        r"searches|offsites|workshops)\s+(?:that|for|which)",
        r"i{_A}m\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:coach|consultant|advisor|adviser|recruiter|"
        r"headhunter|facilitator|speaker|broker|fractional\s+[\w-]+|interim\s+[\w-]+|"
        r"ghostwriter|trainer|mentor)",
        r"(?:fractional|interim)\s+(?:[\w-]+\s+){0,2}(?:available|for\s+hire)",
        r"(?:former|ex-?)\s*[\w-]+\s+turned\s+(?:advisor|adviser|consultant|coach|investor)",
        r"(?:i\s+went|went)\s+(?:fractional|independent|out\s+on\s+my\s+own)",
        r"(?:we{_A}re|we\s+are)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:agency|studio|brokerage|"
        r"consultancy|provider|firm|shop|integrator|msp|reseller|partner|software\s+company|"
        r"development\s+company)",
        r"at\s+our\s+(?:studio|agency|firm|practice|consultancy|boutique|shop)",
        r"(?:in|at)\s+my\s+(?:search|coaching|consulting|advisory|law|design|own)\s+"
        r"(?:practice|firm|business|work)",
        r"in\s+my\s+work\s+with\s+(?:\w+\s+)?(?:clients|executives|leaders|founders|ceos|teams)",
        r"(?:with|for)\s+(?:all\s+)?(?:my|our)\s+(?:[\w-]+\s+)?(?:clients|customers)",
        r"we\s+give\s+(?:our\s+)?clients",
        r"(?:our|my)\s+(?:customer|client)\s+base",
        # French, Spanish, German, Dutch, Italian, Portuguese.
        r"(?:notre|mon)\s+(?:cabinet|agence|plateforme|logiciel|studio|offre|[ée]quipe\s+accompagne)",
        r"nos\s+clients",
        r"j{_A}ai\s+(?:cr[ée]{1,2}|lanc[ée]|fond[ée]|ouvert)\s+(?:mon|ma|notre)\s+"
        r"(?:propre\s+)?(?:cabinet|agence|soci[ée]t[ée]|entreprise|activit[ée])",
        r"(?:nous\s+)?(?:accompagnons|aidons)\s+(?:les|des)",
        r"(?:nuestra|mi)\s+(?:consultora|firma|plataforma|agencia|soluci[óo]n|asesor[íi]a)",
        r"(?:nuestro|mi)\s+(?:despacho|estudio|software|servicio|bufete)",
        r"(?:nuestra\s+empresa|nuestro\s+equipo)\s+(?:ayuda|ofrece|automatiza|reduce|ha\s+ayudado)",
        r"nuestros\s+clientes",
        r"hemos\s+(?:acompa[ñn]ado|ayudado|asesorado|trabajado\s+con)",
        r"(?:ayudamos|asesoramos|acompa[ñn]amos)\s+a",
        r"wir\s+(?:unterst[üu]tzen|begleiten|helfen|bieten|beraten|betreuen|optimieren)",
        r"unser(?:e|em|en|er)?\s+(?:plattform|firma|kanzlei|agentur|l[öo]sung|software|beratung|"
        r"kunden|mandanten)",
        r"ich\s+bin\s+(?:\w+\s+){0,2}(?:interim-?\w*|berater\w*|coach|freelance\w*)",
        r"ons\s+(?:kantoor|bureau|platform)",
        r"onze\s+(?:klanten|dienstverlening|oplossing|software|diensten|opdrachtgevers)",
        r"wij\s+(?:helpen|begeleiden|verzorgen|bieten|ondersteunen)",
        r"werk\s+ik\s+(?:nu\s+)?als\s+(?:interim|zelfstandig|freelance)\w*",
        r"(?:il\s+)?nostro\s+(?:studio|corso|servizio|software|team\s+aiuta)",
        r"(?:la\s+)?nostra\s+(?:piattaforma|societ[àa]|agenzia|consulenza|soluzione|azienda\s+aiuta)",
        r"(?:abbiamo\s+aiutato|aiutiamo|i\s+nostri\s+clienti)",
        r"(?:a\s+)?nossa\s+(?:consultoria|plataforma|ag[êe]ncia|solu[çc][ãa]o|empresa\s+de\s+\w+)",
        r"(?:a\s+)?minha\s+(?:pr[óo]pria\s+)?(?:consultoria|empresa|ag[êe]ncia)",
        r"(?:o\s+)?nosso\s+(?:escrit[óo]rio|servi[çc]o|software)",
        r"(?:ajudamos|apoiamos|os\s+nossos\s+clientes)",
    ),
    # What is claimed: a track record or a result for clients, told to win the next one.
    _rule(
        "self_promotion",
        0.25,
        "Cites your own track record with clients.",
        rf"(?:we|i|our\s+[\w-]+|my\s+[\w-]+){_A}?(?:ve|\s+have|\s+has)?\s+(?:now\s+|already\s+)?"
        rf"(?:helped|scaled|rescued|placed|audited|delivered|built|run|coached|advised|rebuilt|led|"
        rf"supported|served|onboarded|trained|launched|saved|caught|stepped\s+in\s+at|done|"
        rf"worked\s+with|completed|shipped|produced|closed)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?\d[\d,.]*\+?\s*(?:[\w-]+\s+){{0,2}}?"
        rf"{_OUTCOME_NOUN}",
        r"(?:came|come|comes)\s+to\s+(?:us|me)\s+(?:with|after|because|when|for)",
        r"(?:after|from)\s+(?:coaching|advising|placing|helping|working\s+with|training|mentoring|"
        r"auditing|running)\s+(?:over\s+|more\s+than\s+)?\d[\d,]*\+?(?=\s)",
        r"(?:with|for)\s+(?:every|each)\s+(?:client|customer)",
        r"(?:is|are|went|goes)\s+(?:now\s+)?live",
        r"launch(?:ing|ed)\s+today",
        r"(?:how|where)\s+we\s+helped",
        r"we\s+helped\s+(?:a|an|one)\s+[\w-]+",
        r"case\s+study",
        r"swear\s+by",
        r"(?:trusted|used|loved|chosen)\s+by\s+(?:over\s+|more\s+than\s+)?\d[\d,.]*\+?",
        r"(?:early\s+)?(?:users|customers|clients|adopters)\s+(?:are\s+)?(?:seeing|see|report|saw)\s+"
        r"(?:an?\s+)?\d[\d,.]*\s?%?",
        r"how\s+(?:we|i)\s+(?:cut|saved|helped|grew|doubled|tripled|reduced|increased|got|took|"
        r"turned|rebuilt|fixed)\s+(?:a|an|one)\s+[\w-]+",
        r"(?:season|series)\s+\d+\s+of",
        r"\d(?:\.\d)?\s+stars",
        r"(?:average|avg\.?|on\s+average)\s+(?:of\s+)?\d[\d.,]*\s?(?:x|%)",
        r"\d+\s?%\s+of\s+(?:teams|clients|customers|participants|attendees)\s+say",
        r"\d[\d,]*\+?\s+(?:happy\s+)?(?:clients|customers)\b",
        r"(?:our|my)\s+(?:clients|customers|placements|students|members)\s+(?:ship|see|get|save|"
        r"report|average|have|grow|hit|keep|swear)",
    ),
    # What the reader is asked to do: contact the writer, in plain or soft words.
    _rule(
        "call_to_action",
        0.3,
        "Invites readers to contact you or take you up on an offer.",
        r"(?:happy|glad|keen|delighted|more\s+than\s+happy|always\s+happy)\s+to\s+(?:help|show|"
        r"walk|chat|jump|hop|set|run\s+(?:one|it|this)|give|take\s+a\s+look|compare\s+notes|"
        r"have\s+an?\s+(?:\w+[- ])?"
        r"(?:look|chat|call|conversation)|send|introduce|explain\s+how|discuss\s+how|"
        r"share\s+(?:our|my|the|a)\s+(?:[\w-]+\s+){0,2}?(?:template|checklist|framework|guide|"
        r"pricing|report|deck|playbook|sample|plan|model|process|methodology|approach|summary)|"
        r"share\s+(?:ours|mine))",
        r"(?:always\s+)?(?:up\s+for|open\s+to)\s+a\s+(?:[\w-]+\s+)?(?:conversation|chat|call)",
        r"(?:i{_A}m|we{_A}re)\s+(?:just\s+|only\s+)?a\s+(?:phone\s+call|message|call|dm|email|"
        r"click)\s+away",
        r"(?:my|our)\s+(?:door|inbox|dms?)(?:{_A}s|\s+is|\s+are)\s+(?:always\s+)?open",
        r"reach\s+out(?:\s+to\s+(?:me|us))?",
        r"(?:send|drop|shoot|give)\s+(?:me|us)\s+(?:a\s+)?(?:message|note|line|dm|pm|email|shout|"
        r"call|ring)",
        r"send\s+me\s+your\s+(?:current\s+)?\w+",
        r"(?:dm|pm)\s+(?:me\s+)?(?:for|to)\b",
        r"(?:dm|message|email|ping|contact|write\s+to)\s+(?:me|us)",
        r"(?:link|details|more)\s+in\s+(?:the\s+|my\s+)?(?:comments?|bio|profile|first\s+comment)",
        r"comment\s+(?:\W{0,2}[A-Z0-9]{2,}\W{0,2}\s+)?(?:below\s+)?and\s+i{_A}ll",
        r"if\s+(?:you{_A}re|you\s+are|anyone{_A}s|anyone\s+is|you{_A}d\s+be)\s+interested",
        r"(?:if|when)\s+interested",
        r"(?:if|should)\s+(?:you|anyone)(?:\s+(?:want|wants|wish|would\s+like)|{_A}d\s+like)\s+"
        r"(?:to\s+(?:see|learn|know|try|test|join|get|hear|explore)|(?:me|us)\s+to|"
        r"a\s+(?:copy|peek|look|demo|chat|call|second|hand|walkthrough)|help|our|"
        r"the\s+(?:details|template|checklist|deck|report|framework|playbook))",
        r"let\s+me\s+know\s+and\s+(?:i{_A}ll|we{_A}ll)",
        r"(?:reply|comment|write)\s+(?:here\s+|below\s+)?if",
        r"more\s+where\s+that\s+came\s+from",
        r"more\s+(?:info(?:rmation)?|details)\s+(?:on|at)\s+(?:our|my)",
        r"you\s+know\s+where\s+to\s+find\s+(?:me|us)",
        r"i{_A}ll\s+set\s+you\s+up",
        r"(?<!\bis\s)(?<!\bare\s)(?<!['’]s\s)(?:happy|glad|keen|more\s+than\s+happy)\s+to\s+(?!(?:answer|return|buy|hear|learn|be|"
        r"admit|say|read|see|host|report|pay|contribute|listen|add|join|discuss\s+(?:what|it)|"
        r"share)\b)[a-z]+",
        r"i{_A}d\s+love\s+to\s+(?:compare|chat|talk|connect|show|help|walk|swap)",
        r"let{_A}s\s+(?:swap|compare)\s+(?:notes|approaches|ideas)",
        r"hit\s+me\s+up",
        r"give\s+(?:me|us)\s+a\s+(?:shout|call|ring|buzz)",
        r"give\s+it\s+a\s+(?:listen|read|watch|try|spin)",
        r"(?:if|when)\s+you\s+need\s+(?:one|it|us|me|this|that|a\s+hand|help)",
        r"let\s+us\s+(?:do|handle|help|take|check|look|run|fix)",
        r"i{_A}ll\s+(?:show|walk|get)\s+you",
        r"(?:could|can|may)\s+i\s+(?:grab|get|have|borrow|steal|book)\s+(?:\d+|a\s+few|fifteen|"
        r"twenty|thirty|ten)\s+(?:minutes|mins)",
        r"to\s+show\s+you\s+how",
        r"call\s+(?:our|my)\s+(?:\w+\s+)?(?:desk|team|office|line|hotline|number)",
        r"(?:details|more|info|link)\s+(?:in|on)\s+(?:the\s+|my\s+)?(?:comments?|bio|profile|"
        r"website|site)",
        r"(?:sono|resto)\s+(?:disponibile|a\s+disposizione)",
        r"(?:heb\s+je\s+vragen|mocht\s+je)",
        r"(?:estoy|quedo)\s+a\s+(?:su|tu|vuestra)\s+disposici[óo]n",
        r"(?:je\s+reste|reste)\s+[àa]\s+(?:votre\s+)?disposition",
        r"stehe\s+(?:ihnen\s+)?(?:gerne\s+)?zur\s+verf[üu]gung",
        r"n{_A}h[ée]sitez\s+pas\s+[àa]\s+(?:m{_A}|nous\s+)\w+",
        r"next\s+time\s+you(?:{_A}re|\s+are)?\s+(?:hiring|looking|buying|planning|need|in\s+the\s+market)",
        r"keep\s+(?:us|me)\s+in\s+mind",
        r"i\s+can\s+(?:send|share|show|walk|set\s+you\s+up|introduce|run|help)",
        r"if\s+your\s+(?:[\w-]+\s+){0,3}?(?:would\s+benefit|needs?|wants?|could\s+use|"
        r"is\s+struggling|is\s+looking|is\s+wobbling|is\s+stuck|(?:is|are)\s+(?:thinking|considering|"
        r"planning|exploring|facing))",
        r"(?:see|find\s+out|explore)\s+(?:if|whether)\s+(?:i{_A}m|we{_A}re|there{_A}s|we\s+are)\s+a\s+"
        r"(?:good\s+)?fit",
        r"intro(?:ductory)?\s+(?:chat|meeting|session)",
        r"(?:we|i){_A}d\s+love\s+your\s+support",
        r"(?:dm|pm)\s+(?:me\s+)?for\s+(?:rates|pricing|prices|details|info|a\s+quote)",
        r"let{_A}s\s+(?:chat|talk|connect)",
        r"(?:worth|fancy)\s+a\s+(?:quick\s+)?(?:\d+[- ]minute\s+)?(?:look|chat|call)",
        # French, Spanish, German, Dutch, Italian, Portuguese.
        r"n{_A}h[ée]sitez\s+pas\s+[àa]\s+(?:me|nous)\s+\w+",
        r"(?:[ée]crivez|contactez)[- ](?:moi|nous)",
        r"(?:par|en)\s+(?:message\s+priv[ée]|mp)",
        r"dites[- ]moi",
        r"escr[íi]b(?:eme|idme|anme|anos|enos|idnos)",
        r"(?:por|en)\s+privado",
        r"encantad[oa]s?\s+de\s+(?:ayudar|hablar|charlar|compartir\s+experiencias)",
        r"no\s+dud(?:e|es|éis|en)\s+en",
        r"cont[áa]ct(?:eme|enos|ame|anos)",
        r"bei\s+interesse",
        r"gerne\s+melden",
        r"nachricht\s+an\s+(?:mich|uns)",
        r"sprechen\s+sie\s+(?:mich|uns)\s+an",
        r"neem\s+(?:gerust\s+)?contact\s+op",
        r"stuur\s+(?:me|mij|ons)\s+(?:gerust\s+)?een\s+bericht",
        r"scriv(?:etemi|imi|eteci)",
        r"contatt(?:atemi|ami|aci|ateci)",
        r"in\s+privato",
        r"entre\s+em\s+conta(?:c)?to",
        r"estou\s+[àa]\s+disposi[çc][ãa]o",
        r"fale\s+comigo",
        r"(?:me|nos)\s+(?:contacte|chame|escreva)",
    ),
    # Hard asks: sign up, register, buy, order, in six languages.
    _rule(
        "call_to_action",
        0.5,
        "Asks readers to sign up, register, order or request a demo.",
        r"(?:use|with|enter)\s+(?:the\s+)?(?:promo\s+|discount\s+)?code\s+(?-i:[A-Z0-9]{4,})",
        r"(?:promo|discount|coupon)\s+code",
        r"order\s+(?:it|your\s+copy|a\s+copy|now|today|on)",
        r"(?:listen|subscribe)\s+(?:and|&)\s+(?:subscribe|follow)",
        r"wherever\s+you\s+get\s+your\s+podcasts",
        r"(?:join|enrol|enroll|register|apply|sign\s+up)\s+(?:us\s+)?(?:today|now|at|here|via|"
        r"for\s+(?:our|my|the\s+next|a\s+spot|a\s+seat))",
        r"join\s+(?:them|us|\d[\d,]*\s+\w+)\s+(?:free|for|on|at|this|next|in)",
        r"(?:(?:request|get|claim|grab)\s+your|(?:request|claim|grab)\s+a)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:demo|quote|trial|audit|"
        r"assessment|consultation|pass|ticket|seat|spot|copy|proposal)",
        r"inscri(?:vez|s)[- ]vous",
        r"inscr[íi]b(?:ase|ete|anse|ir(?:se|te))",
        r"(?:p[íi]da|solicite|solicita|reserve|agende)\s+(?:su|tu|ya|hoy|una|un)\b",
        r"(?:jetzt|hier)\s+(?:\w+\s+){0,3}(?:anmelden|buchen|registrieren|vereinbaren|bestellen)",
        r"(?:schrijf|meld)\s+je\s+(?:nu\s+|hier\s+)?(?:in|aan)",
        r"vraag\s+(?:\w+\s+){0,5}?(?:offerte|demo|gesprek|adviesgesprek)\s+aan",
        r"(?:iscriviti|iscrivetevi|iscrizioni\s+aperte|prenota(?:te)?|richiedi)",
        r"(?:inscreva[- ]se|inscri[çc][õo]es\s+abertas|agende|marque\s+(?:j[áa]|uma))",
        r"(?:abonnez|inscrivez)[- ]vous",
    ),
    # What the reader is offered: something free or discounted, and soon.
    _rule(
        "offer_price",
        0.4,
        "Offers something free, discounted or scarce to win your business.",
        r"(?:free|complimentary|no[- ]obligation|no[- ]cost)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:audit|assessment|consultation|quote|comparison|trial|demo|session|call|check|review|pilot|analysis|"
        r"diagnostic|q&a|pass(?:es)?|tickets?|seats?|health[- ]?check|evaluation|chat|sample|"
        r"summary|masterclass|workshop|accounts?|proposal|benchmark|estimate)",
        r"(?:audit|d[ée]mo|consult(?:ation|a)|consulenza|beratung|sicherheits-?check|check|offerte|"
        r"diagn[óo]stico|sessione?|appel|entretien|webinaire?|webinar|comparaci[óo]n|"
        r"avalia[çc][ãa]o|evento|desayuno)\s+(?:\w+\s+)?(?:gratuit[oae]?s?|gratis|kostenlos|"
        r"vrijblijvend|sin\s+compromiso|sem\s+compromisso|sans\s+engagement)",
        r"(?:kostenlose[nmrs]?|gratuit[oae]?s?|gratis|vrijblijvende?)\s+(?:\w+-?)?(?:check|demo|"
        r"beratung|erstgespr[äa]ch|audit|webinar|offerte|consulenza|consulta|diagn[óo]stico|"
        r"sessione|avalia[çc][ãa]o)",
        r"\d+\s?%\s+(?:off|discount|korting|sconto|descuento|desconto|rabatt)",
        r"(?:sconto|descuento|desconto|korting|rabatt|remise|r[ée]duction)\s+(?:del?\s+|van\s+)?"
        r"\d+\s?%",
        r"waive\s+(?:the\s+)?(?:[\w-]+\s+)?fee",
        r"(?:\d+|one|two|three|six)\s+months?\s+(?:for\s+)?free",
        r"(?:a|your)\s+(?:free\s+)?(?:pilot|trial|test|demo|sandbox)\s+account",
        r"start\s+(?:your|a)\s+(?:[\w-]+\s+){0,2}trial",
        r"off\s+for\s+life",
        r"(?:first|the\s+first)\s+\d+\s+(?:subscribers|customers|sign-?ups|buyers|people|cmos|ceos|"
        r"cfos|ctos|members|clients|companies|teams|who|to)",
        r"(?:only\s+)?\d+\s+(?:spots?|seats?|places?|slots?|openings?|tickets?)\s+(?:only|left|"
        r"remain(?:ing)?|available)",
        r"only\s+\d+\s+(?:spots?|seats?|places?|slots?)",
        r"(?:one|a|\d+)\s+(?:spot|slot|place|opening)\s+(?:has\s+)?(?:just\s+)?(?:opened|freed|"
        r"become\s+available)",
        r"i\s+(?:have|{_A}ve\s+got)\s+(?:\w+\s+)?openings?",
        r"i\s+take\s+on\s+(?:\d+|a\s+few|two|three)\s+clients",
        r"(?:cupos|plazas|places|posti|vagas|pl[äa]tze|plaatsen)\s+(?:limitad[oa]s|limit[ée]es|"
        r"limitati|begrenzt|beperkt)",
        r"(?:set\s+aside|reserved)\s+(?:a\s+handful\s+of|\d+|some|a\s+few)\s+(?:\w+\s+)?"
        r"(?:passes|seats|tickets|spots|places)",
        r"(?:members|readers)\s+(?:here\s+)?(?:can|get|receive)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}?"
        r"(?:free|discount|\d+\s?%)",
        r"or\s+your\s+money\s+back",
        r"(?:member|members{_A}?|forum|community)\s+(?:rate|discount|price|pricing|deal)",
        r"(?:slots|spots|places|seats|applications|enrol+ment|registrations?)\s+(?:for\s+[\w-]+\s+)?"
        r"(?:\w+\s+){0,3}?(?:are\s+|is\s+)?(?:now\s+)?(?:open|opens|closes)",
        r"(?:experimente|pruebe|probeer|prova|essayez|testen\s+sie)\s+(?:\w+\s+)?(?:gr[áa]tis|gratis|"
        r"gratuitamente|gratuit|kostenlos)",
        r"(?:primera|primeira|première|prima|erste|eerste)\s+(?:\w+\s+)?(?:gratis|gr[áa]tis|gratuite?|"
        r"gratuita|kostenlos)",
        r"(?:zero|no)\s+upfront\s+(?:cost|fee|payment)",
        r"guarantees?\s+\d[\d,.]*\s?%?",
        r"now\s+(?:booking|taking|accepting|enrolling)",
        r"(?:taking|accepting)\s+(?:on\s+)?(?:new\s+)?(?:clients|bookings|applications|"
        r"engagements)",
        r"available\s+(?:immediately|now|from\s+next|\d+\s+days?)",
        r"ab\s+sofort\s+verf[üu]gbar",
        r"(?:disponible|disponibile|beschikbaar)\s+(?:de\s+inmediato|imm[ée]diatement|subito|"
        r"per\s+nuovi|direct|per\s+direct)",
    ),
    # A price for the writer's own offer, in any of the six languages.
    _rule(
        "offer_price",
        0.35,
        "States a price for your own offer.",
        r"(?:packages?|plans?|rates?|fees?|pricing|retainers?|membership|tuition|programs?|"
        r"tagessatz|tarifa|tarifs?|prix|prezzo|pre[çc]o|honorar)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:is|are|starts?|starting|from|of|ab|desde|[àa]\s+partir\s+de|a\s+partire\s+da)\s+"
        r"(?:at\s+|from\s+)?(?:just\s+|only\s+)?(?:[$€£]\s?\d[\d,.]*\s?[km]?|"
        r"\d[\d.,\s]{0,9}\s?(?:€|eur\b|euros?))",
        r"(?:[$€£]\s?\d[\d,.]*\s*k?|\d[\d.,]*\s?(?:€|eur\b|euros?))\s*(?:/|per|par|por|pro|al|a)"
        r"\s*(?:seat|session|day|jour|d[íi]a|tag|dag|giorno|hour|heure|hora|stunde|uur|ora|"
        r"episode|participant|person|head|attendee)",
        r"(?:flat|fixed|just|only)\s+(?:fee\s+(?:of\s+)?)?[$€£]\s?\d[\d,.]*\s?[km]?",
        r"(?:[$€£]\s?\d[\d,.]*\s*k?)\s*(?:/|per|a)\s*(?:month|mo)\b[^.!?\n]{0,60}"
        r"(?:free|off|trial|switch|sign|start)",
    ),
    # Any amount of money: weak alone, it adds up with an ask ("$750. DM me.").
    _rule("offer_price", 0.15, "Mentions a price.", r"[$€£]\s?\d[\d,.]*\s?[km]?"),
    # An ad's opening: a bare problem question answered at once by the seller ("Payroll
    # headaches? We fix them."). Real questions have a verb up front ("How do you...?").
    _rule(
        "sales_hook",
        0.25,
        "Opens with the reader's problem and answers it with your own offer.",
        r"your\s+(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:probably|likely|almost\s+certainly|costing\s+you)",
        r"(?:\A|(?<=[.!?\n])|(?<=[.!?\n]\s)|(?<=[.!?\n]\s\s))(?!(?:how|what|why|who|which|when|where|is|are|do|does|did|has|"
        r"have|can|could|should|would|will|was|were|anyone|any|has|hat|est|es|ist|qui|quel|"
        r"qu[ée]|c[óo]mo|cu[áa]l|wie|was|wer|welche|if|so|and|or|but|for|to|in|at|on|with)\b|"
        r"re\s*:)(?![^.!?\n]{0,60}\b(?:worth|normal|standard|fair|typical|enough|too|still|really|"
        r"real|good|bad|better|best|right|wrong|ok|okay|advice|recommend\w*|experiences?|thoughts|"
        r"ideas|anyone|you|vous|usted|ustedes|sie|jullie|voi|voc[êe]s?|combien|cu[áa]nto|quanto|"
        r"wie\s*viel|hoeveel)\b)[^.!?\n]{3,60}\?[ \t]*\n?[ \t]*"
        r"(?:we|our|i|i{_A}m|i{_A}ve|my|wir|nous|notre|nosotros|nuestra|nuestro|wij|ons|onze|noi|"
        r"il\s+nostro|la\s+nostra|n[óo]s|a\s+nossa)",
    ),
    # Content handed out in exchange for the reader's contact details.
    _rule(
        "lead_capture",
        0.35,
        "Asks for readers' email address in exchange for content.",
        r"(?:just\s+)?(?:needs|requires|for|in\s+exchange\s+for)\s+(?:just\s+)?(?:an|your)\s+"
        r"(?:work\s+|business\s+)?email",
        r"you{_A}ll\s+also\s+get\s+my",
        r"(?:get|receive)\s+my\s+(?:weekly|monthly|daily)",
    ),
    # What the writer runs: their own channel, event or course.
    _rule(
        "content_promotion",
        0.3,
        "Promotes your own newsletter, podcast, book, event or course.",
        r"(?:my|our)\s+(?:new\s+|weekly\s+|paid\s+|free\s+|latest\s+|next\s+|upcoming\s+|own\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:podcast|newsletter|book|course|masterclass|summit|conference|retreat|"
        r"bootcamp|cohort|mastermind|peer\s+groups?|circles|keynote|webinars?|breakfast|dinner|"
        r"program|programme)s?",
        r"(?:i|we)(?:{_A}ve|\s+have)?\s+(?:just\s+)?(?:launched|published|released|recorded|dropped|"
        r"started|created|put\s+together|written|built|completed)\s+(?:a|an|our|my|the)\s+"
        r"(?:[\w-]+\s+){0,6}?(?:podcast|newsletter|book|course|report|survey|guide|checklist|"
        r"playbook|whitepaper|e-?book|template|benchmark|framework|series|study|masterclass|"
        r"webinar|program|community)",
        r"\d[\d,.]*k?\+?\s+(?:readers|subscribers|listeners|followers|downloads|executives\s+read|"
        r"leaders\s+read|operators\s+read)",
        r"(?:read|reading)\s+(?:it|by)\s+\d[\d,.]*k?",
        r"(?:new\s+)?episode\s+(?:\d+|of\s+(?:my|our))",
        r"i{_A}m\s+(?:launching|hosting|running|organi[sz]ing|opening|starting|speaking\s+at\s+our)",
        r"we{_A}re\s+(?:launching|hosting|running|organi[sz]ing|opening)\s+(?:a|an|our|the\s+next)",
        r"i\s+(?:write|send|publish|break\s+down|host|record)\s+(?:[\w-]+\s+){0,4}?(?:every|each)\s+"
        r"(?:week|day|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        r"(?:each|every)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\s+i\s+"
        r"(?:write|send|break|share|publish)",
        r"i\s+(?:teach|run|host|offer|facilitate|do|give)\s+(?:a\s+few\s+|an?\s+)?(?:[\w-]+\s+)"
        r"{0,2}?(?:course|program(?:me)?|workshop|masterclass|cohort|retreat|bootcamp|talk|keynote|"
        r"offsite)s?",
        r"(?:on|at|to)\s+amazon",
        r"(?:j{_A}ai\s+lanc[ée]|he\s+lanzado|ho\s+lanciato|lancei|ich\s+habe\s+\w+\s+gestartet)",
        r"(?:notre|nuestro|nuestra|unser(?:e|en)?|ons|onze|il\s+nostro|la\s+nostra|o\s+nosso|"
        r"a\s+nossa)\s+(?:nouveau\s+|nuevo\s+|neues?\s+|nieuwe?\s+|nuovo\s+|novo\s+)?(?:webinaire?|"
        r"webinar|podcast|newsletter|evento|événement|desayuno|corso|curso|cours|livre|libro|buch|"
        r"whitepaper|livro)",
        r"(?:wir\s+haben|hemos|nous\s+avons|abbiamo|publicamos|we\s+hebben)\s+(?:\w+\s+){0,2}"
        r"(?:whitepaper|e-?book|informe|rapport|studie|guide|gu[íi]a)",
    ),
)

# --- Contexts that explain signals away ----------------------------------------------------------
# Each names the signals it weakens: a pricing question explains a price but not a booking link.

_PRICE_AND_CLAIMS = ("offer_price", "self_promotion", "content_promotion", "product_link")

_CONTEXTS: tuple[_Context, ...] = (
    # A buyer asking what others pay quotes prices and discounts they were offered.
    _context(
        "pricing_question",
        0.3,
        ("offer_price", "call_to_action", "pitch_pattern"),
        r"what\s+(?:did|do)\s+(?:you|others|everyone|people)\s+(?:\w+\s+)?pay",
        r"what\s+are\s+(?:you|others|people)\s+(?:all\s+)?(?:paying|giving|seeing)",
        r"what{_A}?s\s+(?:a\s+fair|the\s+going\s+rate|the\s+right)",
        r"how\s+much\s+(?:did|do|does|should|for)",
        r"is\s+(?:that|this|it)\s+(?:normal|typical|standard|in\s+line|fair|high|still\s+standard)",
        r"(?:quoted|offered)\s+(?:us|me)",
        r"(?:were|was)\s+quoted",
        r"quote\s+was",
        r"we{_A}?(?:re|\s+are)?\s+paying",
        r"(?:fees?|prices?)\s+quoted",
        r"pricing\s+ranged",
        r"cost\s+(?:us|me)",
        r"ballpark",
        r"worth\s+it\?",
        r"auto-?(?:renew|converted)",
        r"(?:we|i)\s+(?:paid|pay|spent|spend)\s+(?:about\s+|around\s+|roughly\s+)?[$€£\d]",
        r"(?:nous\s+payons|combien\s+payez|pagamos|cu[áa]nto\s+pag|wir\s+zahlen|was\s+zahlt|"
        r"we\s+betalen|paghiamo|quanto\s+pag|est-ce\s+(?:que\s+c{_A}est\s+)?normal|"
        r"ist\s+das\s+normal|is\s+dat\s+normaal|(?:es|[èe]|é)\s+normale?)",
    ),
    # A neutral comparison names vendors, prices and features without selling any of them.
    _context(
        "comparison",
        0.4,
        _PRICE_AND_CLAIMS,
        r"we\s+(?:evaluated|compared|interviewed|looked\s+at|tested|piloted|chose|went\s+with)",
        r"we{_A}re\s+(?:comparing|choosing|evaluating|considering)",
        r"(?-i:[A-Z][\w.&-]*)\s+(?:vs\.?|versus)\s+(?-i:[A-Z])",
        r"we\s+(?:used|hired|outsourced|switched|moved\s+(?:off|from|to)|brought\s+in|engaged|"
        r"signed\s+with|piloted|tried)\b",
        r"(?:compared|comparing)\s+(?:\w+\s+){0,3}(?:vendors|tools|providers|platforms|options)",
        r"no\s+affiliation",
        r"not\s+affiliated",
        r"which\s+would\s+you\s+(?:pick|choose)",
        r"shortlist",
    ),
    # Lessons told in the past tense share experience; they describe, they do not offer.
    _context(
        "lessons",
        0.6,
        ("self_promotion", "offer_price", "event_promotion", "content_promotion"),
        r"we\s+learned",
        r"what\s+(?:we|i)\s+learned",
        r"lessons?\s+(?:from|learned)",
        r"in\s+hindsight",
        r"the\s+hard\s+way",
        r"what\s+worked",
        r"post-mortem",
        r"(?:our|my)\s+experience",
        r"reflections",
    ),
    # Sharing one's own company's experience openly: questions answered, not a sale.
    _context(
        "sharing_experience",
        0.6,
        ("content_promotion", "call_to_action", "pitch_pattern", "product_link"),
        r"happy\s+to\s+answer\s+(?:any\s+)?questions",
        r"if\s+anyone{_A}?s?\s+(?:is\s+)?curious\s+how\s+(?:we|a|an|our)",
        r"(?:sharing|posting)\s+(?:this\s+)?in\s+case\s+it",
        r"in\s+case\s+it\s+(?:helps|saves)",
        r"(?:partilho|comparto|je\s+partage|ich\s+teile|ik\s+deel|condivido)\s+(?:volontiers\s+|"
        r"gerne\s+|con\s+alegr[íi]a\s+)?",
    ),
    # Hiring for one's own team sells nothing to members (a recruiter's "if you're hiring" does).
    _context(
        "hiring",
        0.4,
        (
            "self_promotion",
            "call_to_action",
            "product_link",
            "content_promotion",
            "own_domain",
            "contact_details",
            "pitch_pattern",
        ),
        r"we{_A}re\s+(?:now\s+)?hiring",
        r"(?:is|are)\s+(?:now\s+)?hiring\s+(?:a|an|our|two|three|\d+)",
        r"(?:we{_A}re|i{_A}m)\s+(?:looking\s+for|recruiting|searching\s+for)\s+(?:a|an|our)\s+"
        r"(?:new\s+|first\s+)?(?:head|vp|chief|director|cfo|coo|cto|cmo|general\s+counsel)",
        r"send\s+them\s+my\s+way",
        r"(?:referrals|introductions|intros)\s+(?:are\s+)?welcome",
        r"(?:wij\s+zoeken|wir\s+suchen|buscamos|stiamo\s+cercando|estamos\s+a\s+contratar|"
        r"estamos\s+contratando|nous\s+recrutons|vacature|offre\s+d{_A}emploi)",
    ),
    # Saying plainly that nothing is for sale; weakens everything except links and codes.
    _context(
        "not_selling",
        0.45,
        (
            "call_to_action",
            "offer_price",
            "self_promotion",
            "event_promotion",
            "content_promotion",
            "sales_outreach",
            "contact_details",
            "product_link",
            "pitch_pattern",
            "sales_hook",
        ),
        r"not\s+selling\s+anything",
        r"nothing\s+to\s+sell",
        r"not\s+(?:pitching|asking\s+anyone\s+to\s+apply)",
        r"(?:no|not\s+a)\s+pitch\)",
        r"not\s+looking\s+for\s+(?:deals|clients|work|anything)",
        r"we\s+don{_A}t\s+sell",
        r"no\s+strings",
        r"steal\s+it\s+freely",
        r"no\s+agenda",
        r"i\s+won{_A}t\s+comment",
        r"obviously\s+biased",
    ),
    # Someone asking the community for advice is buying or learning, not selling.
    _context(
        "asks_for_advice",
        0.6,
        (
            "offer_price",
            "self_promotion",
            "call_to_action",
            "event_promotion",
            "product_link",
            "pitch_pattern",
        ),
        r"(?:has|does|did|is)\s+anyone[^.!?\n]{0,200}\?",
        r"anyone\s+(?:here|else|tried|used|using|been|done|have|attend|moved|negotiated|"
        r"refinanced|still)[^.!?\n]{0,200}\?",
        r"any\s+(?:recommendations|suggestions|advice|experiences?|input)",
        r"(?:looking\s+for|seeking)\s+(?:recommendations|advice|input|a\s+peer)",
        r"how\s+(?:do|should|would)\s+(?:you|others|i|we)[^.!?\n]{0,200}\?",
        r"should\s+(?:i|we)[^.!?\n]{0,200}\?",
        r"what\s+(?:do|would|did)\s+you[^.!?\n]{0,200}\?",
        r"for\s+those\s+who",
        r"advice\s+(?:please|needed)",
        r"recommendations\s+(?:for|please)",
    ),
)

# --- Links ----------------------------------------------------------------------------------------

# Booking pages exist to put a sales call on the reader's calendar.
_SCHEDULING_HOSTS = (
    "calendly.com",
    "cal.com",
    "savvycal.com",
    "tidycal.com",
    "zcal.co",
    "chilipiper.com",
    "meetings.hubspot.com",
    "youcanbook.me",
    "acuityscheduling.com",
    "oncehub.com",
    "appointlet.com",
)
# Forms and link pages that collect the reader's details.
_LEAD_FORM_HOSTS = (
    "typeform.com",
    "jotform.com",
    "hsforms.com",
    "hsforms.net",
    "tally.so",
    "forms.gle",
    "linktr.ee",
    "leadpages.net",
)
# Shorteners hide where a link goes, which is how lead links are usually dressed up.
_SHORTENER_HOSTS = (
    "bit.ly",
    "tinyurl.com",
    "ow.ly",
    "buff.ly",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "is.gd",
    "lnkd.in",
)
_NEWSLETTER_HOSTS = ("substack.com", "beehiiv.com", "ghost.io", "convertkit.com", "list-manage.com")
_LAUNCH_HOSTS = ("producthunt.com",)
# News, research and public records: linking them informs the discussion.
_PUBLIC_REFERENCE_HOSTS = (
    "ft.com",
    "reuters.com",
    "wsj.com",
    "bloomberg.com",
    "nytimes.com",
    "economist.com",
    "washingtonpost.com",
    "theguardian.com",
    "bbc.co.uk",
    "bbc.com",
    "apnews.com",
    "cnbc.com",
    "axios.com",
    "theinformation.com",
    "techcrunch.com",
    "fortune.com",
    "hbr.org",
    "mckinsey.com",
    "bcg.com",
    "bain.com",
    "deloitte.com",
    "pwc.com",
    "ey.com",
    "kpmg.com",
    "gartner.com",
    "forrester.com",
    "imf.org",
    "worldbank.org",
    "oecd.org",
    "nber.org",
    "ssrn.com",
    "arxiv.org",
    "wikipedia.org",
    "fedsmallbusiness.org",
    "aflcio.org",
    "prnewswire.com",
    "businesswire.com",
    "github.com",
    "youtube.com",
    "docs.google.com",
)
_PUBLIC_REFERENCE_SUFFIXES = (".gov", ".edu", ".int", ".gov.uk", ".europa.eu")

# Path words of pages built to capture a lead or take an order.
_COMMERCIAL_WORDS = (
    r"(?:demo|trial|signup|sign-up|register|registration|pricing|waitlist|webinar|download|quote|"
    r"audit|book|booking|tickets?|rsvp|enquire|enquiry|contact|partners|start|open|launch|offer|"
    r"deal|apply|get-started|subscribe|checklist|benchmark|sample-report|playbook|ebook|"
    r"whitepaper|workshop|termin|free|check)"
)
# The word must open or close a path segment: "/request-demo" but not "/why-pricing-fails".
_COMMERCIAL_PATH = re.compile(
    rf"/(?:{_COMMERCIAL_WORDS}(?:[-_][^/]*)?|[^/]*[-_]{_COMMERCIAL_WORDS})(?:/|$)", re.IGNORECASE
)
_OWN_CONTENT_PATH = re.compile(r"/(?:blog|insights|research|p|cases|customers)(?:/|$)", re.I)
_TRACKING_QUERY = re.compile(r"(?:^|&)(?:utm_\w+|ref|aff|affiliate)=", re.IGNORECASE)
_HIRING_PATH = re.compile(
    r"/(?:careers?|jobs|vacatures|vacancies|stellen\w*|karriere|empleo|empleos|carreiras|emplois|"
    r"lavora-con-noi|join-us|hiring)(?:/|$)",
    re.IGNORECASE,
)
# Words that point the reader at a link to act on it: "Sign up: x.com", "Details at x.com",
# "→ x.com", "[Save your seat](...)". A link introduced this way is an ask, not a citation.
_LINK_LEAD_IN = re.compile(
    r"(?:register|sign[- ]?up|apply|enrol+|book(?:ing)?|order|subscribe|download|join|listen|"
    r"grab|get|claim|request|start|try|switch|details|info|more|quote|tickets?|demo|visit|"
    r"check\s+(?:it\s+)?out|learn\s+more|find\s+out|form|reel|seat|copy|"
    r"aqu[íi]|ici|hier|qui|aqui|inscri\w*|meld\w*|iscri\w*|prenot\w*|pida|bezoek|lien|enlace|"
    r"anmeld\w*|link|→|->|👉)"
    r"(?:\W{1,3}\w+){0,6}?\W*(?::|\bat|\bon|\bvia|\bhere|→|->|👉|\ben|\bsur|\bunter|\bop|\bsu|"
    r"\bem)?\s*$",
    re.IGNORECASE,
)
_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?)$", re.IGNORECASE)

_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{0,300})\]\(\s*(<?[^)\s>]{1,500}>?)[^)\n]{0,200}\)")
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"']{1,500}", re.IGNORECASE)
# Bare domains count as links only when written as addresses (lowercase), not brand names.
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9-]{1,63}\.){1,3}(?:com|io|ai|co|net|org|app|dev|fm|events|agency|"
    r"academy|pro|de|fr|es|uk|nyc)(?:/[^\s<>()\[\]\"']{0,300})?(?![\w@-])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,4}[a-z]{2,24}\b", re.I)
# Eight to fifteen digits with separators; amounts, years and percentages are excluded below.
_PHONE = re.compile(r"(?<![\w$€£/.,%-])\+?\(?\d[\d\s().-]{6,20}\d(?![\w%/,])")
# Quoted words ("...", “...”, ‘...’, '...') are reported speech; an apostrophe inside a word
# ("let's") does not end a single-quoted passage.
_QUOTED = re.compile(
    r"\"[^\"\n]{1,160}\""
    r"|“[^”\n]{1,160}”"
    r"|‘[^’\n]{1,160}’"
    r"|(?<![\w])'(?:[^'\n]|(?<=\w)'(?=\w)){1,160}'(?![\w])"
)
_REPLY_TITLE = re.compile(r"\s*(?:re|aw|sv|rép|resp)\s*:", re.IGNORECASE)
_BLOCKQUOTE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


@dataclass(frozen=True)
class _Link:
    url: str
    host: str
    path: str
    query: str
    lead_in: str = ""


def assess_post(title: str, body: str, *, author_domains: Iterable[str] = ()) -> PitchAssessment:
    """Score a thread, reply or contact request against the sales-pitch policy."""
    evidence = rule_evidence(title, body, author_domains=author_domains)
    reasons = [
        PitchReason(finding.signal, finding.text, finding.span)
        for finding in sorted(evidence.findings, key=lambda finding: -finding.weight)
    ]
    score = evidence.score
    model = pitch_model.load()
    if model is not None and evidence.model_text.strip():
        result = model.score(evidence.model_text, evidence.features())
        threshold = model.dampened_threshold if evidence.dampened else model.threshold
        model_score = _model_score(result.probability, threshold)
        if model_score >= HOLD_THRESHOLD:
            reason = _sales_language_reason(evidence.text, result.phrases)
            if reason is None:
                # Nothing in the post's own words to show the author: the model alone can't hold.
                model_score = min(model_score, HOLD_THRESHOLD - 0.001)
            elif score >= HOLD_THRESHOLD:
                reasons.append(reason)
            else:
                reasons.insert(0, reason)
        score = max(score, model_score)
    verdict = "hold" if score >= HOLD_THRESHOLD else "allow"
    return PitchAssessment(verdict=verdict, score=score, reasons=tuple(reasons))


@dataclass(frozen=True)
class RuleEvidence:
    """What the rules found in a post; the model reads it as features."""

    text: str
    # The post with quoted passages blanked out (same offsets): what the model reads.
    model_text: str
    findings: tuple[_Finding, ...]
    contexts: tuple[_Context, ...]
    score: float

    @property
    def dampened(self) -> bool:
        """True when context (a pricing question, hiring, lessons...) explained a signal away."""
        return any(
            finding.signal in context.weakens
            for finding in self.findings
            for context in self.contexts
        )

    def features(self) -> dict[str, float]:
        features: dict[str, float] = {"r:score": self.score}
        for finding in self.findings:
            weight = finding.weight
            for context in self.contexts:
                if finding.signal in context.weakens:
                    weight *= context.factor
            name = f"r:{finding.signal}"
            features[name] = max(features.get(name, 0.0), round(weight, 4))
        for context in self.contexts:
            features[f"r:ctx:{context.name}"] = 1.0
        return features


def rule_evidence(title: str, body: str, *, author_domains: Iterable[str] = ()) -> RuleEvidence:
    """Run the rules alone: their findings, the contexts found and their noisy-OR score."""
    text = f"{title or ''}\n{body or ''}"
    own_domains = {_normalise_domain(domain) for domain in author_domains if domain}
    own_domains.discard("")

    links = _find_links(text)
    # Quoted words are someone else's ("they said 'book a demo'"); links and contacts still count.
    unquoted = _mask(_mask(text, _QUOTED), _BLOCKQUOTE)
    phrase_text = _mask_links(unquoted, links)

    findings = _phrase_findings(phrase_text, text)
    findings += _link_findings(links, own_domains)
    findings += _contact_findings(text, links, own_domains)

    # A reply's title ("Re: anyone used X?") repeats the thread's question, not the replier's.
    context_text = (
        phrase_text[len(title or "") :] if _REPLY_TITLE.match(title or "") else phrase_text
    )
    contexts = [context for context in _CONTEXTS if context.pattern.search(context_text)]
    findings += _pairing_findings(findings)
    score = _combine(findings, contexts)
    return RuleEvidence(text, unquoted, tuple(findings), tuple(contexts), score)


def _model_score(probability: float, threshold: float) -> float:
    """Map the model's probability onto the score scale so that `threshold` lands on
    HOLD_THRESHOLD; rounded down, so that rounding never turns an allow into a hold."""
    if probability < threshold:
        mapped = HOLD_THRESHOLD * probability / threshold
    else:
        mapped = HOLD_THRESHOLD + (1 - HOLD_THRESHOLD) * (probability - threshold) / (1 - threshold)
    return math.floor(min(max(mapped, 0.0), 1.0) * 1000) / 1000


def _sales_language_reason(
    text: str, phrases: tuple[tuple[float, tuple[int, int]], ...]
) -> PitchReason | None:
    quoted = [" ".join(text[start:end].split()) for _, (start, end) in phrases]
    quoted = [phrase for phrase in quoted if phrase]
    if not quoted:
        return None
    listed = ", ".join(f"“{phrase}”" for phrase in quoted)
    start, end = phrases[0][1]
    return PitchReason(
        "sales_language",
        f"Reads like a sales pitch overall: wording such as {listed} is typical of posts that "
        "sell a product or service.",
        text[start:end].strip(),
    )


def _combine(findings: list[_Finding], contexts: list[_Context]) -> float:
    """Noisy-OR of the signal weights after context has weakened the ones it explains."""
    remaining = 1.0
    for finding in findings:
        weight = finding.weight
        for context in contexts:
            if finding.signal in context.weakens:
                weight *= context.factor
        remaining *= 1.0 - min(max(weight, 0.0), 0.99)
    return round(min(max(1.0 - remaining, 0.0), 1.0), 3)


# A pitch is a seller saying what they offer *and* asking the reader to act on it; either half
# alone is ordinary conversation among peers. The pairing is evidence of its own.
_SELLER_SIGNALS = frozenset(
    {
        "self_promotion",
        "offer_services",
        "content_promotion",
        "event_promotion",
        "own_domain",
        "product_link",
        "sales_hook",
    }
)
_ASK_SIGNALS = frozenset(
    {"call_to_action", "sales_outreach", "scheduling_link", "lead_capture", "contact_details"}
)


def _pairing_findings(findings: list[_Finding]) -> list[_Finding]:
    sellers = [
        f
        for f in findings
        if f.signal in _SELLER_SIGNALS or (f.signal == "offer_price" and f.weight >= 0.35)
    ]
    asks = [f for f in findings if f.signal in _ASK_SIGNALS]
    if not sellers or not asks:
        return []
    ask = max(asks, key=lambda finding: finding.weight)
    if all(seller.span == ask.span for seller in sellers):
        return []
    return [
        _Finding(
            "pitch_pattern",
            0.2,
            "Describes what you sell and asks readers to take you up on it.",
            ask.span,
        )
    ]


def _phrase_findings(phrase_text: str, original: str) -> list[_Finding]:
    findings = []
    taken: list[tuple[int, int]] = []
    counted: set[tuple[str, int, int]] = set()
    for rule in _PHRASE_RULES + _STRUCTURAL_RULES:
        structural = rule in _STRUCTURAL_RULES
        # A second and third different wording of the same signal add evidence, at a half and a
        # quarter of the weight; saying the same thing again adds none.
        seen: set[str] = set()
        for match in rule.pattern.finditer(phrase_text):
            wording = re.sub(r"\W+", " ", match.group(0).lower())
            if wording in seen:
                continue
            # The structural layer adds only what the phrase rules did not already count.
            if structural and any(a < match.end() and match.start() < b for a, b in taken):
                continue
            # Two rules matching the very same words for the same signal are one piece of evidence.
            if (rule.signal, *match.span()) in counted:
                continue
            counted.add((rule.signal, *match.span()))
            taken.append(match.span())
            weight = rule.weight / (2 ** len(seen))
            seen.add(wording)
            span = original[match.start() : match.end()].strip()
            findings.append(_Finding(rule.signal, weight, rule.text, span))
            if len(seen) == 3:
                break
    return findings


def _link_findings(links: list[_Link], own_domains: set[str]) -> list[_Finding]:
    findings: list[_Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(signal: str, weight: float, text: str, span: str) -> None:
        if (signal, text) not in seen:
            seen.add((signal, text))
            findings.append(_Finding(signal, weight, text, span))

    domain_counts: dict[str, int] = {}
    for link in links:
        domain = _registrable(link.host)
        public = _is_public_reference(link.host)
        if _host_in(link.host, _SCHEDULING_HOSTS) or "hubspot.com/meetings" in link.url.lower():
            add("scheduling_link", 0.65, "Links to a page for booking a sales meeting.", link.url)
        elif _host_in(link.host, _LEAD_FORM_HOSTS) or "docs.google.com/forms" in link.url.lower():
            add("lead_capture", 0.45, "Links to a form that collects readers' details.", link.url)
        elif _host_in(link.host, _SHORTENER_HOSTS):
            add("lead_capture", 0.45, "Uses a shortened link that hides where it goes.", link.url)
        elif _host_in(link.host, _NEWSLETTER_HOSTS):
            add("content_promotion", 0.35, "Links to a newsletter or blog signup.", link.url)
        elif _host_in(link.host, _LAUNCH_HOSTS):
            add("self_promotion", 0.35, "Links to a product launch page.", link.url)
        elif not public and not _HIRING_PATH.search(link.path):
            if _COMMERCIAL_PATH.search(link.path):
                add("lead_capture", 0.4, "Links to a sign-up, demo or pricing page.", link.url)
            elif _OWN_CONTENT_PATH.search(link.path):
                add("content_promotion", 0.2, "Links to a company's blog or insights.", link.url)
            elif link.path.strip("/") == "":
                add("product_link", 0.3, "Links to a company's home page.", link.url)
            elif not _DOCUMENT_PATH.search(link.path):
                add("product_link", 0.15, "Links to a company's website.", link.url)
            if _LINK_LEAD_IN.search(link.lead_in):
                add("lead_capture", 0.3, "Points readers to a link to sign up or buy.", link.url)
        if _TRACKING_QUERY.search(link.query) and not public:
            add("lead_capture", 0.3, "Uses a marketing tracking link.", link.url)
        if own_domains and any(_domain_matches(link.host, own) for own in own_domains):
            add("own_domain", 0.45, "Links to your own company's website.", link.url)
        if not public:
            domain_counts[domain] = domain_counts.get(domain, 0) + 1
            if domain_counts[domain] == 2:
                add("repeated_domain", 0.35, f"Links to {domain} more than once.", link.url)
    return findings


def _contact_findings(text: str, links: list[_Link], own_domains: set[str]) -> list[_Finding]:
    findings = []
    email = _EMAIL.search(text)
    if email:
        findings.append(
            _Finding(
                "contact_details",
                0.3,
                "Gives an email address for readers to contact you.",
                email.group(0),
            )
        )
        email_domain = _normalise_domain(email.group(0).rsplit("@", 1)[1])
        if own_domains and any(_domain_matches(email_domain, own) for own in own_domains):
            findings.append(
                _Finding("own_domain", 0.3, "Gives your work email for contact.", email.group(0))
            )
    without_links = _mask(_mask_links(text, links), _EMAIL)
    for match in _PHONE.finditer(without_links):
        candidate = match.group(0)
        digits = sum(character.isdigit() for character in candidate)
        has_separator = any(separator in candidate for separator in " -.()") or "+" in candidate
        if 8 <= digits <= 15 and has_separator and not _looks_like_year_span(candidate):
            findings.append(
                _Finding(
                    "contact_details",
                    0.3,
                    "Gives a phone number for readers to call.",
                    candidate.strip(),
                )
            )
            break
    return findings


def _find_links(text: str) -> list[_Link]:
    links: list[_Link] = []
    taken: list[tuple[int, int]] = []
    for match in _MARKDOWN_LINK.finditer(text):
        links.append(_parse_link(match.group(2).strip("<>"), match.group(1)))
        taken.append(match.span())
    for pattern in (_BARE_URL, _BARE_DOMAIN):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            lead_in = text[max(line_start, match.start() - 80) : match.start()]
            links.append(_parse_link(match.group(0).rstrip(".,;:!?*_"), lead_in))
            taken.append(match.span())
    return [link for link in links if link.host]


def _parse_link(url: str, lead_in: str = "") -> _Link:
    candidate = url if "://" in url else f"http://{url}"
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower()
    except ValueError:
        return _Link(url, "", "", "")
    return _Link(url, host.removeprefix("www."), parts.path, parts.query, lead_in)


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    """Blank out matches but keep offsets, so spans can be cut from the original text."""
    return pattern.sub(lambda match: " " * len(match.group(0)), text)


def _mask_links(text: str, links: list[_Link]) -> str:
    for link in links:
        text = text.replace(link.url, " " * len(link.url))
    return text


def _normalise_domain(domain: str) -> str:
    domain = domain.strip().lower().lstrip("@")
    if "://" in domain:
        try:
            domain = urlsplit(domain).hostname or ""
        except ValueError:  # malformed, e.g. an unclosed IPv6 bracket
            return ""
    return domain.removeprefix("www.").strip(".")


def _registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "gov", "ac", "net"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _domain_matches(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _host_in(host: str, hosts: Iterable[str]) -> bool:
    return any(_domain_matches(host, candidate) for candidate in hosts)


def _is_public_reference(host: str) -> bool:
    return _host_in(host, _PUBLIC_REFERENCE_HOSTS) or host.endswith(_PUBLIC_REFERENCE_SUFFIXES)


def _looks_like_year_span(candidate: str) -> bool:
    return bool(re.fullmatch(r"\(?(?:19|20)\d\d\)?(?:\s*[-–]\s*\(?(?:19|20)\d\d\)?)+", candidate))
