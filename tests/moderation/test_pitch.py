"""Pure tests for the sales-pitch detector: corpus quality, named behaviours, properties."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from community.moderation.pitch import (
    HOLD_THRESHOLD,
    PitchAssessment,
    PitchReason,
    PostContext,
    assess_post,
    rule_evidence,
)

from .pitch_data import (
    BLATANT,
    CORPUS,
    FRESH_CORPUS,
    HOLDOUT_CORPUS,
    LEGIT,
    SET_A,
    SET_B,
    SET_C,
    SET_D,
    SET_E,
    SUBTLE,
)

REPO_ROOT = Path(__file__).resolve().parents[2]

# Subtle pitches the detector is known to let through: each is one soft signal and nothing else.
KNOWN_SUBTLE_MISSES = {
    "The hidden cost of slow hiring",
}


def _held(title: str, body: str) -> bool:
    return assess_post(title, body).verdict == "hold"


def _rates(corpus: list[tuple[str, str, str]]) -> dict[str, float]:
    held: dict[str, list[bool]] = {"blatant": [], "subtle": [], "legit": []}
    for title, body, label in corpus:
        held[label].append(_held(title, body))
    return {label: sum(results) / len(results) for label, results in held.items()}


# --- The labelled corpus --------------------------------------------------------------------------


def test_corpus_has_a_few_hundred_posts_of_each_kind():
    assert len(CORPUS) >= 300
    assert len(BLATANT) >= 85 and len(SUBTLE) >= 85 and len(LEGIT) >= 145
    assert {label for _, _, label in CORPUS + FRESH_CORPUS + HOLDOUT_CORPUS} == {
        "blatant",
        "subtle",
        "legit",
    }


@pytest.mark.parametrize(("title", "body"), BLATANT, ids=[title for title, _ in BLATANT])
def test_blatant_pitch_is_held(title, body):
    assert _held(title, body)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param(
            title,
            body,
            marks=pytest.mark.xfail(strict=True, reason="known miss: a single soft signal"),
        )
        if title in KNOWN_SUBTLE_MISSES
        else (title, body)
        for title, body in SUBTLE
    ],
    ids=[title for title, _ in SUBTLE],
)
def test_subtle_pitch_is_held(title, body):
    assert _held(title, body)


@pytest.mark.parametrize(("title", "body"), LEGIT, ids=[title for title, _ in LEGIT])
def test_legitimate_post_is_allowed(title, body):
    assert not _held(title, body)


def test_corpus_meets_the_policy_targets():
    rates = _rates(CORPUS)
    assert rates["blatant"] >= 0.95
    assert rates["subtle"] >= 0.80
    assert rates["legit"] < 0.03


def test_unseen_posts_stay_close_to_the_policy_targets():
    # Written after tuning on CORPUS, then partly used to broaden the rules (see pitch_corpus.py):
    # a regression floor, looser because the sets are small; not a measure of unseen accuracy.
    rates = _rates(FRESH_CORPUS + HOLDOUT_CORPUS)
    assert rates["blatant"] >= 0.9
    assert rates["subtle"] >= 0.7
    assert rates["legit"] < 0.03


# Fresh sets (pitch_fresh.py), each 20 blatant / 20 subtle / 20 legit, with the rates measured
# when the structural rework was finished. A and B were written first and tuned on; C and D were
# held out for the first round, then their misses guided a second round, so they are regression
# data now; E was written after that round and never tuned on: it is the honest estimate of
# unseen accuracy, and it falls well short of the policy targets (see pitch.py's docstring).
# Floors are the measured counts, so a change that loses ground on any set fails here.
FRESH_SETS = {
    "A (tuning)": (SET_A, {"blatant": 20, "subtle": 19, "legit": 0}),
    "B (tuning)": (SET_B, {"blatant": 20, "subtle": 20, "legit": 0}),
    "C (held out, then tuned)": (SET_C, {"blatant": 20, "subtle": 19, "legit": 1}),
    "D (held out, then tuned)": (SET_D, {"blatant": 20, "subtle": 20, "legit": 0}),
    # E is training data for the learned model (pitch_model.py) now: 15/11/0 is not unseen accuracy.
    "E (held out)": (SET_E, {"blatant": 15, "subtle": 11, "legit": 0}),
}


@pytest.mark.parametrize("name", FRESH_SETS)
def test_fresh_set_does_not_lose_ground(name):
    posts, floors = FRESH_SETS[name]
    held = {"blatant": 0, "subtle": 0, "legit": 0}
    for title, body, label in posts:
        held[label] += _held(title, body)
    assert held["blatant"] >= floors["blatant"]
    assert held["subtle"] >= floors["subtle"]
    # False holds are what members feel most: at most the measured count, and never above 1 in 20.
    assert held["legit"] <= min(floors["legit"], 1)


def test_fresh_sets_are_the_documented_size():
    for posts, _ in FRESH_SETS.values():
        labels = [label for _, _, label in posts]
        assert [labels.count(label) for label in ("blatant", "subtle", "legit")] == [20, 20, 20]


ALL_POSTS = CORPUS + FRESH_CORPUS + HOLDOUT_CORPUS + SET_A + SET_B + SET_C + SET_D + SET_E


@pytest.mark.parametrize(("title", "body", "label"), ALL_POSTS)
def test_every_hold_explains_itself_with_words_from_the_post(title, body, label):
    assessment = assess_post(title, body)
    assert 0.0 <= assessment.score <= 1.0
    assert assessment.score == round(assessment.score, 3)
    if assessment.verdict == "hold":
        assert assessment.reasons
    for reason in assessment.reasons:
        assert reason.text and reason.span
        assert reason.span in f"{title}\n{body}"
        assert reason.text[0].isupper() and reason.text.endswith(".")


# --- Named behaviours -----------------------------------------------------------------------------


def _signals(assessment: PitchAssessment) -> set[str]:
    return {reason.signal for reason in assessment.reasons}


def test_book_a_demo_is_held():
    assessment = assess_post("New tool", "Our software closes the books faster. Book a demo today!")
    assert assessment.verdict == "hold"
    assert "call_to_action" in _signals(assessment)


def test_scheduling_link_is_held_even_with_a_disclaimer():
    assessment = assess_post(
        "Not selling anything",
        "Not selling anything, but grab time with me: https://calendly.com/someone/30min "
        "and https://calendly.com/someone/15min",
    )
    assert assessment.verdict == "hold"
    assert "scheduling_link" in _signals(assessment)


def test_question_about_pricing_is_allowed():
    assessment = assess_post(
        "What did you pay for Workday?",
        "We were quoted $95/user/month with 20% off for a three-year term. Is that normal?",
    )
    assert assessment.verdict == "allow"


def test_price_for_own_product_is_held():
    assessment = assess_post(
        "BoardDesk",
        "BoardDesk is $499/month for unlimited directors. Start your free trial at "
        "https://boarddesk.io/trial",
    )
    assert assessment.verdict == "hold"
    assert "offer_price" in _signals(assessment)


def test_vendor_comparison_is_allowed():
    assessment = assess_post(
        "Ramp vs Brex",
        "We evaluated Ramp vs Brex last year. Ramp was cheaper at our volume and had better "
        "controls; Brex had better travel features. No affiliation with either.",
    )
    assert assessment.verdict == "allow"


def test_link_to_news_article_is_allowed():
    assessment = assess_post(
        "Reuters on tariffs",
        "Worth reading: https://www.reuters.com/markets/tariffs-2025. How are you planning?",
    )
    assert assessment.verdict == "allow"
    assert assessment.reasons == ()


def test_consultant_sharing_lessons_without_a_call_to_action_is_allowed():
    assessment = assess_post(
        "What 15 years of consulting taught me",
        "I was a consultant for 15 years. What I learned: the client's middle managers decide "
        "whether change sticks, and we learned to involve them in week one.",
    )
    assert assessment.verdict == "allow"


def test_consultant_ending_with_an_open_door_is_held():
    assessment = assess_post(
        "Turnarounds",
        "Cash visibility is always worse than management thinks. This is what my practice does "
        "every day, so if it resonates, my door is open.",
    )
    assert assessment.verdict == "hold"


def test_dm_me_after_describing_own_firm_is_held():
    assessment = assess_post(
        "How we cut DSO",
        "We cut DSO by 18 days. Happy to share how we solved this at my firm — DM me.",
    )
    assert assessment.verdict == "hold"


def test_link_to_own_company_domain_counts():
    title, body = "Thoughts", "We wrote about this here: https://www.acme.com/notes/board-packs"
    with_domain = assess_post(title, body, author_domains=("acme.com",))
    without_domain = assess_post(title, body)
    assert "own_domain" in _signals(with_domain)
    assert "own_domain" not in _signals(without_domain)
    assert with_domain.score > without_domain.score


def test_own_domain_matches_subdomains_and_ignores_case_and_www():
    assessment = assess_post(
        "x", "See https://Blog.Acme.com/post", author_domains=("www.ACME.com",)
    )
    assert "own_domain" in _signals(assessment)


def test_repeated_links_to_the_same_domain_count():
    assessment = assess_post(
        "Resources",
        "See https://vendorly.com/a and https://vendorly.com/b and https://vendorly.com/c",
    )
    assert "repeated_domain" in _signals(assessment)


def test_repeated_links_to_news_sites_do_not_count():
    assessment = assess_post(
        "Reading list", "https://www.ft.com/content/a\nhttps://www.ft.com/content/b"
    )
    assert "repeated_domain" not in _signals(assessment)


def test_contact_details_are_reported_as_a_weak_signal():
    assessment = assess_post("Dinner", "Running late? Text me on +1 415 555 0101.")
    assert assessment.verdict == "allow"
    assert "contact_details" in _signals(assessment)


def test_business_contact_details_with_an_offer_are_held():
    assessment = assess_post(
        "Free audit",
        "Our firm offers a free security assessment. Reach me at dan@shieldpoint.com or "
        "+1 (415) 555-0142.",
    )
    assert assessment.verdict == "hold"
    assert "contact_details" in _signals(assessment)


def test_markdown_link_to_a_shortener_counts_as_lead_capture():
    assessment = assess_post("Offer", "[Claim the deal](https://bit.ly/abc123) — 30% off this week")
    assert "lead_capture" in _signals(assessment)
    assert assessment.verdict == "hold"


def test_quoted_sales_phrase_is_not_the_authors_call_to_action():
    assessment = assess_post(
        "Cold emails",
        "Every vendor email now ends with 'book a demo' or \"let's connect to discuss how we can "
        'help". How do you filter these?',
    )
    assert assessment.verdict == "allow"


def test_not_selling_anything_weakens_soft_signals():
    body = "I run a consultancy. Happy to chat about how you structure your board."
    plain = assess_post("Boards", body)
    disclaimed = assess_post("Boards", body + " Not selling anything, just curious.")
    assert disclaimed.score < plain.score


def test_reply_title_question_does_not_excuse_the_reply():
    body = "We run these for our clients. If anyone wants help, you know where to find me."
    assert _held("Re: how do you run QBRs?", body)


def test_hiring_for_own_team_is_allowed():
    assessment = assess_post(
        "We're hiring a CFO",
        "My company is hiring a CFO. Details on our careers page: "
        "https://example-co.com/careers/cfo. Introductions welcome.",
        author_domains=("example-co.com",),
    )
    assert assessment.verdict == "allow"


def test_recruiter_selling_placements_is_held():
    assert _held(
        "Need a VP?",
        "We are a retained search firm. Our fee is 25% of first-year comp. Message me to start.",
    )


def test_cold_contact_request_is_held():
    assert _held(
        "Hi Sam",
        "Hi Sam, I noticed your company is growing fast. We help companies like yours automate "
        "payroll. Are you free Thursday for a quick demo?",
    )


def test_personal_contact_request_is_allowed():
    assert not _held(
        "Hi Sam",
        "Hi Sam, we met at the CFO dinner in Boston. I'd love to compare notes on board "
        "reporting sometime — coffee next time I'm in town?",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Notre cabinet accompagne les DAF. Prenez rendez-vous : contact@cabinet.fr",
        "Nuestra empresa ayuda a CEOs. Solicita una demo gratuita hoy.",
        "Unsere Plattform hilft CFOs. Jetzt kostenlose Demo buchen!",
    ],
)
def test_french_spanish_and_german_calls_to_action_are_held(body):
    assert _held("Offre", body)


def test_weak_signals_are_listed_even_when_allowed():
    assessment = assess_post("Rates", "Is a free trial that auto-renews enforceable?")
    assert assessment.verdict == "allow"
    assert assessment.reasons


def test_empty_post_is_allowed_with_no_reasons():
    assert assess_post("", "") == PitchAssessment(verdict="allow", score=0.0, reasons=())


def test_to_dict_has_the_contract_shape():
    assessment = assess_post("Demo", "Book a demo: https://calendly.com/x/y")
    data = assessment.to_dict()
    assert set(data) == {"verdict", "score", "reasons"}
    assert data["verdict"] == "hold" and isinstance(data["score"], float)
    assert all(set(reason) == {"signal", "text", "span"} for reason in data["reasons"])


def test_threshold_is_inside_the_score_range():
    assert 0.0 < HOLD_THRESHOLD < 1.0
    assert PitchReason("call_to_action", "Asks readers to book a demo.", "book a demo").signal


def test_seller_description_plus_soft_ask_is_held_but_either_alone_is_not():
    seller = "We redesign websites for SaaS companies."
    ask = "Happy to walk anyone through it."
    assert not _held("Websites", seller)
    assert not _held("Websites", "Websites are hard. " + ask)
    assessment = assess_post("Websites", f"{seller} {ask}")
    assert assessment.verdict == "hold"
    assert "pitch_pattern" in _signals(assessment)


def test_link_introduced_as_an_action_counts_as_lead_capture():
    assessment = assess_post("Report", "Get the full template at strategyoffsite.com/agenda.")
    assert "lead_capture" in _signals(assessment)


def test_problem_question_answered_by_the_seller_is_a_hook():
    assert "sales_hook" in _signals(assess_post("Payroll", "Payroll headaches? We fix them."))
    assert "sales_hook" not in _signals(
        assess_post("Coaches: worth it?", "We tried one last year. Mixed results.")
    )


def test_the_same_words_are_not_counted_twice():
    assessment = assess_post("IT", "Our MSP costs about $45 per user per month.")
    spans = [(reason.signal, reason.span) for reason in assessment.reasons]
    assert len(spans) == len(set(spans))


@pytest.mark.parametrize(
    "body",
    [
        "Il nostro studio aiuta le aziende. Prenota una consulenza gratuita.",
        "A nossa plataforma reduz custos em 40%. Experimente grátis durante 30 dias.",
        "Ons kantoor verzorgt uw administratie. Neem gerust contact op.",
    ],
)
def test_italian_portuguese_and_dutch_pitches_are_held(body):
    assert _held("Aanbod", body)


def test_hiring_for_own_team_in_dutch_is_allowed():
    assert not _held(
        "Wij zoeken een CFO",
        "Wij zoeken een nieuwe CFO. Vacature op onze website: https://bouw.nl/vacatures/cfo",
    )


@pytest.mark.parametrize(
    "text",
    [
        "we " + " " * 50_000,
        "?" * 50_000,
        "a. " * 16_000,
        "our our happy to " * 3_000,
        "Need a " + "x" * 40 + "? We " * 2_000,
        "$1" + "1" * 50_000,
    ],
)
def test_long_adversarial_input_is_assessed_in_bounded_time(text):
    started = time.perf_counter()
    assess_post("t", text)
    # Linear scanning takes well under a second here; the bound is loose for slow CI machines.
    assert time.perf_counter() - started < 10


def test_malformed_author_domain_is_ignored():
    assessment = assess_post("x", "See https://acme.com/a", author_domains=("http://[", ""))
    assert "own_domain" not in _signals(assessment)


# --- Properties -----------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "Book a demo",
        "DM me",
        "https://calendly.com/a/b",
        "[x](https://bit.ly/y)",
        "name@firm.com",
        "+1 (555) 555-0100",
        "$499/month",
        "20% off",
        "what did you pay?",
        "we evaluated X vs Y",
        "'quoted'",
        "> quoted line",
        "www.",
        "](",
        "@",
        "Re:",
    ]
)
_POST_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=20)), max_size=12).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(title=_POST_TEXT, body=_POST_TEXT, domains=st.lists(st.text(max_size=20), max_size=3))
def test_any_text_gets_a_valid_assessment(title, body, domains):
    assessment = assess_post(title, body, author_domains=domains)
    assert assessment.verdict in {"allow", "hold"}
    assert 0.0 <= assessment.score <= 1.0
    assert (assessment.verdict == "hold") == (assessment.score >= HOLD_THRESHOLD)
    for reason in assessment.reasons:
        assert reason.text and reason.span in f"{title}\n{body}"


# --- Purity ---------------------------------------------------------------------------------------


def test_importing_the_module_loads_neither_flask_nor_sqlalchemy():
    code = (
        "import sys, community.moderation.pitch\n"
        "assert 'flask' not in sys.modules, 'flask'\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# --- Evasion --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "disguised",
    [
        "B00k a fr33 d3mo with us today, our platform cuts cloud bills by 40%.",
        "Our platform cuts cloud bills. 2O% 0ff this week if you book a demo now.",
        "Our platform cuts cloud bills. Воок а dеmо today.",  # Cyrillic look-alikes
        "Our platform cuts cloud bills. Bo\u200bok a de\u200dmo today.",  # zero-width characters
        "Our platform cuts cloud bills. b o o k a demo today.",
        "Our platform cuts cloud bills by 40%. D.M. me for our pricing.",
        "Our platform cuts cloud bills. B📞o📞o📞k a 📅 demo 📅 today.",
        "Our platform cuts cloud bills. 𝐁𝐨𝐨𝐤 𝐚 𝐝𝐞𝐦𝐨 today.",
        "Our platform cuts cloud bills. Ｂｏｏｋ ａ ｄｅｍｏ today.",
    ],
)
def test_disguised_sales_words_are_read_as_written(disguised):
    assessment = assess_post("Cloud costs", disguised)
    assert assessment.verdict == "hold"
    assert "call_to_action" in _signals(assessment) or "offer_price" in _signals(assessment)
    for reason in assessment.reasons:
        assert reason.span in f"Cloud costs\n{disguised}"


def test_words_hidden_in_a_link_target_are_read():
    text = "Sharing our view on cloud costs, [our notes](https://acme.io/book-a-free-demo-now)."
    evidence = rule_evidence("Cloud", text)
    assert "book a free demo now" in evidence.model_text
    assert "lead_capture" in {finding.signal for finding in evidence.findings}


def test_normalisation_leaves_ordinary_numbers_codes_and_other_scripts_alone():
    from community.moderation.pitch.normalise import normalise

    text = "B2B SaaS in Q3 2025, COVID19, 401k plans, code HUNT50, Привет, Καλημέρα, e.g. this."
    assert normalise(text).text == text.replace("e.g.", "eg")


# --- Who writes, where: PostContext ---------------------------------------------------------------

_VENDOR_NOTE = (
    "We have rebuilt the month-end close for a dozen mid-size finance teams this year; the notes "
    "are at https://closeworks.io/notes if useful."
)


def test_a_vendor_linking_to_their_own_firm_weighs_more():
    plain = assess_post("Month-end close", _VENDOR_NOTE)
    vendor = assess_post(
        "Month-end close",
        _VENDOR_NOTE,
        context=PostContext(author_provides_services=True, author_domain="closeworks.io"),
    )
    assert vendor.score > plain.score
    assert "vendor_own_link" in _signals(vendor)


def test_a_new_members_first_posts_weigh_more():
    body = "We help CFOs close the books faster. Happy to walk anyone through it."
    regular = assess_post("Closing", body, context=PostContext(author_post_count=50))
    newcomer = assess_post("Closing", body, context=PostContext(author_post_count=0))
    assert newcomer.score > regular.score


def test_hiring_for_own_team_in_a_jobs_category_weighs_less():
    body = (
        "We're hiring a VP Finance for our Berlin team. Details at https://acme.com/careers/vp "
        "and referrals are welcome: jane@acme.com"
    )
    general = assess_post("Hiring", body)
    jobs = assess_post("Hiring", body, context=PostContext(category_kind="jobs"))
    assert jobs.score < general.score
    assert jobs.verdict == "allow"


def test_a_members_meetup_in_an_events_category_weighs_less():
    body = "Members' dinner in Lisbon on 12 June: reply here or message me if you'd like to come."
    general = assess_post("Lisbon dinner", body)
    events = assess_post("Lisbon dinner", body, context=PostContext(category_kind="events"))
    assert events.score <= general.score
    assert events.verdict == "allow"


def test_a_buyers_question_about_a_vendors_offer_weighs_less():
    body = (
        "Vendor X offered us 30% off if we sign a three-year deal at $40 per seat. What did you "
        "pay? Is that normal?"
    )
    buyer = assess_post("Pricing", body, context=PostContext(author_provides_services=False))
    assert buyer.score <= assess_post("Pricing", body).score
    assert buyer.verdict == "allow"


def test_a_public_research_report_weighs_less():
    body = "The OECD's new report on SME productivity is worth a read: https://oecd.org/sme-2025"
    assessment = assess_post("Report", body, context=PostContext(category_kind=None))
    assert assessment.verdict == "allow"


def test_context_never_excuses_a_booking_link():
    body = "Book a demo: https://calendly.com/x/30min"
    for context in (
        PostContext(category_kind="jobs"),
        PostContext(category_kind="events"),
        PostContext(category_kind="recommendations"),
    ):
        assert assess_post("x", body, context=context).verdict == "hold"
