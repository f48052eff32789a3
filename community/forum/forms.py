"""Forum forms: they check the shape of input; the rules live in community.forum.services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    IntegerField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from community.forum.services import BODY_MAX, TITLE_MAX, TITLE_MIN

BODY_HINT = (
    "Markdown works: **bold**, *italic*, > quotes, lists, `code` and links. "
    "Mention a member with @ and their handle, e.g. @maya.patel."
)


def body_field(label: str = "Your post") -> TextAreaField:
    return TextAreaField(
        label,
        validators=[DataRequired("Write something before posting."), Length(max=BODY_MAX)],
        description=BODY_HINT,
    )


class ThreadForm(FlaskForm):
    title = StringField(
        "Title",
        validators=[
            DataRequired("Give the thread a title."),
            Length(min=TITLE_MIN, max=TITLE_MAX),
        ],
        description="A clear question or topic, so peers know what the thread is about.",
    )
    body = body_field("Opening post")
    poll_question = StringField(
        "Poll question",
        validators=[Optional(), Length(max=300)],
        description="Optional. Leave empty for a thread without a poll.",
    )
    poll_options = TextAreaField(
        "Poll options",
        validators=[Optional(), Length(max=2500)],
        description="Two to ten options, one a line.",
    )
    poll_multiple = BooleanField("Members may choose more than one option")
    poll_closes_on = DateField(
        "Poll closes on",
        validators=[Optional()],
        description="Optional. The poll stays open until the end of this day (UTC).",
    )


class ReplyForm(FlaskForm):
    body = body_field("Your reply")


class EditPostForm(FlaskForm):
    title = StringField("Title", validators=[Optional(), Length(min=TITLE_MIN, max=TITLE_MAX)])
    body = body_field("Post")


class CategoryForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(min=2, max=80)])
    slug = StringField(
        "Web address",
        validators=[Optional(), Length(max=80)],
        description="Letters, digits and dashes; made from the name when left empty.",
    )
    description = TextAreaField(
        "Description",
        validators=[Optional(), Length(max=2000)],
        description="One or two sentences shown under the name.",
    )
    position = IntegerField(
        "Position",
        default=0,
        validators=[
            InputRequired("Give a position (0 or more)."),
            NumberRange(min=0, max=2**31 - 1, message="Give a position from 0 to 2147483647."),
        ],
        description="Lower numbers come first.",
    )


class AcceptRulesForm(FlaskForm):
    version = HiddenField(validators=[DataRequired()])
    next = HiddenField()
