"""What the rules find in a post: the findings, the contexts that explain some of them away, the
situation of the post (who writes, where) and their noisy-OR score. The model reads it as features.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .findings import Finding
from .links import (
    contact_findings,
    find_links,
    link_findings,
    mask,
    mask_links,
    normalise_domain,
)
from .normalise import Normalised, normalise
from .rules import ASK_SIGNALS, CONTEXTS, PHRASE_RULES, SELLER_SIGNALS, STRUCTURAL_RULES, Context
from .situation import Adjustment, PostContext, adjustments

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
class RuleEvidence:
    """What the rules found in a post; the model reads it as features."""

    # The post after normalisation (look-alike letters, invisible characters... undone).
    text: str
    # The same with quoted passages blanked out (same offsets): what the model reads.
    model_text: str
    findings: tuple[Finding, ...]
    contexts: tuple[Context, ...]
    score: float
    adjustments: tuple[Adjustment, ...] = ()
    # The post as written: reasons quote it.
    original: str = ""

    @property
    def dampened(self) -> bool:
        """True when context (a pricing question, hiring, lessons...) explained a signal away."""
        return any(
            finding.signal in context.weakens
            for finding in self.findings
            for context in self.contexts
        ) or any(adjustment.factor < 1 for adjustment in self.adjustments)

    @property
    def weighs_more(self) -> bool:
        """True when the post's situation (a vendor's own link, first posts) weighs it up."""
        return any(adjustment.factor > 1 for adjustment in self.adjustments)

    def weight_after_context(self, finding: Finding) -> float:
        weight = finding.weight
        for context in self.contexts:
            if finding.signal in context.weakens:
                weight *= context.factor
        for adjustment in self.adjustments:
            if finding.signal in adjustment.signals:
                weight *= adjustment.factor
        return weight

    def features(self) -> dict[str, float]:
        features: dict[str, float] = {"r:score": self.score}
        for finding in self.findings:
            name = f"r:{finding.signal}"
            weight = round(self.weight_after_context(finding), 4)
            features[name] = max(features.get(name, 0.0), weight)
        for context in self.contexts:
            features[f"r:ctx:{context.name}"] = 1.0
        return features


def rule_evidence(
    title: str,
    body: str,
    *,
    author_domains: Iterable[str] = (),
    context: PostContext | None = None,
) -> RuleEvidence:
    """Run the rules alone: their findings, the contexts found and their noisy-OR score."""
    original = f"{title or ''}\n{body or ''}"
    normalised = normalise(original)
    text = normalised.text
    domains = list(author_domains)
    if context is not None and context.author_domain:
        domains.append(context.author_domain)
    own_domains = {normalise_domain(domain) for domain in domains if domain}
    own_domains.discard("")

    links = find_links(text)
    # Quoted words are someone else's ("they said 'book a demo'"); links and contacts still count.
    unquoted = mask(mask(text, _QUOTED), _BLOCKQUOTE)
    phrase_text = mask_links(unquoted, links)

    findings = _phrase_findings(phrase_text, normalised)
    findings += link_findings(links, own_domains)
    findings += contact_findings(text, links, own_domains)

    # A reply's title ("Re: anyone used X?") repeats the thread's question, not the replier's.
    title_length = len(normalise(title or "").text)
    context_text = phrase_text[title_length:] if _REPLY_TITLE.match(title or "") else phrase_text
    contexts = [rule for rule in CONTEXTS if rule.pattern.search(context_text)]
    findings += _pairing_findings(findings)
    situation = adjustments(context, findings, {rule.name for rule in contexts}, links)
    findings += [finding for adjustment in situation for finding in adjustment.findings]
    # Spans were cut from the normalised text; quote the author's original characters.
    findings = [
        f if f.span in original else Finding(f.signal, f.weight, f.text, _original(normalised, f))
        for f in findings
    ]
    score = _combine(findings, contexts, situation)
    # Link targets are read too: "[our research](x.io/book-a-free-demo)" hides its words there.
    target_words = " ".join(
        re.sub(r"[-_/.=?&+]+", " ", link.path).strip() for link in links if link.path.strip("/")
    )
    model_text = f"{unquoted}\n{target_words}" if target_words else unquoted
    return RuleEvidence(
        text, model_text, tuple(findings), tuple(contexts), score, situation, original
    )


def _original(normalised: Normalised, finding: Finding) -> str:
    return normalised.original_of(finding.span).strip() or finding.span


def _combine(
    findings: list[Finding], contexts: list[Context], situation: Iterable[Adjustment] = ()
) -> float:
    """Noisy-OR of the signal weights after context has weakened the ones it explains."""
    remaining = 1.0
    for finding in findings:
        weight = finding.weight
        for context in contexts:
            if finding.signal in context.weakens:
                weight *= context.factor
        for adjustment in situation:
            if finding.signal in adjustment.signals:
                weight *= adjustment.factor
        remaining *= 1.0 - min(max(weight, 0.0), 0.99)
    return round(min(max(1.0 - remaining, 0.0), 1.0), 3)


def _pairing_findings(findings: list[Finding]) -> list[Finding]:
    sellers = [
        f
        for f in findings
        if f.signal in SELLER_SIGNALS or (f.signal == "offer_price" and f.weight >= 0.35)
    ]
    asks = [f for f in findings if f.signal in ASK_SIGNALS]
    if not sellers or not asks:
        return []
    ask = max(asks, key=lambda finding: finding.weight)
    if all(seller.span == ask.span for seller in sellers):
        return []
    return [
        Finding(
            "pitch_pattern",
            0.2,
            "Describes what you sell and asks readers to take you up on it.",
            ask.span,
        )
    ]


def _phrase_findings(phrase_text: str, normalised: Normalised) -> list[Finding]:
    findings = []
    taken: list[tuple[int, int]] = []
    counted: set[tuple[str, int, int]] = set()
    for rule in PHRASE_RULES + STRUCTURAL_RULES:
        structural = rule in STRUCTURAL_RULES
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
            span = normalised.original_span(*match.span()).strip()
            findings.append(Finding(rule.signal, weight, rule.text, span))
            if len(seen) == 3:
                break
    return findings
