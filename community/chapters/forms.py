"""Chapter and event forms: the shape of the input only; the rules live in the services."""

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectChoice,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

VISIBILITY_CHOICES = [
    SelectChoice("members", "Every member may read the chapter's threads"),
    SelectChoice("chapter", "Only the chapter's members may read them"),
]
EVENT_MAIL_CHOICES = [
    SelectChoice("weekly", "A weekly summary of this chapter's events (recommended)"),
    SelectChoice("each", "A mail for each new event"),
    SelectChoice("off", "No event mail from this chapter"),
]
LOCAL_TIME = "%Y-%m-%dT%H:%M"


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token."""


class ChapterForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(min=2, max=80)])
    kind = RadioField(
        "Kind",
        choices=[SelectChoice("regional", "Regional"), SelectChoice("function", "By function")],
        default="regional",
    )
    description = TextAreaField("What the chapter is for", validators=[Length(max=2000)])
    visibility = RadioField("Threads", choices=VISIBILITY_CHOICES, default="members")


class VisibilityForm(FlaskForm):
    visibility = RadioField("Threads", choices=VISIBILITY_CHOICES, validators=[DataRequired()])


class EventMailForm(FlaskForm):
    event_mail = RadioField(
        "How often to hear about events", choices=EVENT_MAIL_CHOICES, validators=[DataRequired()]
    )


class LeadForm(FlaskForm):
    email = StringField("The member's email", validators=[DataRequired(), Length(max=320)])
    reason = TextAreaField("Why", validators=[DataRequired(), Length(max=1000)])


class ReasonForm(FlaskForm):
    reason = TextAreaField("Reason", validators=[DataRequired(), Length(max=1000)])


class OptionalReasonForm(FlaskForm):
    reason = TextAreaField("Note", validators=[Optional(), Length(max=1000)])


class FlagForm(FlaskForm):
    """Pin or lock on or off."""

    value = StringField("value", validators=[Optional()])
    reason = StringField("Note", validators=[Optional(), Length(max=1000)])


class EventForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(min=5, max=200)])
    description = TextAreaField(
        "Description",
        validators=[Length(max=10_000)],
        description="Markdown. A description that sells waits for a moderator.",
    )
    format = RadioField(
        "Format",
        choices=[SelectChoice("in_person", "In person"), SelectChoice("online", "Online")],
        default="in_person",
    )
    venue = TextAreaField(
        "Venue", validators=[Length(max=1000)], description="Shown to confirmed attendees only."
    )
    online_url = StringField(
        "Meeting link",
        validators=[Length(max=500)],
        description="https:// only; revealed to confirmed attendees only.",
    )
    timezone = StringField(
        "Time zone", validators=[DataRequired(), Length(max=64)], default="Europe/London"
    )
    starts_local = DateTimeLocalField("Starts", format=LOCAL_TIME, validators=[DataRequired()])
    ends_local = DateTimeLocalField("Ends", format=LOCAL_TIME, validators=[DataRequired()])
    rsvp_deadline_local = DateTimeLocalField(
        "RSVP by", format=LOCAL_TIME, validators=[DataRequired()]
    )
    capacity = IntegerField("Seats", validators=[DataRequired(), NumberRange(min=1, max=10_000)])
    chatham_house = BooleanField("Held under the Chatham House Rule")
    sponsored = BooleanField(
        "Hosted or paid for by a vendor (needs the board's approval; labelled sponsored)"
    )
    sponsor_name = StringField("Sponsor", validators=[Length(max=120)])
