"""Asks through HTTP, as each role: what the asker, peers, consultants, moderators, the board,
applicants, visitors and suspended members get."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.asks import services
from community.asks.models import Ask, AskResponse, AskSignal, ProfileServices
from community.extensions import db
from community.moderation import services as moderation
from tests.asks.conftest import CONSULTANT_ANSWER, NEED


@pytest.fixture
def as_(client, auth):
    def sign_in(user):
        auth.logout()
        auth.login(user)
        return client

    return sign_in


def test_a_member_posts_an_ask_and_lands_on_its_page(cmo, as_):
    client = as_(cmo)
    response = client.post(
        "/asks/new",
        data={"title": "A social listening partner", "need": NEED, "budget": "EUR 200k"},
    )
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "A social listening partner" in page and "EUR 200k" in page
    assert "Open to vendors" in page  # the asker is offered to open it


def test_an_ask_without_a_need_is_refused_with_a_400(cmo, as_):
    response = as_(cmo).post("/asks/new", data={"title": "Something"})
    assert response.status_code == 400 and db.session.scalars(select(Ask)).all() == []


def test_the_asker_opens_it_and_a_consultant_sees_the_private_composer(ask, cmo, consultants, as_):
    assert as_(cmo).post(f"/asks/{ask.id}/open", data={"days": "5"}).status_code == 302
    page = as_(consultants[0]).get(f"/asks/{ask.id}").get_data(as_text=True)
    assert "Respond privately" in page and "Private responses (" not in page


def test_a_consultant_who_posts_to_an_ask_not_opened_is_refused_and_signalled(
    ask, consultants, as_
):
    page = as_(consultants[0]).get(f"/asks/{ask.id}").get_data(as_text=True)
    assert "Respond privately" not in page and "not open to vendors" in page
    response = as_(consultants[0]).post(f"/asks/{ask.id}/respond", data={"body": CONSULTANT_ANSWER})
    assert response.status_code == 403
    assert db.session.scalars(select(AskSignal.kind)).all() == ["uninvited_response"]


def test_a_hard_sell_is_shown_back_with_its_reasons_and_not_sent(invited_ask, consultants, as_):
    pitch = "Book a free demo at https://calendly.com/socialscope/demo today! 40% off. DM me."
    response = as_(consultants[1]).post(f"/asks/{invited_ask.id}/respond", data={"body": pitch})
    assert response.status_code == 422
    assert "Not sent." in response.get_data(as_text=True)
    assert db.session.scalars(select(AskResponse)).all() == []


def test_responses_are_side_by_side_for_the_asker_and_invisible_to_everyone_else(
    invited_ask, cmo, consultants, make_person, as_
):
    for consultant in consultants:
        services.respond(consultant, invited_ask, CONSULTANT_ANSWER)
    db.session.commit()
    page = as_(cmo).get(f"/asks/{invited_ask.id}").get_data(as_text=True)
    assert "Private responses (2)" in page
    assert "Connor Consult" in page and "Vera Vendor" in page and "Provides services" in page

    moderator = make_person("Moe Mod", "CFO", "Initech", "moderator")
    board = make_person("Bea Board", "CEO", "Fabrikam", "board")
    for outsider in (consultants[0], moderator, board):
        page = as_(outsider).get(f"/asks/{invited_ask.id}").get_data(as_text=True)
        assert "Vera Vendor" not in page and "Private responses (" not in page
    response_id = db.session.scalar(select(AskResponse.id).order_by(AskResponse.id))
    for outsider in (consultants[1], moderator, board):
        assert as_(outsider).post(f"/asks/responses/{response_id}/accept").status_code == 404


def test_accepting_opens_the_conversation_and_the_declined_consultant_still_reads_sent(
    invited_ask, cmo, consultants, as_
):
    first = services.respond(consultants[0], invited_ask, CONSULTANT_ANSWER)
    second = services.respond(consultants[1], invited_ask, CONSULTANT_ANSWER)
    db.session.commit()
    client = as_(cmo)
    accepted = client.post(f"/asks/responses/{first.id}/accept")
    assert accepted.status_code == 302 and "/contacts/" in accepted.headers["Location"]
    assert CONSULTANT_ANSWER in client.get(accepted.headers["Location"]).get_data(as_text=True)
    assert client.post(f"/asks/responses/{second.id}/decline").status_code == 302

    declined_view = as_(consultants[1]).get(f"/asks/{invited_ask.id}").get_data(as_text=True)
    assert "You sent your response" in declined_view
    assert "declin" not in declined_view.lower() and "Connor" not in declined_view
    accepted_view = as_(consultants[0]).get(f"/asks/{invited_ask.id}").get_data(as_text=True)
    assert "accepted your response" in accepted_view


def test_a_member_lists_services_and_appears_among_providers(make_person, cmo, as_):
    make_person("Pat Peer", "Chief Digital Officer", "Contoso")
    freelancer = make_person("Fay Fixer", "Chief Marketing Officer", "Between roles")
    client = as_(freelancer)
    response = client.post("/asks/services", data={"services": "Brand audits\nTeam training"})
    assert response.status_code == 302
    assert db.session.get(ProfileServices, freelancer.id).provides_services is True
    page = as_(cmo).get("/asks/providers").get_data(as_text=True)
    assert "Fay Fixer" in page and "Brand audits" in page and "Pat Peer" not in page


def test_moderators_see_the_signals_and_the_board_the_numbers(ask, consultants, make_person, as_):
    with pytest.raises(services.ResponseRefused):
        services.respond(consultants[0], ask, CONSULTANT_ANSWER)
    moderator = make_person("Moe Mod", "CFO", "Initech", "moderator")
    board = make_person("Bea Board", "CEO", "Fabrikam", "board")
    signals = as_(moderator).get("/asks/signals")
    assert signals.status_code == 200
    assert "Connor Consult" in signals.get_data(as_text=True)
    assert as_(board).get("/asks/signals").status_code == 403
    numbers = as_(board).get("/asks/board").get_data(as_text=True)
    assert "Requests for recommendations" in numbers and "Connor" not in numbers
    assert as_(moderator).get("/asks/board").status_code == 403


def test_visitors_sign_in_and_applicants_see_the_members_only_page(ask, client, applicant, as_):
    response = client.get(f"/asks/{ask.id}")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    assert as_(applicant).get("/asks/").status_code == 403


def test_a_suspended_member_cannot_open_asks(ask, make_person, as_):
    moderator = make_person("Moe Mod", "CFO", "Initech", "moderator")
    suspended = make_person("Sue Spended", "COO", "Umbrella")
    moderation.impose_sanction(moderator, suspended, "full_suspension", "Repeated pitches.", 7)
    db.session.commit()
    assert as_(suspended).get(f"/asks/{ask.id}").status_code == 403


def test_an_admin_who_is_not_a_member_does_not_read_asks(ask, admin, as_):
    assert as_(admin).get("/asks/").status_code == 403


def test_the_list_of_asks_shows_which_are_open_to_vendors(invited_ask, make_person, as_):
    page = as_(make_person("Pat Peer", "CDO", "Contoso")).get("/asks/").get_data(as_text=True)
    assert "A partner for social listening in EMEA" in page and "Open to vendors" in page


def test_the_directory_and_profiles_show_the_mark_and_the_services_offered(
    cmo, consultants, make_person, as_
):
    freelancer = make_person("Fay Fixer", "Chief Marketing Officer", "Between roles")
    services.update_services(freelancer, True, "Brand audits")
    db.session.commit()
    client = as_(cmo)
    directory = client.get("/members").get_data(as_text=True)
    assert directory.count("Provides services</span>") == 3  # two by title, one by saying so
    assert "Only members who provide services" in directory
    profile = client.get(f"/members/{freelancer.id}").get_data(as_text=True)
    assert "Provides services" in profile and "Brand audits" in profile
    assert "Provides services" not in client.get(f"/members/{cmo.id}").get_data(as_text=True)
