"""German: the words the rules look for (see lexicon/__init__.py for the slots).

Written without umlauts, as the rules read text; "Geschäftsführer" is matched with or without the
umlaut spelled out (GF below)."""

GF = r"gesch(?:a|ae)ftsf(?:u|ue)hr"  # Geschäftsführ-

SLOTS = {
    "and": r"und",
    "at": r"bei",
    "now": r"aktuell",
    "articles": r"die|der|das|den",
    "executive_nouns": (
        r"geschaftsfuhrung|geschaftsleitung|vorstand|direktor(?:in|en)?|geschaftsfuhrer(?:in|s)?|"
        r"vorstands|vorsitzende[nr]?"
    ),
    "support_nouns": r"assistent(?:e|in)?|sekret(?:a|ae)r(?:in)?|praktikant(?:in)?|referent(?:in)?",
    "support_prepositions": r"der|des|dem|beim|fur",
    "office_of": r"buro",
    "ambition": r"angehende[rn]?|kunftige[rn]?",
    "seeking": r"auf[\s-]+der[\s-]+suche",
    "former": r"ehemalige[rns]?|ehem|im[\s-]+ruhestand|rentner(?:in)?",
    "fractional": r"teilzeit|freiberufler(?:in)?|freiberuflich(?:e|er)?|interim[\s-]+managerin",
    "founder": r"gr(?:u|ue)nder(?:in)?|mitgr(?:u|ue)nder(?:in)?",
    "owner": (
        r"inhaber(?:in)?|teilhaber(?:in)?|selbst(?:st)?andig\w*|"
        r"(?<!hrende )(?<!hrender )gesellschafter(?:in)?"
    ),
    "entrepreneur": r"unternehmer(?:in)?",
    "deputy": r"stellvertretende[rn]?|stv|stellv",
    "chief_of_staff": r"stabschef",
    "general_manager": r"general[\s-]+managerin",
    "school_head": r"schulleiter(?:in)?",
    "vice_president": r"vize[\s-]*pr(?:a|ae)sident(?:in)?|vice[\s-]*president(?:in)",
    "chair": r"vorsitzende[rn]?",
    "president": r"pr(?:a|ae)sident(?:in)?|presidentin",
    "director": r"direktor(?:in)?",
    "training": r"werkstudent(?:in)?|praktikant(?:in)?|azubi|auszubildende[rn]?",
    "unpaid": r"ehrenamt\w*|arbeitslos",
}
SLOTS["individual_contributor"] = (
    r"[a-z]+(?:entwickler|berater|ingenieur|techniker|referent|sachbearbeiter|spezialist|planer|"
    r"einkaufer|verkaufer|mitarbeiter|designer|architekt|analyst|pfleger)(?:in)?|[a-z]+kauf(?:mann|"
    r"frau)|[a-z]+fachkraft|"
    r"entwickler(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|"
    r"assistent(?:in)?|kaufmann|kauffrau|buchhalter(?:in)?|verk(?:a|ae)ufer(?:in)?|techniker(?:in)?|"
    r"fachkraft|fachinformatiker(?:in)?|lehrer(?:in)?|pfleger(?:in)?|spezialist(?:in)?|"
    r"analyst(?:in)?|redakteur(?:in)?|anwalt|anwaltin|rechtsanwalt(?:in)?|steuerberater(?:in)?|"
    r"experte|expertin|sekret(?:a|ae)r(?:in)?|designer(?:in)?"
)
SLOTS["individual_contributor"] += (
    r"|apotheker(?:in)?|elektriker(?:in)?|ubersetzer(?:in)?|arzt|arztin"
)
SLOTS["vague_executive"] = r"leitende[rn]?[\s-]+angestellte[rn]?"
SLOTS["functions"] = "kaufmannischer kaufmannische"
