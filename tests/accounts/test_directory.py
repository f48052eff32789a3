"""Profiles and the member directory: search, pagination, a fixed number of queries."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.accounts import services
from community.accounts.profile_views import DIRECTORY_PER_PAGE
from community.audit import AuditEvent
from community.errors import DomainError
from community.extensions import db
from community.membership.models import MembershipReview


def names(query) -> list[str]:
    return [user.name for user in db.session.scalars(query)]


@pytest.fixture
def members(make_member):
    return {
        "ana": make_member(
            "Ana Alvarez", company="Northwind", function="finance", expertise="pricing, M&A"
        ),
        "ben": make_member(
            "Ben Brooks",
            company="Southwind Foods",
            function="marketing",
            expertise="brand architecture, pricing",
        ),
        "cy": make_member("Cy Chen", company="Eastwind", function="marketing", expertise="loyalty"),
    }


def test_the_directory_lists_members_only_by_name(members, applicant, person):
    former = person("member", name="Al Gone")
    former.deleted_at = former.created_at
    db.session.commit()

    assert names(services.directory_query()) == ["Ana Alvarez", "Ben Brooks", "Cy Chen"]


def test_members_are_found_by_name_company_and_expertise_words(members):
    assert names(services.directory_query(q="brooks")) == ["Ben Brooks"]
    assert names(services.directory_query(q="SOUTHWIND")) == ["Ben Brooks"]
    assert names(services.directory_query(q="pricing")) == ["Ana Alvarez", "Ben Brooks"]
    assert names(services.directory_query(q="wind")) == ["Ana Alvarez", "Ben Brooks", "Cy Chen"]


def test_members_are_found_by_function_and_by_exact_expertise(members):
    assert names(services.directory_query(function="marketing")) == ["Ben Brooks", "Cy Chen"]
    assert names(services.directory_query(expertise="Loyalty")) == ["Cy Chen"]
    assert names(services.directory_query(function="marketing", q="pricing")) == ["Ben Brooks"]


def test_search_wildcards_typed_by_people_match_literally(members):
    assert names(services.directory_query(q="%")) == []
    assert names(services.directory_query(q="_")) == []


def test_an_unknown_function_is_ignored_rather_than_an_error(members):
    assert len(names(services.directory_query(function="astrology"))) == 3


def test_the_directory_page_is_paginated(make_member, client, auth):
    for number in range(DIRECTORY_PER_PAGE + 3):
        make_member(f"Member {number:03d}")
    auth.login(make_member("Zed Viewer"))

    first = client.get("/members").get_data(as_text=True)
    second = client.get("/members?page=2").get_data(as_text=True)

    assert "Member 000" in first and "Member 024" not in first
    assert "Member 024" in second and "Zed Viewer" in second
    assert "Page 1 of 2" in first
    assert client.get("/members?page=3").status_code == 404


def test_the_directory_page_runs_the_same_number_of_queries_for_3_or_30_members(
    make_member, client, auth, count_queries
):
    viewer = make_member("Zed Viewer", expertise="pricing", function="finance")
    auth.login(viewer)

    def queries_for_page() -> int:
        with count_queries() as counter:
            assert client.get("/members").status_code == 200
        return counter.count

    for number in range(2):
        make_member(f"Small {number}", expertise="pricing, brand", function="marketing")
    few = queries_for_page()
    for number in range(28):
        make_member(f"Large {number}", expertise="pricing, brand, loyalty", function="finance")
    many = queries_for_page()

    assert many == few


def test_the_search_form_keeps_its_filters_in_the_pagination_links(make_member, client, auth):
    for number in range(DIRECTORY_PER_PAGE + 1):
        make_member(f"Pricing Person {number:02d}", expertise="pricing")
    auth.login(make_member("Zed Viewer"))

    page = client.get("/members?expertise=pricing").get_data(as_text=True)

    assert "expertise=pricing" in page and "page=2" in page


def test_an_empty_search_explains_itself(members, client, auth):
    auth.login(members["ana"])
    page = client.get("/members?q=nobody-like-this").get_data(as_text=True)
    assert "Nobody matches" in page


def test_a_profile_shows_title_company_bio_expertise_member_since_and_threads(
    members, client, auth
):
    ben = members["ben"]
    ben.bio = "I build **brands** <script>alert(1)</script>"
    db.session.commit()
    auth.login(members["ana"])

    page = client.get(f"/members/{ben.id}").get_data(as_text=True)

    assert "Ben Brooks" in page and "Chief Operating Officer" in page and "Southwind Foods" in page
    assert "<strong>brands</strong>" in page and "<script>alert" not in page
    assert "brand architecture" in page and "Marketing" in page
    assert "Member since" in page and "Threads" in page
    assert "Ask to be in touch" in page


def test_a_members_own_profile_offers_editing_and_their_data(members, client, auth):
    auth.login(members["ana"])
    page = client.get(f"/members/{members['ana'].id}").get_data(as_text=True)
    assert "Edit your profile" in page and "Your data and account" in page
    assert "Ask to be in touch" not in page


def test_profiles_of_applicants_and_deleted_people_are_not_found(members, applicant, client, auth):
    auth.login(members["ana"])
    assert client.get(f"/members/{applicant.id}").status_code == 404
    assert client.get("/members/999999").status_code == 404


def test_editing_the_profile_saves_function_expertise_bio_and_the_vendor_setting(
    members, client, auth
):
    ana = members["ana"]
    auth.login(ana)
    form = client.get("/profile").get_data(as_text=True)
    assert "pricing, M&amp;A" in form

    response = client.post(
        "/profile",
        data={
            "job_title": ana.job_title,
            "company": ana.company,
            "function": "strategy",
            "expertise": "Pricing, pricing, board relations",
            "bio": "Finance leader.",
            "open_to_vendor_requests": "y",
        },
    )

    assert response.status_code == 302
    db.session.expire_all()
    profile = services.profile_of(ana)
    assert profile.function == "strategy" and profile.open_to_vendor_requests is True
    assert [e.label for e in services.expertise_of([ana.id])[ana.id]] == [
        "Pricing",
        "board relations",
    ]
    assert ana.bio == "Finance leader."
    assert db.session.scalar(select(AuditEvent.id).where(AuditEvent.action == "profile.updated"))


def test_a_title_change_goes_through_the_title_rules(members):
    ana = members["ana"]
    change = services.ProfileChange(
        bio="",
        function="finance",
        expertise="",
        open_to_vendor_requests=False,
        job_title="Marketing Intern",
        company="Northwind",
    )

    assert services.update_profile(ana, change) is True

    assert ana.job_title == "Marketing Intern"
    assert db.session.scalar(
        select(AuditEvent.id).where(AuditEvent.action == "membership.title_changed")
    )
    review = db.session.scalar(select(MembershipReview).where(MembershipReview.member_id == ana.id))
    assert review is not None and ana.membership_status == "under_review"


def test_a_profile_without_title_is_refused_with_a_clear_message(members, client, auth):
    auth.login(members["ana"])
    response = client.post("/profile", data={"job_title": "", "company": "Northwind"})
    assert response.status_code == 400
    assert "Please give your current title." in response.get_data(as_text=True)
    with pytest.raises(DomainError):
        services.update_profile(
            members["ana"],
            services.ProfileChange("", None, "", False, job_title=" ", company="X"),
        )


def test_the_function_from_the_approved_application_is_the_profile_default(members):
    assert services.profile_of(members["ana"]).function == "finance"
