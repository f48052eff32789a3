"""Vocabulary shared by several rules, built from the lexicons of every supported language."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import alternatives, entries, words

# --------------------------------------------------------------------------------------------
# Vocabulary shared by several rules
# --------------------------------------------------------------------------------------------


def _word_set(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words, so the lists stay readable."""
    return frozenset(text.split())


_GF = r"gesch(?:a|ae)ftsf(?:u|ue)hr"  # Geschäftsführ-, with or without the umlaut spelled out

# Business functions: "X Director", "Head X" and "Chief X Officer" need one of these to count.
_FUNCTIONS = _word_set(
    """
    marketing sales account accounts creative design brand branding product products program
    programs programme programmes project projects operations operation ops finance financial hr
    people talent it technology tech engineering data digital content communications
    communication comms strategy strategic business development commercial customer customers
    client clients service services legal compliance risk medical clinical nursing research
    scientific science innovation growth revenue partnerships partnership alliances channel
    supply chain procurement purchasing logistics manufacturing production quality regulatory
    security infrastructure network software country region regional area site plant retail
    ecommerce e-commerce online media pr public affairs government policy investor relations
    treasury tax audit accounting analytics insights experience ux ui learning training
    education admissions fundraising philanthropy advancement portfolio investment investments
    credit lending trading wealth private banking equity capital fund delivery transformation
    change practice national international division divisional department business-unit
    category merchandising buying sourcing trade export field franchise facilities property
    real estate construction health safety environmental sustainability esg diversity inclusion
    culture employee internal corporate community events event performance demand social
    loyalty crm pricing planning platform architecture cloud cyber information systems
    solutions professional consulting advisory hospitality food beverage rooms studio editorial
    publishing marketing-communications human resources resource sales-operations revops
    go-to-market gtm ai machine intelligence automation integration acquisition acquisitions
    m&a legal-affairs campaigns acquisition enterprise mobile web games gaming pharmacy
    patient care cx dx catering energy
    """
) | words("functions")

# Words that neither name a function nor change the rank ("Senior", "Global", "EMEA").
_NEUTRAL = _word_set(
    """
    senior sr snr global group regional interim acting national international area divisional
    corporate local joint sole the a an co emea apac latam americas america europe european
    asia africa nordic nordics dach benelux uk us usa eu north south east west central
    worldwide new executive managing associate assistant general deputy chief vice
    """
)

_WHIMSICAL = _word_set(
    """
    happiness happy fun evangelist evangelism storyteller storytelling ninja troublemaker dreamer
    cheerleader inspiration inspirational visionary vision heart love unicorn unicorns wizard
    rockstar rock star bottle washer everything hustler hustle coffee imagination vibes vibe
    magic magician kindness joy smile smiles chaos disruptor believer dog cat pizza beer party
    mischief guru jedi superhero hero nerd geek goodwill awesome awesomeness doer thinker
    wrangler snack cheer dream dreams wonder curiosity instigator tinkerer encourager motivator
    motivation problem solver hugs spark first impressions good times cool stuff things
    whisperer whisperers
    """
)

# Words that make "Chief ... Officer" a real executive function.
_OFFICER_FUNCTIONS = _FUNCTIONS | _word_set(
    """
    executive operating technology information marketing financial human resources people
    customer data digital security product commercial strategy growth revenue brand legal
    experience innovation sustainability medical nursing risk compliance investment
    administrative transformation diversity inclusion equity analytics privacy procurement
    supply chain culture communications accounting scientific science clinical quality ethics
    impact talent learning knowledge ai artificial intelligence automation operations business
    development client creative content design engineering research partnership partnerships
    merchandising underwriting credit trust safety integrity value patient member policy
    regulatory ecommerce e-commerce platform infrastructure cloud cybersecurity cyber
    architecture sales services service ventures venture portfolio treasury tax audit
    environmental esg social responsibility responsible transformation integration franchise
    retail restaurant network campaigns academic health wellbeing well-being philanthropy
    external corporate public government affairs information-security hr it tech technical
    people-and-culture insights media editorial program programme of
    """
)

_EXEC_ACRONYMS = (
    r"ceo|cmo|cfo|coo|cto|cio|cdo|cco|cso|cpo|chro|cro|ciso|cxo|cao|cgo|clo|cno|cbo|cdao|caio"
    r"|cpto|cino|csco|cco"
)
# An executive named as somebody else (the person one assists, serves, reports to or coaches).
_EXEC_OBJECT = (
    r"(?:" + alternatives("articles") + r"[\s-]+)?"
    r"(?:(?:global|group|regional|senior|executive|managing|general|vice|deputy|co|founding|"
    r"company|firm|business|sales|marketing|division|department|country)[\s-]*)*"
    r"(?:(?:" + _EXEC_ACRONYMS + r")s?|c-?suite|c-?level|chief(?:[\s-]+[a-z&]+){0,4}?[\s-]+"
    r"officers?|chief[\s-]+executives?|(?:senior[\s-]+|executive[\s-]+)?vice[\s-]*presidents?"
    r"|s?vps?|evps?|presidents?|chair(?:man|woman|person)?s?|chairmen|(?:co-?)?founders?"
    r"|owners?|mds?|managing[\s-]+directors?|directors?|head[\s-]+of[\s-]+[a-z&]+|heads"
    r"|partners?|principals?|board(?:[\s-]+of[\s-]+directors)?|executives?|gms?"
    r"|general[\s-]+managers?|deans?|leadership(?:[\s-]+team)?|management|directie|direction"
    r"|chief[\s-]+[a-z]+|governors?|mayors?|ministers?|senators?|ambassadors?|commissioners?"
    r"|superintendents?|provosts?|chancellors?|rectors?|head[\s-]*(?:teachers?|masters?)"
    r"|" + "|".join(entries("executive_nouns")) + r")"
)
_EXEC_LIST = _EXEC_OBJECT + r"(?:[\s,&/+]+(?:and[\s-]+)?" + _EXEC_OBJECT + r")*"

_BANKING = re.compile(
    r"\b(?:bank|banks|banking|banker|wealth[\s-]+management|private[\s-]+wealth|capital[\s-]+"
    r"markets|global[\s-]+markets|investment[\s-]+bank\w*|jp[\s-]*morgan(?:[\s-]+chase)?|"
    r"jpmorgan(?:[\s-]+chase)?|chase|goldman(?:[\s-]+sachs)?|morgan[\s-]+stanley|citi|citibank|"
    r"citigroup|barclays|hsbc|deutsche[\s-]+bank|bnp(?:[\s-]+paribas)?|ubs|credit[\s-]+suisse|"
    r"wells[\s-]+fargo|bank[\s-]+of[\s-]+america|bofa|merrill(?:[\s-]+lynch)?|santander|bbva|"
    r"societe[\s-]+generale|natixis|credit[\s-]+agricole|ing|abn[\s-]+amro|rabobank|commerzbank|"
    r"nomura|mizuho|mufg|rbc|bmo|scotiabank|cibc|lloyds|natwest|standard[\s-]+chartered|"
    r"unicredit|intesa(?:[\s-]+sanpaolo)?|state[\s-]+street|bny(?:[\s-]+mellon)?|northern[\s-]+"
    r"trust|jefferies|lazard|evercore|macquarie|pnc|truist|capital[\s-]+one|keybank|fifth[\s-]+"
    r"third|charles[\s-]+schwab|raiffeisen|banco|banque|sparkasse)\b"
)


def _is_function_phrase(words: list[str]) -> bool | None:
    """True when the words name a business function, None when they only modify the rank
    ("Senior", "Global", or nothing at all), False when they name something else."""
    if not words:
        return None
    if any(word in _FUNCTIONS for word in words):
        return True
    if all(word in _NEUTRAL for word in words):
        return None
    return False


def _whimsical(words: Iterable[str]) -> bool:
    return any(word in _WHIMSICAL for word in words)


# Assistants bound to an executive: the executive is whom they assist, not who they are.
# Nouns for people who work for an executive; "<noun> [up to two words] to/for/of <executive>"
# ("Asistente Ejecutiva del Presidente", "Research Associate to the Chief Economist").
_SUPPORT_NOUNS = "|".join(entries("support_nouns"))
_SUPPORT_PREPOSITION = alternatives("support_prepositions")

# "Director of Intern Programs", "Head of Graduate Recruitment": trainees as the object of the
# work, not the applicant's own level.
_TRAINING_AS_OBJECT = (
    r"(?![\s-]+(?:programs?|programmes?|recruit\w*|admissions?|studies|schemes?|relations|"
    r"development|experience|hiring|outreach|affairs|services|success|engagement|housing|life|"
    r"enrol\w*|careers?|placements?|pipelines?|academy|wellbeing|well-being|mobility|"
    r"financial[\s-]+aid|aid|loans?)\b)"
)

_SENIOR_GRADES = _word_set("senior sr snr staff lead principal expert")
