"""Asking peers for recommendations, and inviting vendors to respond privately, on the asker's
terms: what the views and tests call. The rules themselves are in community.asks.terms."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update

from community import audit
from community.accounts.classify import classify_sender
from community.accounts.connections import open_connection
from community.accounts.models import ContactRequest, MemberProfile
from community.asks import terms
from community.asks.models import Ask, AskResponse, AskSignal, ProfileServices
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Thread
from community.moderation.pitch import PostContext, assess_post
from community.standing import capabilities as can
from community.unit_of_work import transaction, transactional

SPACE_KIND = "recommendations"
SPACE_SLUG = "recommendations"
SERVICES_MAX = 10
SERVICE_LENGTH_MAX = 80


class ResponseRefused(DomainError):
    status_code = 403


class ResponseHeld(DomainError):
    """The pitch check would hold the response: it is not sent, and the vendor sees why."""

    def __init__(self, message: str, reasons: list[dict]):
        super().__init__(message)
        self.reasons = reasons


# ---------------------------------------------------------------------------------------------
# Who provides services
# ---------------------------------------------------------------------------------------------


def disclosure_of(user: User) -> ProfileServices:
    return db.session.get(ProfileServices, user.id) or ProfileServices(
        user_id=user.id, provides_services=False, services=""
    )


def providers_among(users: list[User]) -> set[int]:
    """The ids of those who carry the "provides services" mark: they say so, or their profile
    reads as a vendor or consultant (community.accounts.classify)."""
    ids = [user.id for user in users]
    if not ids:
        return set()
    declared = set(
        db.session.scalars(
            select(ProfileServices.user_id).where(
                ProfileServices.user_id.in_(ids), ProfileServices.provides_services.is_(True)
            )
        )
    )
    functions = dict(
        db.session.execute(
            select(MemberProfile.user_id, MemberProfile.function).where(
                MemberProfile.user_id.in_(ids)
            )
        ).all()
    )
    return declared | {
        user.id
        for user in users
        if classify_sender(user.job_title, user.company, functions.get(user.id)).is_vendor
    }


def providers_among_ids(user_ids) -> set[int]:
    """providers_among for ids (one query for the people): for pages that list authors."""
    ids = sorted({int(user_id) for user_id in user_ids if user_id is not None})
    if not ids:
        return set()
    return providers_among(list(db.session.scalars(select(User).where(User.id.in_(ids)))))


def services_offered(user_id: int) -> list[str]:
    record = db.session.get(ProfileServices, user_id)
    return record.service_list if record is not None else []


def provides_services(user: User) -> bool:
    return user.id in providers_among([user])


def clean_services(raw: str) -> list[str]:
    seen, services = set(), []
    for line in (raw or "").splitlines():
        label = " ".join(line.split())[:SERVICE_LENGTH_MAX]
        if label and label.lower() not in seen:
            seen.add(label.lower())
            services.append(label)
    return services[:SERVICES_MAX]


@transactional
def update_services(user: User, provides: bool, raw_services: str) -> ProfileServices:
    """Say whether one provides services, and which; listing services is saying so."""
    can.ensure_may(user, can.READ_FORUM)
    services = clean_services(raw_services)
    record = db.session.get(ProfileServices, user.id)
    if record is None:
        record = ProfileServices(user_id=user.id)
        db.session.add(record)
    record.provides_services = bool(provides or services)
    record.services = "\n".join(services)
    db.session.flush()
    audit.record(
        user,
        "profile.services_updated",
        ("users", user.id),
        after={"provides_services": record.provides_services, "services": services},
    )
    return record


def provider_ids() -> set[int]:
    """Every member who carries the mark. The title rule is Python (classify), so this reads
    each member's title, company and function once: fine for a community of thousands."""
    rows = db.session.execute(
        can.active_members_query()
        .with_only_columns(User.id, User.job_title, User.company, MemberProfile.function)
        .outerjoin(MemberProfile, MemberProfile.user_id == User.id)
    ).all()
    declared = set(
        db.session.scalars(
            select(ProfileServices.user_id).where(ProfileServices.provides_services.is_(True))
        )
    )
    classed = {
        row.id
        for row in rows
        if classify_sender(row.job_title, row.company, row.function).is_vendor
    }
    return classed | (declared & {row.id for row in rows})


def providers_query() -> select:
    """The directory filtered by the mark: alphabetical, never ranked."""
    return (
        can.active_members_query()
        .where(User.id.in_(sorted(provider_ids())))
        .order_by(func.lower(User.name), User.id)
    )


# ---------------------------------------------------------------------------------------------
# Asking peers
# ---------------------------------------------------------------------------------------------


def recommendations_space() -> Category | None:
    return db.session.scalar(
        select(Category).where(Category.kind == SPACE_KIND).order_by(Category.id).limit(1)
    )


def _ensure_space() -> Category:
    """The recommendations category, made on the first ask (admins may rename or move it)."""
    category = recommendations_space()
    if category is None:
        category = db.session.scalar(select(Category).where(Category.slug == SPACE_SLUG))
        if category is None:
            category = Category(
                slug=SPACE_SLUG,
                name="Recommendations",
                description=(
                    "Ask peers which partners they have used. Naming a vendor you have worked "
                    "with is welcome here; selling is not."
                ),
                position=100,
            )
            db.session.add(category)
        category.kind = SPACE_KIND
        db.session.flush()
        audit.record(None, "category.kind_set", category, after={"kind": SPACE_KIND})
    return category


@transactional
def post_ask(asker: User, title: str, need: str, budget: str = "", timeline: str = "") -> Ask:
    """Start a request for recommendations: a thread in the recommendations space, where peers
    reply as in any thread, with its terms kept alongside."""
    forum.ensure_can_post(asker)
    need = (need or "").strip()
    budget = " ".join((budget or "").split())[:80]
    timeline = " ".join((timeline or "").split())[:80]
    thread, _post = forum.start_thread(
        asker, _ensure_space(), title, terms.thread_body(need, budget, timeline)
    )
    ask = Ask(thread_id=thread.id, asker_id=asker.id, need=need, budget=budget, timeline=timeline)
    db.session.add(ask)
    db.session.flush()
    audit.record(asker, "ask.posted", ask, after={"thread_id": thread.id})
    return ask


def find_ask(viewer: User, ask_id: int) -> tuple[Ask, Thread]:
    """The ask and its thread, for someone who may see the thread; anyone else: not found."""
    ask = db.session.get(Ask, ask_id)
    if ask is None:
        raise NotFound("That request doesn't exist.")
    thread = forum.get_thread(ask.thread_id)
    if not forum.may_see_thread(viewer, thread):
        raise NotFound("That request doesn't exist.")
    return ask, thread


def asks_query() -> select:
    """Requests whose thread members can read, newest first."""
    return (
        select(Ask)
        .join(Thread, Thread.id == Ask.thread_id)
        .where(Thread.status == "published")
        .order_by(Ask.created_at.desc(), Ask.id.desc())
    )


def _ensure_asker(actor: User, ask: Ask) -> None:
    if ask.asker_id != actor.id or not can.may(actor, can.READ_FORUM):
        raise NotFound("That request doesn't exist.")


@transactional
def open_to_vendors(asker: User, ask: Ask, days: int) -> Ask:
    """Let members who provide services respond privately, until a deadline the asker sets."""
    _ensure_asker(asker, ask)
    can.ensure_may(asker, can.POST)
    thread = forum.get_thread(ask.thread_id)
    if thread.status != "published":
        raise DomainError("Your request is awaiting review; you can open it once it is published.")
    try:
        deadline = terms.deadline_from(utcnow(), days)
    except ValueError as error:
        raise DomainError(str(error)) from error
    before = ask.status
    ask.status = "invited"
    ask.opened_to_vendors_at = ask.opened_to_vendors_at or utcnow()
    ask.response_deadline = deadline
    audit.record(
        asker,
        "ask.opened_to_vendors",
        ask,
        before={"status": before},
        after={"status": "invited", "deadline": deadline.isoformat()},
    )
    return ask


# ---------------------------------------------------------------------------------------------
# Private responses
# ---------------------------------------------------------------------------------------------


def own_response(responder: User, ask: Ask) -> AskResponse | None:
    return db.session.scalar(
        select(AskResponse).where(
            AskResponse.ask_id == ask.id, AskResponse.responder_id == responder.id
        )
    )


def refusal_for(responder: User, ask: Ask) -> terms.Refusal | None:
    earlier = own_response(responder, ask)
    return terms.response_refusal(
        is_asker=ask.asker_id == responder.id,
        provides_services=provides_services(responder),
        ask_status=ask.status,
        deadline=ask.response_deadline,
        now=utcnow(),
        earlier_response=earlier.status if earlier else None,
    )


def _record_signal(kind: str, vendor: User, ask: Ask | None, note: str, reporter=None) -> None:
    signal = AskSignal(
        kind=kind,
        vendor_id=vendor.id,
        ask_id=ask.id if ask else None,
        reported_by_id=getattr(reporter, "id", None),
        note=note,
    )
    db.session.add(signal)
    db.session.flush()
    audit.record(reporter, f"ask_signal.{kind}", signal, after={"vendor_id": vendor.id})


def respond(responder: User, ask: Ask, body: str) -> AskResponse:
    """Answer privately to the asker, once. A refusal that is a moderation signal (responding
    uninvited, or again after a decline) is recorded before it is raised, in its own unit."""
    can.ensure_may(responder, can.CONTACT)
    find_ask(responder, ask.id)
    refusal = refusal_for(responder, ask)
    if refusal is not None:
        if refusal.signal is not None:
            with transaction():
                _record_signal(refusal.signal, responder, ask, (body or "")[:500])
        raise ResponseRefused(refusal.message)
    return _send_response(responder, ask, body)


@transactional
def _send_response(responder: User, ask: Ask, body: str) -> AskResponse:
    body = (body or "").strip()
    if len(body) < terms.RESPONSE_MIN:
        raise DomainError(
            f"Please say in a few sentences (at least {terms.RESPONSE_MIN} characters) how you "
            "would help."
        )
    if len(body) > terms.RESPONSE_MAX:
        raise DomainError(f"Please keep your response under {terms.RESPONSE_MAX} characters.")
    assessment = assess_post(
        "",
        body,
        author_domains=forum.author_domains(responder),
        context=PostContext(author_provides_services=True, category_kind=SPACE_KIND),
    ).to_dict()
    if assessment["verdict"] == "hold":
        raise ResponseHeld(
            "This reads as a hard sell, so it was not sent. Answer the need in your own words; "
            "the asker will contact you if it fits.",
            assessment["reasons"],
        )
    response = AskResponse(
        ask_id=ask.id, responder_id=responder.id, body=body, pitch_assessment=assessment
    )
    db.session.add(response)
    db.session.flush()
    audit.record(responder, "ask_response.sent", response, after={"ask_id": ask.id})
    return response


def responses_to(asker: User, ask: Ask) -> list[tuple[AskResponse, User]]:
    """The asker's side-by-side view: shortlisted first, then the rest, oldest first."""
    _ensure_asker(asker, ask)
    rows = db.session.execute(
        select(AskResponse, User)
        .join(User, User.id == AskResponse.responder_id)
        .where(AskResponse.ask_id == ask.id)
        .order_by((AskResponse.status == "shortlisted").desc(), AskResponse.created_at)
    ).all()
    return [(response, user) for response, user in rows]


def find_response(asker: User, response_id: int) -> tuple[AskResponse, Ask]:
    """A response to one of the actor's own asks; to anyone else it does not exist."""
    response = db.session.get(AskResponse, response_id)
    ask = db.session.get(Ask, response.ask_id) if response is not None else None
    if ask is None:
        raise NotFound("That response doesn't exist.")
    _ensure_asker(asker, ask)
    return response, ask


def _move(response: AskResponse, expected: tuple[str, ...], status: str) -> None:
    result = db.session.execute(
        update(AskResponse)
        .where(AskResponse.id == response.id, AskResponse.status.in_(expected))
        .values(status=status, decided_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict("This response was already answered.")
    db.session.refresh(response)


@transactional
def shortlist(asker: User, response: AskResponse, on: bool = True) -> AskResponse:
    find_response(asker, response.id)
    if on:
        _move(response, ("sent",), "shortlisted")
    else:
        _move(response, ("shortlisted",), "sent")
    audit.record(asker, "ask_response.shortlisted" if on else "ask_response.unlisted", response)
    return response


@transactional
def decline(asker: User, response: AskResponse) -> AskResponse:
    """Decline silently: the responder's own view keeps saying "sent"."""
    find_response(asker, response.id)
    _move(response, ("sent", "shortlisted"), "declined")
    audit.record(asker, "ask_response.declined", response)
    return response


@transactional
def accept(asker: User, response: AskResponse) -> ContactRequest:
    """Accept: the two are connected (a contact connection) and the response opens their
    conversation."""
    find_response(asker, response.id)
    can.ensure_may(asker, can.CONTACT)
    _move(response, ("sent", "shortlisted"), "accepted")
    responder = db.session.get(User, response.responder_id)
    ask = db.session.get(Ask, response.ask_id)
    thread = db.session.get(Thread, ask.thread_id)
    connection = open_connection(
        asker,
        responder,
        f"In response to your request “{thread.title}”:\n\n{response.body}",
        reason=f"Accepted a response to request {ask.id}.",
    )
    response.connection_id = connection.id
    audit.record(asker, "ask_response.accepted", response, after={"connection_id": connection.id})
    return connection


@transactional
def report_hounding(asker: User, response: AskResponse, note: str = "") -> None:
    """The asker tells the moderators a vendor is pushing (in the response or elsewhere)."""
    _, ask = find_response(asker, response.id)
    responder = db.session.get(User, response.responder_id)
    _record_signal("hounding_complaint", responder, ask, (note or "").strip()[:500], asker)


# ---------------------------------------------------------------------------------------------
# Moderators and the board
# ---------------------------------------------------------------------------------------------


def signals_query(moderator: User) -> select:
    can.ensure_may(moderator, can.MODERATE)
    return select(AskSignal).order_by(AskSignal.created_at.desc(), AskSignal.id.desc())


def threads_by_id(thread_ids) -> dict[int, Thread]:
    ids = list(set(thread_ids))
    return {t.id: t for t in db.session.scalars(select(Thread).where(Thread.id.in_(ids)))}


def users_by_id(user_ids) -> dict[int, User]:
    ids = list(set(user_ids))
    return {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(ids)))}


@dataclass(frozen=True)
class BoardCounts:
    requests: int
    answered_by_peers: int
    opened_to_vendors: int
    with_responses: int
    accepted: int
    complaints: dict[str, int]


def board_counts(board_member: User) -> BoardCounts:
    """How the feature is working, in numbers only: nobody's responses are named."""
    can.ensure_may(board_member, can.SIT_ON_BOARD)
    published = select(Ask.id).join(Thread, Thread.id == Ask.thread_id)

    def count(query) -> int:
        return db.session.scalar(select(func.count()).select_from(query.subquery())) or 0

    by_kind = dict(
        db.session.execute(select(AskSignal.kind, func.count()).group_by(AskSignal.kind)).all()
    )
    return BoardCounts(
        requests=count(published),
        answered_by_peers=count(published.where(Thread.reply_count > 0)),
        opened_to_vendors=count(published.where(Ask.status == "invited")),
        with_responses=count(
            select(AskResponse.ask_id).distinct().where(AskResponse.ask_id.is_not(None))
        ),
        accepted=count(
            select(AskResponse.ask_id).distinct().where(AskResponse.status == "accepted")
        ),
        complaints=by_kind,
    )
