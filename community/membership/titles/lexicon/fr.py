"""French: the words the rules look for (see lexicon/__init__.py for the slots)."""

SLOTS = {
    "and": r"et",
    "at": r"chez",
    "now": r"actuellement",
    "articles": r"du|de|la|le",
    "executive_nouns": (
        r"direction|pdg|dg|directeur|directrice|directrices|directeurs|patron|"
        r"directeur[\s-]+general"
    ),
    "support_nouns": r"assistante|secretaire|stagiaire|collaborat(?:eur|rice)",
    "support_prepositions": r"du|de|de[\s-]+la|des|pour",
    "office_of": r"bureau",
    "ambition": r"aspirant|futur",
    "seeking": r"en[\s-]+recherche|a[\s-]+la[\s-]+recherche",
    "former": r"ancien(?:ne)?|retraitee?|a[\s-]+la[\s-]+retraite|en[\s-]+retraite",
    "fractional": r"temps[\s-]+partiel",
    "founder": r"fondat(?:eur|rice)",
    "owner": (
        r"proprietaire|co-?gerant(?:e)?|chef[\s-]+d'entreprise|"
        r"gerant(?:e)?(?![\s-]+de[\s-]+(?:magasin|boutique|restaurant|supermarche|rayon))"
    ),
    "entrepreneur": r"entrepreneuse|auto[\s-]*entrepreneur",
    "chief_of_staff": r"chef[\s-]+de[\s-]+cabinet|direct(?:eur|rice)[\s-]+de[\s-]+cabinet",
    "school_head": r"direct(?:eur|rice)[\s-]+d'ecole",
    "training": r"stagiaire|alternant(?:e)?|apprenti(?:e)?|etudiant(?:e)?",
    "unpaid": r"benevole|chomage|sans[\s-]+emploi",
    "director": r"directeur|directrice",
    "president": r"pdg|p-dg",
}
SLOTS["university_head"] = r"recteur|rectrice"
SLOTS["individual_contributor"] = (
    r"pharmacien(?:ne)?|traduct(?:eur|rice)|medecin|geologue|pilote|electricien(?:ne)?|"
    r"ingenieur(?:e|in)?|developpeu(?:r|se)|consultante?|analyste|assistante?|charge(?:e)?|"
    r"conseill(?:er|ere)|commercial(?:e)?|comptable|technicien(?:ne)?|vendeu(?:r|se)|employe(?:e)?|"
    r"secretaire|juriste|avocat(?:e)?|infirmi(?:er|ere)|professeur(?:e)?|enseignant(?:e)?|"
    r"redact(?:eur|rice)|graphiste|acheteu(?:r|se)|attache(?:e)?|gestionnaire|operat(?:eur|rice)|"
    r"ouvri(?:er|ere)|caissi(?:er|ere)|serveu(?:r|se)|cuisini(?:er|ere)"
)
