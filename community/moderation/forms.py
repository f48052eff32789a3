"""Moderation forms: they check the shape of input; the rules live in services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, NumberRange, Optional

from community.forum.services import BODY_MAX, TITLE_MAX
from community.moderation.house_rules import MAX_RULES_LENGTH, MAX_SUMMARY_LENGTH
from community.moderation.models import (
    FLAG_REASON_LABELS,
    FLAG_REASONS,
    SANCTION_KINDS,
    SANCTION_LABELS,
)
from community.moderation.services import MAX_NOTE_LENGTH, MAX_SANCTION_DAYS

REASON_CHOICES = [SelectChoice(reason, FLAG_REASON_LABELS[reason]) for reason in FLAG_REASONS]


class HouseRulesForm(FlaskForm):
    body = TextAreaField(
        "House rules",
        validators=[DataRequired(), Length(min=20, max=MAX_RULES_LENGTH)],
        description="Markdown: **bold**, numbered lists with 1. 2. 3.",
    )
    summary = TextAreaField(
        "What changed",
        validators=[DataRequired(), Length(max=MAX_SUMMARY_LENGTH)],
        description="One or two sentences. Members read this before they accept the new version.",
    )
    based_on = HiddenField()


class SanctionForm(FlaskForm):
    kind = RadioField(
        "Sanction",
        choices=[SelectChoice(kind, SANCTION_LABELS[kind]) for kind in SANCTION_KINDS],
        validators=[InputRequired(message="Choose a sanction.")],
        default="warning",
    )
    days = IntegerField(
        "Length in days",
        validators=[InputRequired(), NumberRange(min=1, max=MAX_SANCTION_DAYS)],
        default=7,
        description="A warning stays on the record for this long; a suspension ends after it.",
    )
    reason = TextAreaField(
        "Reason",
        validators=[DataRequired(), Length(max=MAX_NOTE_LENGTH)],
        description="The member reads this, by mail and on their standing page.",
    )


class ReasonForm(FlaskForm):
    """One required reason: reversing an action, proposing a revocation."""

    reason = StringField("Reason", validators=[DataRequired(), Length(max=MAX_NOTE_LENGTH)])


class FlagForm(FlaskForm):
    reason = RadioField(
        "What is wrong with this post?",
        choices=REASON_CHOICES,
        validators=[InputRequired(message="Choose a reason.")],
    )
    note = TextAreaField(
        "Anything the moderators should know",
        validators=[Optional(), Length(max=MAX_NOTE_LENGTH)],
        description="Required when you choose “something else”. The author doesn't see it.",
    )


class ApproveForm(FlaskForm):
    note = StringField("Note (optional)", validators=[Optional(), Length(max=MAX_NOTE_LENGTH)])


class HideForm(FlaskForm):
    category = SelectField("Rule broken", choices=REASON_CHOICES)
    message = TextAreaField(
        "Message to the author",
        validators=[DataRequired(), Length(max=MAX_NOTE_LENGTH)],
        description="Mailed to the author and shown on the notice that replaces the post.",
    )


class ThreadSwitchForm(FlaskForm):
    """Lock or unlock, pin or unpin: `value` says which way."""

    value = HiddenField(validators=[AnyOf(("on", "off"))])
    note = StringField("Note (optional)", validators=[Optional(), Length(max=MAX_NOTE_LENGTH)])


class MoveForm(FlaskForm):
    category = SelectField("Move to", coerce=int, choices=[])
    note = StringField("Note (optional)", validators=[Optional(), Length(max=MAX_NOTE_LENGTH)])


class EditPostForm(FlaskForm):
    title = StringField("Thread title", validators=[Optional(), Length(max=TITLE_MAX)])
    body = TextAreaField("Post", validators=[DataRequired(), Length(max=BODY_MAX)])
    note = StringField(
        "Note to the author",
        validators=[DataRequired(), Length(max=MAX_NOTE_LENGTH)],
        description="Why you changed it; mailed to the author and kept in the moderation log.",
    )
