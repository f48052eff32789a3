"""X"""

from __future__ import annotations

from ..lexicon import alternatives
from ..reader import _REVIEW, _ROLE, _fixed, _Hit, _noise, _Reader, _rule
from ..vocabulary import _EXEC_ACRONYMS, _EXEC_LIST, _SUPPORT_NOUNS

# References come after the markers so that "Looking for CFO roles" is read as a search.
# "the CEO's office", "President's Club", "Dean's List": someone else's title.
_LEVEL_WORD = (
    r"(?:(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|vp|svp|evp|director|head|executive|"
    r"president|partner|chief)s?)"
)
_noise(
    "reference.possessive",
    r"\b(?:(?:executive|managing|general|vice|chief|senior|deputy)[\s-]+)*(?:"
    + _EXEC_ACRONYMS
    + r"|director|president|chairman|chairwoman|chair|founder|owner|dean|principal|partner|"
    r"vp|md|gm|head|boss|directeur|directrice|direktor|direttore|diretor|presidente|"
    r"geschaftsfuhrer)(?:'s|s')(?=[\s,)|]|$)",
)
_fixed(
    "trap.executive_assistant",
    r"[^,|()/+\x00]*?(?:'s|s')[\s-]+(?:personal[\s-]+|executive[\s-]+)?(?:"
    + _SUPPORT_NOUNS
    + r")\b",
    "entry",
    _ROLE,
    "trap.executive_assistant",
    "an assistant to an executive",
    tag="support",
)
_noise(
    "reference.office_of",
    r"\b"
    + alternatives("office_of")
    + r"[\s-]+"
    + alternatives("support_prepositions")
    + r"[\s-]+"
    + _EXEC_LIST,
)


@_rule(
    "reference.served",
    r"\b(?:to|for|with|helping|help|helps|coaching|coaches|advising|advises|supporting|"
    r"supports|serving|serves|empowering|connecting|mentoring|placing|places|hiring|hires|"
    r"recruiting|recruits|finding|trusted[\s-]+by|reporting[\s-]+(?:to|into)|reports[\s-]+to|"
    r"partnering[\s-]+with|working[\s-]+with|alongside|writing[\s-]+for|training|developing|"
    r"promoted[\s-]+to)[\s-]+(?:(?:ambitious|aspiring|busy|new|first[\s-]+time|b2b|saas|tech|"
    r"startup|scale-?up|female|women|growth-?stage|senior|future|emerging|the|our|your|a|an)"
    r"[\s-]+)*(?P<object>" + _EXEC_LIST + ")",
)
def _served(reader: _Reader, hit: _Hit) -> None:
    """'Coach to CEOs', 'Reporting to the CFO': mask the executive, keep the applicant's words."""
    reader.mask(hit.group_start("object"), hit.group_end("object"))
    return None


_NAME_END = r"(?=\s*(?:$|[,|()/&+@\x00]|\b(?:at|and|ltd|inc|llc|plc|gmbh|international)\b))"
_noise(
    "reference.level",
    r"\b" + _LEVEL_WORD + r"(?:[\s,&/+]+(?:and[\s-]+)?" + _LEVEL_WORD + r")*[\s-]+(?:level|roles?|"
    r"positions?|opportunit(?:y|ies)|jobs?|vacanc(?:y|ies)|openings?|searches|placements?|"
    r"hires|candidates?|track|path|pathway|pipeline|material|potential|readiness|ready|bound)\b"
    r"|\b(?:(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level)s?(?:[\s&/+]+(?:and[\s-]+)?)?)+[\s-]+"
    r"(?:search|recruitment|recruiting|hiring|headhunting|coaching|mentoring)\b"
    r"|\b(?:(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|s?vp|evp|director)s?[\s&/+]+"
    r"(?:and[\s-]+)?)+(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|s?vp|evp|director)s?[\s-]+"
    r"(?:search|recruitment|recruiting|hiring|headhunting)\b"
    r"|\b" + _LEVEL_WORD + r"[\s-]+(?:forum|club|roundtable|summit|peer[\s-]+group)\b" + _NAME_END,
)
# "CEO Office", "CFO Forum", "Chief Executive Magazine", "Director Magazine", "VP Bank": a
# publication, company, event or programme named after the executive, not the applicant's role.
# Every executive word reads as a name before these nouns; C-level words also before nouns
# that could name a function after "Director" or "VP" ("Director, Program Management").
_NAME_NOUNS = (
    r"magazine|mag|dive|journal|newsletter|times|weekly|daily|digest|podcast|show|talks|brew|"
    r"insider|today|quarterly|awards?|summit|conference|forum|roundtable|club|guild|circle|"
    r"collective|alliance|coalition|council|academy|institute|sleepout|breakfast|dinner|retreat|"
    r"cut|choice|coaching|bank|peer[\s-]+groups?|masterminds?|connect|group|network|partners|"
    r"advisors|labs|programme|program"
)
_noise(
    "reference.named_after",
    r"\b(?:" + _EXEC_ACRONYMS + r"|chief[\s-]+executive|chief(?:[\s-]+[a-z&]+){0,3}?[\s-]+officer"
    r"|c-?suite|c-?level|president|chairman|founder|md)s?[\s-]+"
    r"(?:office|suite|staff|succession|programme|program|agenda|briefing|news|school|world|"
    r"report|review|foundation|challenge|series|services|solutions|advisory|consulting|"
    r"(?!group|network|partners|advisors|labs)(?:" + _NAME_NOUNS + r")|"
    r"(?:group|network|partners|advisors|labs|media)" + _NAME_END + r")\b"
    r"|\b(?:director|vp|svp|evp|partner|principal|head)s?[\s-]+(?:"
    + _NAME_NOUNS
    + r")\b"
    + _NAME_END
    + r"|\bhead[\s-]*(?:&|and)[\s-]*shoulders\b",
)
_noise("reference.plural", r"\b(?:(?:" + _EXEC_ACRONYMS + r")s|vps|svps|evps|c-?suites)\b")
_noise("reference.owner_relations", r"\bowner[\s-]+(?:relations|services|experience|support)\b")


# "CEO of my household", "Director of Fun": a joke, not a role.
_fixed(
    "review.whimsical_title",
    r"\b(?:" + _EXEC_ACRONYMS + r"|chief[\s-]+executive(?:[\s-]+officer)?|president|director|"
    r"chairman)[\s-]+of[\s-]+(?:(?:my|our|the|your)[\s-]+)?(?:own[\s-]+)?(?:household|"
    r"home|family(?![\s-]+office)|house|life|kids|children|chaos|fun|happiness|vibes|dreams?|"
    r"destiny|me|myself|couch|kitchen|awesome|awesomeness|nothing|everything)\b",
    "unknown",
    _REVIEW,
    "review.whimsical_title",
    "a playful title that does not name a business role",
)
# "CFO Advisory Associate", "Director Associate", "Head of Sales Assistant", "CEO Weekly
# Contributor": the executive word qualifies the lower role noun that ends the phrase.
_ATTRIBUTIVE_NOUNS = (
    r"associate|analyst|consultant|specialist|coordinator|assistant|secretary|intern|trainee|coach|"
    r"manager|recruiter|representative|rep|clerk|administrator|admin|editor|writer|contributor|"
    r"columnist|correspondent|reporter|journalist|host|producer|presenter|researcher|designer|"
    r"developer|planner|agent|ambassador|volunteer|member|scheduler|receptionist|"
    r"apprentice|student|fellow|liaison|support|advisor|adviser|lead"
)


@_rule(
    "reference.attributive",
    r"\b(?P<executive>" + _EXEC_ACRONYMS + r"|director|vp|svp|evp|president|chairman|founder|"
    r"chief[\s-]+executive|managing[\s-]+director|head(?:[\s-]+of)?)"
    r"(?:'s)?(?:[\s-]+(?!(?:and|of|at|for|to)\b)[a-z]+){0,2}?[\s-]+(?:"
    + _ATTRIBUTIVE_NOUNS
    + r")s?\b(?=\s*(?:$|[,|()/&+@\x00]|\b(?:at|for|to|with|in|and|bei|chez|supporting)\b))",
)
def _attributive(reader: _Reader, hit: _Hit) -> None:
    reader.mask(hit.group_start("executive"), hit.group_end("executive"))
    return None
