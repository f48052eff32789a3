"""Membership forms: they check the shape of input; the rules live in services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from community.membership import services
from community.membership.models import FUNCTIONS


class ConfirmForm(FlaskForm):
    """A button that changes state (withdraw, claim, revoke): only the CSRF token."""


class InviteForm(FlaskForm):
    email = StringField(
        "Their email address",
        validators=[DataRequired(), Length(max=320)],
        description="The invitation works only for this address.",
    )
    note = TextAreaField(
        "Your personal note",
        validators=[
            DataRequired(),
            Length(min=services.NOTE_MIN, max=services.NOTE_MAX),
        ],
        description=(
            f"Tell them why you think they belong here, in your own words "
            f"(at least {services.NOTE_MIN} characters). It is sent with the invitation."
        ),
    )


class ApplyForm(FlaskForm):
    job_title = StringField(
        "Current job title",
        validators=[DataRequired(), Length(max=services.TITLE_MAX)],
        description="As on your LinkedIn profile, for example “Chief Marketing Officer”.",
    )
    company = StringField(
        "Company or organisation", validators=[DataRequired(), Length(max=services.COMPANY_MAX)]
    )
    linkedin_url = StringField(
        "LinkedIn profile address",
        validators=[DataRequired(), Length(max=300)],
        description="For example https://www.linkedin.com/in/your-name",
    )
    function = SelectField(
        "Your function",
        choices=[
            SelectChoice("", "Choose one"),
            *(SelectChoice(v, label) for v, label in FUNCTIONS),
        ],
        validators=[DataRequired(message="Please choose your function.")],
    )
    statement = TextAreaField(
        "Why do you want to join?",
        validators=[
            DataRequired(),
            Length(min=services.STATEMENT_MIN, max=services.STATEMENT_MAX),
        ],
        description=(
            f"A few sentences for the board ({services.STATEMENT_MIN} to "
            f"{services.STATEMENT_MAX} characters)."
        ),
    )
    work_email = StringField(
        "Work email address (optional)",
        validators=[Optional(), Length(max=320)],
        description=(
            "LinkedIn doesn't confirm where you work. If you give your address at your company's "
            "domain, we mail it a link; once you open it, the board sees that your work email is "
            "confirmed. Personal addresses (Gmail, Outlook ...) don't count."
        ),
    )
    house_rules_version = HiddenField()
    accept_rules = BooleanField(
        "I accept the house rules",
        validators=[DataRequired(message="Please accept the house rules.")],
    )


class WorkEmailForm(FlaskForm):
    email = StringField(
        "Work email address",
        validators=[DataRequired(), Length(max=320)],
        description="Your address at your company's domain. We mail it a confirmation link.",
    )


class AppealForm(FlaskForm):
    statement = TextAreaField(
        "Your appeal",
        validators=[DataRequired(), Length(min=services.APPEAL_MIN, max=services.APPEAL_MAX)],
        description=(
            "What should the board know that it didn't? New information counts most: a new role, "
            "the scope of your current one, context about your organisation."
        ),
    )
    updated_title = StringField(
        "Updated job title (optional)",
        validators=[Optional(), Length(max=services.TITLE_MAX)],
        description="Only if your title has changed since the decision.",
    )
    updated_company = StringField(
        "Updated company (optional)", validators=[Optional(), Length(max=services.COMPANY_MAX)]
    )


def _reason_field(label: str, hint: str) -> TextAreaField:
    return TextAreaField(
        label,
        validators=[DataRequired(), Length(min=services.REASON_MIN, max=services.REASON_MAX)],
        description=hint,
    )


class VoteForm(FlaskForm):
    choice = RadioField(
        "Your vote",
        choices=[
            SelectChoice("approve", "Approve"),
            SelectChoice("reject", "Reject"),
            SelectChoice("abstain", "Abstain"),
        ],
        validators=[InputRequired(message="Please choose approve, reject or abstain.")],
    )
    reason = _reason_field(
        "Reason",
        "Recorded with your vote. If your vote decides a rejection, this is the reason the "
        "applicant receives, so write it for them.",
    )


class AppealVoteForm(FlaskForm):
    choice = RadioField(
        "Your vote",
        choices=[
            SelectChoice("uphold", "Uphold (admit or reinstate)"),
            SelectChoice("deny", "Deny (final)"),
            SelectChoice("abstain", "Abstain"),
        ],
        validators=[InputRequired(message="Please choose uphold, deny or abstain.")],
    )
    reason = _reason_field(
        "Reason and reply",
        "Recorded with your vote. If your vote decides the appeal, this is the written reply "
        "sent to the person, so write it for them.",
    )


class ReviewDecisionForm(FlaskForm):
    decision = RadioField(
        "Decision",
        choices=[
            SelectChoice("keep", "Keep the membership"),
            SelectChoice("revoke", "Revoke the membership"),
        ],
        validators=[InputRequired(message="Please choose to keep or revoke.")],
    )
    reason = _reason_field(
        "Reason",
        "Sent to the member. If you revoke, say why; they are told how to appeal.",
    )


LEVEL_CHOICES = [SelectChoice(value, label) for value, label in services.LEVEL_LABELS.items()]


class PolicyForm(FlaskForm):
    minimum_level = SelectField(
        "Minimum level",
        choices=LEVEL_CHOICES,
        description="Titles at this level and above are eligible.",
    )
    review_levels = SelectMultipleField(
        "Levels that go to the board for review",
        choices=LEVEL_CHOICES,
        validators=[Optional()],
    )
    allow_patterns = TextAreaField(
        "Extra allow patterns",
        validators=[Optional(), Length(max=5000)],
        description="One regular expression a line; a matching title is eligible.",
    )
    deny_patterns = TextAreaField(
        "Extra deny patterns",
        validators=[Optional(), Length(max=5000)],
        description="One regular expression a line; a matching title is ineligible.",
    )
    reason = StringField(
        "Why this change?",
        validators=[Optional(), Length(max=services.REASON_MAX)],
        description="Required to propose. Recorded with the proposal and the new version.",
    )


class ProposalDecisionForm(FlaskForm):
    """Approve, decline or withdraw a proposal; the button pressed names the action."""

    reason = TextAreaField(
        "Reason",
        validators=[Optional(), Length(max=services.REASON_MAX)],
        description="Required to decline; the proposer reads it.",
    )


class CaseNoteForm(FlaskForm):
    body = TextAreaField("Add a note", validators=[DataRequired(), Length(max=4000)])


class ConflictForm(FlaskForm):
    reason = _reason_field("Declare a conflict", "You are then recused from this case.")


class BoardSeatForm(FlaskForm):
    email = StringField(
        "Their email address",
        validators=[DataRequired(), Length(max=320)],
        description="The verified address they sign in with.",
    )
    seat = RadioField(
        "Proposal",
        choices=[
            SelectChoice("grant", "Give a board seat"),
            SelectChoice("remove", "Remove from the board"),
        ],
        default="grant",
        validators=[InputRequired(message="Please choose to give or remove a seat.")],
    )
    reason = _reason_field("Why?", "The other board members read this before they approve.")


class SettingsForm(FlaskForm):
    quorum = IntegerField(
        "Quorum: matching votes that decide",
        validators=[InputRequired(), NumberRange(min=1, max=20)],
    )
    invitation_quota = IntegerField(
        "Invitations per member a month",
        validators=[InputRequired(), NumberRange(min=0, max=100)],
        description="Board members have no limit.",
    )
    invitation_expiry_days = IntegerField(
        "Days an invitation stays valid", validators=[InputRequired(), NumberRange(min=1, max=90)]
    )
    cooldown_days = IntegerField(
        "Days before a rejected applicant may apply again",
        validators=[InputRequired(), NumberRange(min=0, max=1095)],
    )
    appeal_window_days = IntegerField(
        "Days to appeal a decision", validators=[InputRequired(), NumberRange(min=1, max=365)]
    )
    invitation_requests_open = BooleanField(
        "People without an invitation may request one (apply without an inviter)"
    )
    reason = StringField(
        "Why this change?",
        validators=[DataRequired(), Length(min=services.REASON_MIN, max=services.REASON_MAX)],
    )
