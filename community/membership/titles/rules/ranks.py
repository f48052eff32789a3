"""X"""

from __future__ import annotations

import re

from ..levels import LEVEL_PHRASES
from ..lexicon import alternatives, entries
from ..reader import (
    _PHRASE_WORD,
    _REVIEW,
    _ROLE,
    _WEAK_REVIEW,
    _director,
    _fixed,
    _Hit,
    _phrase_end,
    _Reader,
    _Reading,
    _rule,
    _unclear_head,
    _unusual_chief,
    _whimsical_chief,
    _whimsical_title,
    _words_after,
    _words_before,
)
from ..vocabulary import (
    _EXEC_ACRONYMS,
    _FUNCTIONS,
    _GF,
    _NEUTRAL,
    _OFFICER_FUNCTIONS,
    _SENIOR_GRADES,
    _TRAINING_AS_OBJECT,
    _is_function_phrase,
    _whimsical,
    _word_set,
)

# --------------------------------------------------------------------------------------------
# Step 3e: levels
# --------------------------------------------------------------------------------------------


@_rule(
    "level.chief",
    r"\bchief\b(?P<mid>(?:[\s,&/-]+(?!officer\b)[a-z'&]+){0,5}?)[\s-]+officer\b"
    r"|\bchief[\s-]+exec(?:utive)?\b|\bchief\b(?:[\s-]+(?P<next>[a-z']+))?",
)
def _chief(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Chief X Officer' counts when X is a real function; whimsical chiefs go to review."""
    text = reader.view(hit.start, hit.end)
    if re.match(r"chief[\s-]+exec", text) and "officer" not in text:
        return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a C-level executive")]
    mid = hit.match.group("mid")
    if mid is not None:
        words = [w for w in re.findall(r"[a-z'&]+", mid) if w not in ("and", "&", "of", "the")]
        if words and all(w in _OFFICER_FUNCTIONS for w in words):
            return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a C-level executive")]
        if _whimsical(words):
            return [_whimsical_chief(hit.start, hit.end)]
        return [_unusual_chief(hit.start, hit.end)]
    after = _words_after(reader, hit.start + 5, hit.region_end, 4)
    if _whimsical(after):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [_whimsical_chief(hit.start, end)]
    return [_unusual_chief(hit.start, hit.end)]


@_rule("level.cxo_acronym", r"\b(?:" + _EXEC_ACRONYMS + r"|c-?e-?o)\b")
def _cxo_acronym(reader: _Reader, hit: _Hit) -> list[_Reading]:
    if _whimsical(_words_after(reader, hit.end, hit.region_end, 2)):
        return [_whimsical_title(hit.start, _phrase_end(reader, hit.end, hit.region_end, 3))]
    return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a C-level executive")]


@_rule(
    "level.vp",
    r"\b(?P<grade>(?:senior|sr|snr|executive|exec|group|area|regional|corporate|global|"
    r"divisional|first|second)[\s-]+)?" + alternatives("vice_president") + r"\b"
    r"|\b(?P<token>svp|evp|gvp|rvp|sevp|avp)\b",
)
def _vice_president(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """Every VP counts, except a plain VP in banking, where it is a mid-level rank."""
    token = hit.match.group("token")
    grade = (hit.match.group("grade") or "").strip()
    after = _words_after(reader, hit.end, hit.region_end, 4)
    if _whimsical(after):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [_whimsical_title(hit.start, end)]
    if token == "avp":
        if reader.banking:
            return [
                _Reading(
                    hit.start, hit.end, "manager", _ROLE, "banking.avp",
                    "an assistant or associate vice president, a mid-level rank in banking",
                )
            ]  # fmt: skip
        return [
            _Reading(
                hit.start, hit.end, "vp", _REVIEW, "review.associate_vp",
                "an associate or assistant vice president, whose rank varies between "
                "organisations",
            )
        ]  # fmt: skip
    senior_grade = token in ("svp", "evp", "sevp") or grade in ("senior", "sr", "snr", "executive")
    if reader.banking and not senior_grade and grade != "exec":
        return [
            _Reading(
                hit.start, hit.end, "vp", _REVIEW, "review.banking_vp",
                "a vice president in banking, where it is often a mid-level rank",
                tag="vp",
            )
        ]  # fmt: skip
    return [_Reading(hit.start, hit.end, "vp", _ROLE, "level.vp", "a Vice President", tag="vp")]


@_rule(
    "level.chair",
    r"\b(?:(?:vice|co|executive|non[\s-]*executive|board)[\s-]*)?" + alternatives("chair") + r"\b",
)
def _chair(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """A chair of a company counts; an academic chair goes to review."""
    region = reader.view(hit.region_start, hit.region_end)
    if re.search(r"\b(?:professor|faculty|department|dept|university|college)\b", region):
        return [
            _Reading(
                hit.start, hit.end, "unknown", _REVIEW, "review.department_chair",
                "an academic chair, which is not the chair of a company",
            )
        ]  # fmt: skip
    return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a chair of a company")]


@_rule(
    "level.president",
    r"\b" + alternatives("president") + r"\b",
)
def _president(reader: _Reader, hit: _Hit) -> list[_Reading]:
    after = _words_after(reader, hit.end, hit.region_end, 4)
    if _whimsical(after):
        return [_whimsical_title(hit.start, _phrase_end(reader, hit.end, hit.region_end, 4))]
    return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a company president")]


_fixed(
    "level.cxo_phrase",
    r"\bmanaging[\s-]+dir(?:ector|ectress)?\b|\bexec(?:utive)?[\s-]+dir(?:ector)?\b"
    r"|\bdirector[\s-]+general\b|\bdirector[\s-]+ejecutiv[oa]\b|\bdirectora[\s-]+(?:general|"
    r"ejecutiva)\b|\bgeneral[\s-]+director\b|\bsecretary[\s-]+general\b|\bgeneral[\s-]+secretary\b"
    r"|\bsecretaire[\s-]+generale?\b|\bsecretari[oa][\s-]+general\b|\bsegretari[oa][\s-]+"
    r"generale\b|\bgeneralsekret(?:a|ae)r(?:in)?\b|\bsecretaris[\s-]+generaal\b"
    r"|\b"
    + _GF
    + r"ende[rn]?[\s-]+direktor(?:in)?\b|\b"
    + _GF
    + r"er(?:in)?\b|\b"
    + _GF
    + r"ende[rn]?[\s-]+gesellschafter(?:in)?\b"
    r"|\bgeschaftsleit(?:er|erin|ung)\b|\bmitglied[\s-]+der[\s-]+geschaftsleitung\b"
    r"|\bvorstand(?:svorsitzende[rn]?|smitglied|svorsitz)?\b|\bgeneraldirektor(?:in)?\b"
    r"|\bdg\b|\bdirect(?:eur|rice)[\s-]+general(?:e)?\b|\bdirecteur[\s-]+executif\b"
    r"|\bpresident(?:e)?[\s-]+directeur[\s-]+general\b"
    r"|\bconsejer[oa][\s-]+delegad[oa]\b|\bamministrat(?:ore|rice)[\s-]+(?:delegat[oa]|unic[oa])\b"
    r"|\bconsigliere[\s-]+delegato\b|\bdirett(?:ore|rice)[\s-]+generale\b|\bdiretor(?:a)?[\s-]+"
    r"(?:geral|executiv[oa]|presidente)\b|\balgemeen[\s-]+direct(?:eur|rice)\b|\b(?:statutair"
    r"[\s-]+)?bestuurder\b|\bbestuursvoorzitter\b|\b(?:voorzitter|lid)[\s-]+(?:van[\s-]+de[\s-]+)?"
    r"raad[\s-]+van[\s-]+bestuur\b|\badministrador(?:a)?[\s-]+unic[oa]\b",
    "cxo",
    _ROLE,
    "level.cxo",
    "a C-level executive",
)
_fixed(
    "level.general_counsel",
    r"\bgeneral[\s-]+counsel\b",
    "cxo",
    _ROLE,
    "level.cxo",
    "the head of legal (general counsel)",
    tag="general_counsel",
)
_fixed(
    "level.director_acronym",
    r"\b(?:drh|daf|dsi|dircom|dg)\b",
    "director",
    _ROLE,
    "level.director",
    "a Director-level role",
    tag="director",
)

_PARTNER_FUNCTION_AFTER = _word_set(
    """
    manager managers marketing lead success account accounts development engineer engineering
    sales program programs enablement operations solutions alliances relations ecosystem channel
    integrations support onboarding specialist executive management network experience
    technology training community acquisition recruitment coordinator associate representative
    rep analyst consultant architect director directors strategy team partnerships portal
    programme
    """
)
_PARTNER_ELIGIBLE_BEFORE = _word_set(
    """
    managing senior equity founding name general operating audit tax advisory deal investment
    salaried global lead engagement practice assurance consulting executive co-managing regional
    country office interim acting non-equity full law legal
    """
)


@_rule(
    "level.partner",
    r"\bpartner(?:in)?\b(?!')|\bvennoot\b|\bassociee?\b|\bsoci[oa]\b(?:[\s-]+(?:director(?:a)?|"
    r"diretor(?:a)?|fundador(?:a)?|gerente))?",
)
def _partner(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """A partner who owns or leads a firm counts; 'partner' as a job function does not."""
    after = reader.view(hit.end, hit.region_end)
    next_word = re.match(r"^[\s-]+([a-z]+)", after)
    if next_word and next_word.group(1) in _PARTNER_FUNCTION_AFTER:
        return None  # "Partner Manager": the next word is the job; "partner" only describes it
    before = _words_before(reader, hit.start, hit.region_start, 2)
    if before and before[-1] not in _PARTNER_ELIGIBLE_BEFORE and before[-1] not in _NEUTRAL:
        start = reader.view(hit.region_start, hit.start).rfind(before[-1]) + hit.region_start
        reader.mask(start, hit.end)
        return [
            _Reading(
                start, hit.end, "owner_partner", _REVIEW, "review.partner_unclear",
                "a partner title whose standing in the firm is unclear",
                tag="partner",
            )
        ]  # fmt: skip
    return [
        _Reading(
            hit.start, hit.end, "owner_partner", _ROLE, "level.owner_partner",
            "a partner who owns or leads a firm",
            tag="partner",
        )
    ]  # fmt: skip


@_rule(
    "level.head",
    r"\bhead[\s-]+(?:of|de|di|van)\b|\bhead\b|\bhoofd\b|\bafdelingshoofd\b",
)
def _head(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Head of <function or department>' counts; a bare 'Head' goes to review."""
    word = reader.view(hit.start, hit.end)
    if word == "afdelingshoofd":
        return [_director(hit.start, hit.end, "head")]
    after = _words_after(reader, hit.end, hit.region_end, 4)
    end = _phrase_end(reader, hit.end, hit.region_end, 4)
    if _whimsical(after):
        return [_whimsical_title(hit.start, end)]
    if word != "head" and word != "hoofd":  # "head of ..."
        if re.match(r"^[\s-]*[a-z0-9\x00]", reader.view(hit.end, hit.region_end)):
            return [_director(hit.start, end, "head")]
        return [_unclear_head(hit.start, hit.end)]
    before = _words_before(reader, hit.start, hit.region_start, 3)
    if after and (after[0] in _FUNCTIONS or word == "hoofd"):
        return [_director(hit.start, end, "head")]
    if _is_function_phrase(before):
        return [_director(hit.start, hit.end, "head")]
    comma_object = re.match(r"^\s*,\s*([a-z]+)", reader.view(hit.end, hit.region_end))
    if comma_object and not after:
        return [_director(hit.start, hit.end, "head")]
    return [_unclear_head(hit.start, hit.end)]


_LEITER_MANAGER_PREFIXES = (
    "team",
    "gruppen",
    "gruppe",
    "projekt",
    "teilprojekt",
    "schicht",
    "markt",
    "lager",
    "kassen",
    "bau",
    "kita",
    "kindergarten",
    "objekt",
    "stations",
    "filial",
    "ausbildungs",
    "kurs",
    "lehrgangs",
    "kuchen",
    "haus",
)
_LEITER_OCCUPATION_PREFIXES = ("reise", "chor", "spiel", "orchester", "kapell")
_LEITER_NOT_A_ROLE = ("begleiter", "halbleiter", "ableiter", "leiterplatte")


@_rule("level.leiter", r"\b[a-z-]*(?:leiter(?:in)?|leitung)\b")
def _leiter(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """German 'Leiter/Leiterin X' and compounds ('Marketingleiter'): head of a function.

    'Abteilungsleiter' (head of department) and 'Bereichsleiter' (head of division) are read as
    Director level, the policy's "Head of <department>"; team, project and shift leads are
    managers."""
    word = reader.view(hit.start, hit.end)
    if word.endswith(_LEITER_NOT_A_ROLE):
        return None
    prefix = re.sub(r"(?:leiter(?:in)?|leitung)$", "", word).rstrip("-")
    if prefix.startswith(_LEITER_OCCUPATION_PREFIXES):
        return [_Reading(hit.start, hit.end, "entry", _ROLE, "level.entry", "an entry-level role")]
    if prefix.startswith(_LEITER_MANAGER_PREFIXES):
        end = _phrase_end(reader, hit.end, hit.region_end, 3)
        return [_Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")]
    if prefix:
        return [_director(hit.start, hit.end)]
    after = _words_after(reader, hit.end, hit.region_end, 3)
    before = _words_before(reader, hit.start, hit.region_start, 1)
    if after or (before and re.match(r"(?:kaufmannisch|operativ|medizinisch|pflegerisch|"
                                     r"wissenschaftlich|administrativ)", before[-1])):  # fmt: skip
        start = hit.start
        if before and not after:
            start = reader.view(hit.region_start, hit.start).rfind(before[-1]) + hit.region_start
        return [_director(start, _phrase_end(reader, hit.end, hit.region_end, 4))]
    return [_unclear_head(hit.start, hit.end)]


_OCCUPATION_OBJECTS = _word_set(
    "funeral photography casting activities recreation worship choir choral mortuary orchestra "
    "orquesta orchestre orchester orchestra coro chorus"
)


@_rule(
    "level.director",
    r"\b" + alternatives("director") + r"\b",
)
def _director_rule(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Director', 'Director of X' and 'X Director' when X names a business function."""
    after = _words_after(reader, hit.end, hit.region_end, 4)
    if not after:  # "Director, Funeral Services": the object follows a comma
        following = re.match(r"^\s*,([^,|()/+\x00]*)", reader.view(hit.end, hit.region_end))
        after = _PHRASE_WORD.findall(following.group(1))[:4] if following else []
    if _whimsical(after):
        return [_whimsical_title(hit.start, _phrase_end(reader, hit.end, hit.region_end, 4))]
    if _OCCUPATION_OBJECTS.intersection(after):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [
            _Reading(
                hit.start, end, "senior_ic", _ROLE, "trap.occupation_director",
                '"director" as an occupation (film, funeral, arts, activities), not a rank',
            )
        ]  # fmt: skip
    before = _words_before(reader, hit.start, hit.region_start, 3)
    function = _is_function_phrase(before)
    if function is False:
        start = reader.view(hit.region_start, hit.start).rfind(before[0]) + hit.region_start
        return [
            _Reading(
                start, hit.end, "director", _REVIEW, "review.unclear_director",
                '"director" after words that do not name a business function',
                tag="director",
            )
        ]  # fmt: skip
    start = hit.start
    if function and before:
        start = reader.view(hit.region_start, hit.start).rfind(before[0]) + hit.region_start
    end = _phrase_end(reader, hit.end, hit.region_end, 4) if after else hit.end
    return [_director(start, end)]


_fixed(
    "level.manager",
    r"\b[a-z]*manager(?:in)?\b|\bmgr\b|\bsupervis(?:or|ora|eur|euse)\b|\bteam[\s-]+lead(?:er)?\b"
    r"|\b(?:shift|group|project|store|section|squad|unit|line|crew|area)[\s-]+lead(?:er)?\b"
    r"|\b(?:pm|tpm|apm|gpm)\b|\bgerant(?:e)?\b|\bgerente\b|\bsubgerente\b|\bresponsabile\b|\b(?:team|projekt|projekt|gruppen)leiter(?:in)?\b"
    r"|\b(?:team|project)leider\b|\bbedrijfsleider\b|\bleidinggevende\b|\bcoordena(?:dor|dora)\b"
    r"",
    "manager",
    _ROLE,
    "level.manager",
    "a manager-level role",
)

_IC_NOUNS = (
    r"engineer|developer|programmer|designer|analyst|coordinator|specialist|consultant|strategist|"
    r"assistant|representative|rep|agent|officer|administrator|admin|clerk|accountant|bookkeeper|"
    r"auditor|scientist|researcher|writer|copywriter|editor|journalist|reporter|teacher|lecturer|"
    r"professor|tutor|instructor|trainer|coach|nurse|physician|doctor|surgeon|dentist|pharmacist|"
    r"therapist|psychologist|technician|operator|cashier|barista|chef|cook|driver|recruiter|"
    r"sourcer|planner|buyer|marketer|producer|architect|tester|receptionist|secretary|paralegal|"
    r"attorney|lawyer|solicitor|barrister|counsel|broker|realtor|salesperson|worker|labou?rer|"
    r"electrician|plumber|mechanic|pilot|caregiver|carer|influencer|creator|blogger|photographer|"
    r"videographer|artist|musician|actor|actress|model|waiter|waitress|server|bartender|"
    r"housekeeper|cleaner|janitor|guard|firefighter|soldier|sergeant|inspector|surveyor|"
    r"estimator|underwriter|actuary|economist|statistician|librarian|archivist|curator|"
    r"translator|interpreter|illustrator|animator|host|presenter|stylist|hairdresser|barber|"
    r"contributor|columnist|correspondent|registrar|concierge|teller|merchandiser|fellow|captain|"
    r"aide|hygienist|counsel(?:l)?or|paramedic|midwife|dietitian|optometrist|veterinarian|vet|"
    r"radiographer|sonographer|phlebotomist|chiropractor|podiatrist|physiotherapist|audiologist|"
    r"nanny|lifeguard|custodian|courier|porter|valet|steward|stewardess|attendant|groomer|"
    r"hostess|dispatcher|paramedic|machinist|welder|carpenter|painter|roofer|landscaper|"
    r"lieutenant|corporal|ensign|airman|seaman|private[\s-]+first[\s-]+class|"
    r"florist|baker|butcher|farmer|expert|generalist|evangelist|advocate|ambassador|associate|"
    r"professional|employee|member|investigator|ghostwriter|scrum[\s-]+master|devops|sre|"
    r"csm|swe|sde|banker|angestellte[rn]?|speechwriter|bodyguard|chauffeur|"
    r"|" + "|".join(entries("individual_contributor"))
)
_SENIOR_IC_NOUNS = _word_set(
    """
    architect attorney lawyer counsel solicitor barrister physician surgeon doctor professor
    pharmacist psychologist actuary economist expert experte expertin avocat avocate
    """
)


@_rule("level.individual_contributor", r"\b(?:" + _IC_NOUNS + r")\b")
def _individual_contributor(reader: _Reader, hit: _Hit) -> list[_Reading]:
    noun = reader.view(hit.start, hit.end)
    before = _words_before(reader, hit.start, hit.region_start, 3)
    after = _words_after(reader, hit.end, hit.region_end, 2)
    senior = noun in _SENIOR_IC_NOUNS or any(w in _SENIOR_GRADES for w in (*before, *after))
    level = "senior_ic" if senior else "entry"
    return [_Reading(hit.start, hit.end, level, _ROLE, f"level.{level}", LEVEL_PHRASES[level])]


_LEAD_QUALIFIES_NEXT = re.compile(r"^[\s-]*(?:\x00|(?:" + _IC_NOUNS + r")\b)")


@_rule("level.lead", r"\blead\b(?![\s-]+(?:gen|generation|magnet|scoring|nurturing))")
def _lead(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Marketing Lead' is a manager; in 'Lead Engineer' it is the engineer's grade."""
    if _LEAD_QUALIFIES_NEXT.match(reader.view(hit.end, hit.region_end)):
        return []
    return [_Reading(hit.start, hit.end, "manager", _ROLE, "level.manager", 'a "lead" role')]


_fixed(
    "level.training",
    r"\b" + alternatives("training") + r"\b" + _TRAINING_AS_OBJECT,
    "training",
    _ROLE,
    "level.training",
    LEVEL_PHRASES["training"],
)
_fixed(
    "level.unpaid",
    r"\b" + alternatives("unpaid") + r"\b",
    "unpaid",
    _ROLE,
    "level.unpaid",
    LEVEL_PHRASES["unpaid"],
)


@_rule(
    "review.vague_executive",
    r"\b" + alternatives("vague_executive") + r"\b",
)
def _vague_executive(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """A bare 'Executive' before a function ('Executive, Marketing') is the UK job family."""
    word = reader.view(hit.start, hit.end)
    before = _words_before(reader, hit.start, hit.region_start, 1)
    following = re.match(r"^[\s,]*([a-z]+)", reader.view(hit.end, hit.region_end))
    if not following and hit.end >= reader.segment[1] - 1:
        following = re.match(r"^\s*([a-z]+)", reader.next_segment)
    if word == "executive" and not before and following and following.group(1) in _FUNCTIONS:
        return [
            _Reading(
                hit.start, hit.end, "entry", _ROLE, "trap.executive_job_family",
                '"executive" as a job family (sales, accounts, recruiting), not a rank',
            )
        ]  # fmt: skip
    return [
        _Reading(
            hit.start, hit.end, "unknown", _WEAK_REVIEW, "review.vague_executive",
            "says the applicant is an executive or leader without naming the role",
        )
    ]  # fmt: skip
