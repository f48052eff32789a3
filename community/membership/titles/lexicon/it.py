"""Italian: the words the rules look for (see lexicon/__init__.py for the slots)."""

SLOTS = {
    "and": r"e",
    "at": r"presso",
    "now": r"attualmente",
    "articles": r"il",
    "executive_nouns": (r"direzione|direttore|direttrice|direttori|amministratore[\s-]+delegato"),
    "support_nouns": r"assistente|segretari[ao]|stagista",
    "support_prepositions": r"della|dell'|per",
    "seeking": r"in[\s-]+cerca",
    "former": r"pensionat[oa]|in[\s-]+pensione",
    "founder": r"fondatore|fondatrice",
    "owner": r"proprietari[oa]|titolare",
    "entrepreneur": r"imprenditore|imprenditrice",
    "chief_of_staff": r"capo[\s-]+di[\s-]+gabinetto",
    "school_head": r"(?:dirett(?:ore|rice)|dirigente)[\s-]+scolastic[oa]",
    "president": r"presidente",
    "director": r"direttore|direttrice",
    "training": r"stagista|tirocinante|studente(?:ssa)?",
    "unpaid": r"volontari[oa]",
}
SLOTS["individual_contributor"] = (
    r"ingegnere|sviluppat(?:ore|rice)|consulente|impiegat[oa]|addett[oa]|commess[oa]|"
    r"segretari[oa]|contabile|avvocat[oa]|insegnante|progettista|specialista|programmat(?:ore|rice)"
)
SLOTS["individual_contributor"] += r"|farmacista|medico|traduttore|traduttrice|geologo|pilota"
SLOTS["functions"] = "commerciale finanziario amministrativo"
