"""Asks through the services: posting, opening to vendors, private responses, the asker's
decisions, the moderation signals and the board's numbers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.accounts.models import ContactRequest, PrivateMessage
from community.asks import services
from community.asks.models import AskResponse, AskSignal
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category
from tests.asks.conftest import CONSULTANT_ANSWER, PEER_REPLY


def test_an_ask_is_a_thread_in_the_recommendations_space_with_its_terms(ask, cmo):
    thread = forum.get_thread(ask.thread_id)
    category = db.session.get(Category, thread.category_id)
    assert category.kind == "recommendations"
    assert thread.status == "published" and thread.author_id == cmo.id
    post_body = forum.get_post(thread.last_post_id).body
    assert "**Budget:** EUR 150-250k" in post_body and "**Timeline:** Q3 start" in post_body


def test_a_second_ask_goes_to_the_same_space(ask, make_person):
    other = make_person("Pat Peer", "Chief Digital Officer", "Contoso")
    second = services.post_ask(other, "A CDP implementation partner", "We need a CDP " * 5)
    db.session.commit()
    first_category = forum.get_thread(ask.thread_id).category_id
    assert forum.get_thread(second.thread_id).category_id == first_category
    assert db.session.scalar(select(db.func.count()).select_from(Category)) == 1


def test_peers_reply_in_the_thread_as_usual(ask, make_person):
    peer = make_person("Pat Peer", "Chief Digital Officer", "Contoso")
    forum.reply(peer, forum.get_thread(ask.thread_id), PEER_REPLY)
    db.session.commit()
    assert forum.get_thread(ask.thread_id).reply_count == 1


def test_a_consultant_cannot_respond_before_the_ask_is_opened_and_it_is_a_signal(ask, consultants):
    consultant = consultants[0]
    with pytest.raises(services.ResponseRefused, match="not open to vendors"):
        services.respond(consultant, ask, CONSULTANT_ANSWER)
    assert db.session.scalars(select(AskResponse)).all() == []
    signal = db.session.scalars(select(AskSignal)).one()
    assert (signal.kind, signal.vendor_id, signal.ask_id) == (
        "uninvited_response",
        consultant.id,
        ask.id,
    )


def test_a_peer_who_provides_no_services_is_sent_to_the_thread(invited_ask, make_person):
    peer = make_person("Pat Peer", "Chief Digital Officer", "Contoso")
    with pytest.raises(services.ResponseRefused, match="peers answer in the thread"):
        services.respond(peer, invited_ask, CONSULTANT_ANSWER)
    assert db.session.scalars(select(AskSignal)).all() == []


def test_a_member_who_says_they_provide_services_may_respond(invited_ask, make_person):
    freelancer = make_person("Fay Fixer", "Chief Marketing Officer", "Between roles")
    services.update_services(freelancer, True, "Social listening audits\nTeam training")
    db.session.commit()
    response = services.respond(freelancer, invited_ask, CONSULTANT_ANSWER)
    assert response.status == "sent"


def test_one_response_each(invited_ask, consultants):
    services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    with pytest.raises(services.ResponseRefused, match="one response each"):
        services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER + " Again.")
    assert db.session.scalars(select(AskSignal)).all() == []


def test_a_response_that_reads_as_a_hard_sell_is_not_sent(invited_ask, consultants):
    pitch = (
        "Book a free demo at https://calendly.com/socialscope/demo today! Limited offer: 40% "
        "off for CMOs who sign this week. DM me."
    )
    with pytest.raises(services.ResponseHeld) as held:
        services.respond(consultants[1], invited_ask, pitch)
    assert held.value.reasons
    assert db.session.scalars(select(AskResponse)).all() == []


def test_responses_after_the_deadline_are_refused(invited_ask, consultants):
    from datetime import timedelta

    from community.db_types import utcnow

    invited_ask.response_deadline = utcnow() - timedelta(minutes=1)
    db.session.commit()
    with pytest.raises(services.ResponseRefused, match="deadline"):
        services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)


def test_only_the_asker_sees_the_responses(invited_ask, consultants, make_person):
    services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    db.session.commit()
    for outsider in (consultants[1], make_person("Moe Mod", "CFO", "Initech", "moderator")):
        with pytest.raises(NotFound):
            services.responses_to(outsider, invited_ask)


def test_the_asker_accepts_one_and_declines_the_other(invited_ask, cmo, consultants):
    first = services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    second = services.respond(consultants[1], invited_ask, CONSULTANT_ANSWER + " Second view.")
    db.session.commit()
    services.shortlist(cmo, first)
    connection = services.accept(cmo, first)
    services.decline(cmo, second)
    db.session.commit()

    assert [r.status for r, _ in services.responses_to(cmo, invited_ask)] == [
        "accepted",
        "declined",
    ]
    assert connection.status == "accepted"
    assert {connection.sender_id, connection.recipient_id} == {consultants[0].id, cmo.id}
    message = db.session.scalars(
        select(PrivateMessage).where(PrivateMessage.connection_id == connection.id)
    ).one()
    assert CONSULTANT_ANSWER in message.body and message.sender_id == consultants[0].id
    # The declined consultant has no connection, and their own view still says "sent" only.
    assert (
        db.session.scalars(
            select(ContactRequest).where(ContactRequest.sender_id == consultants[1].id)
        ).all()
        == []
    )


def test_following_up_after_a_decline_is_refused_like_any_second_response_and_signalled(
    invited_ask, cmo, consultants
):
    response = services.respond(consultants[1], invited_ask, CONSULTANT_ANSWER)
    services.decline(cmo, response)
    db.session.commit()
    with pytest.raises(services.ResponseRefused) as refused:
        services.respond(consultants[1], invited_ask, CONSULTANT_ANSWER + " Following up.")
    assert "declin" not in str(refused.value).lower()
    assert db.session.scalars(select(AskSignal.kind)).all() == ["after_decline"]


def test_a_decided_response_cannot_be_decided_again(invited_ask, cmo, consultants):
    response = services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    services.decline(cmo, response)
    db.session.commit()
    with pytest.raises(DomainError):
        services.accept(cmo, response)


def test_accepting_someone_already_connected_reuses_the_connection(invited_ask, cmo, consultants):
    from community.accounts import services as accounts

    request = accounts.send_contact_request(
        cmo, consultants[0], "We met at the Lisbon retail forum; let's compare notes on loyalty."
    )
    accounts.accept_contact_request(consultants[0], request)
    db.session.commit()
    response = services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    assert services.accept(cmo, response).id == request.id


def test_the_asker_reports_hounding_to_the_moderators(invited_ask, cmo, consultants):
    response = services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    services.report_hounding(cmo, response, "Called my office three times.")
    db.session.commit()
    signal = db.session.scalars(select(AskSignal)).one()
    assert (signal.kind, signal.reported_by_id) == ("hounding_complaint", cmo.id)


def test_the_mark_covers_those_who_say_so_and_those_whose_title_reads_as_a_vendor(
    cmo, consultants, make_person
):
    declared = make_person("Dee Declared", "Chief Marketing Officer", "Between roles")
    services.update_services(declared, False, "Brand audits")
    db.session.commit()
    assert services.providers_among([cmo, *consultants, declared]) == {
        consultants[0].id,
        consultants[1].id,
        declared.id,
    }
    assert services.disclosure_of(declared).service_list == ["Brand audits"]
    assert services.provider_ids() == {consultants[0].id, consultants[1].id, declared.id}


def test_the_board_sees_numbers_only(invited_ask, cmo, consultants, make_person):
    peer = make_person("Pat Peer", "Chief Digital Officer", "Contoso")
    forum.reply(peer, forum.get_thread(invited_ask.thread_id), PEER_REPLY)
    services.post_ask(peer, "An agency for brand refresh", "We need a brand agency " * 3)
    first = services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    services.accept(cmo, first)
    services.report_hounding(cmo, first)
    db.session.commit()
    board = make_person("Bea Board", "CEO", "Fabrikam", "board")
    counts = services.board_counts(board)
    assert (
        counts.requests,
        counts.answered_by_peers,
        counts.opened_to_vendors,
        counts.with_responses,
        counts.accepted,
    ) == (2, 1, 1, 1, 1)
    assert counts.complaints == {"hounding_complaint": 1}


def test_only_the_board_sees_the_numbers_and_only_moderators_the_signals(cmo):
    with pytest.raises(DomainError):
        services.board_counts(cmo)
    with pytest.raises(DomainError):
        services.signals_query(cmo)


def test_a_declined_consultants_data_export_keeps_the_decline_silent(invited_ask, cmo, consultants):
    from community.accounts.privacy import export_data

    response = services.respond(consultants[1], invited_ask, CONSULTANT_ANSWER)
    services.decline(cmo, response)
    db.session.commit()
    with pytest.raises(services.ResponseRefused):
        services.respond(consultants[1], invited_ask, CONSULTANT_ANSWER + " Following up.")
    tables = export_data(consultants[1])["tables"]
    assert [row["status"] for row in tables["ask_responses"]] == ["sent"]
    assert tables["ask_signals"] == []
    assert len(export_data(cmo)["tables"]["ask_signals"]) == 0
