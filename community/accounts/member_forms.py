"""Forms for profiles, contact requests, messages and deleting an account (shape only)."""

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional

from community.accounts.services import BIO_MAX, MESSAGE_MAX, NOTE_MAX, NOTE_MIN
from community.membership.models import FUNCTIONS


class ProfileForm(FlaskForm):
    job_title = StringField(
        "Current title",
        validators=[DataRequired("Please give your current title."), Length(max=200)],
        description="A new title is checked against the membership rules, as at admission.",
    )
    company = StringField(
        "Company",
        validators=[DataRequired("Please give your company."), Length(max=200)],
    )
    function = SelectField(
        "Function",
        choices=[SelectChoice("", "Not stated"), *(SelectChoice(k, v) for k, v in FUNCTIONS)],
        validators=[Optional()],
        description="Members can find you by it in the directory.",
    )
    expertise = StringField(
        "Areas of expertise",
        validators=[Length(max=700)],
        description="Up to 10, separated by commas, e.g. pricing, brand architecture, M&A.",
    )
    bio = TextAreaField(
        "Short bio",
        validators=[Length(max=BIO_MAX, message=f"Please keep it under {BIO_MAX} characters.")],
        description="A few sentences about your work. Markdown is allowed; images are not.",
    )
    open_to_vendor_requests = BooleanField(
        "Open to contact requests from vendors and consultants",
        description=(
            "Off by default. People whose function, title or company says they sell or advise "
            "can't send you a request unless you turn this on."
        ),
    )


class ContactRequestForm(FlaskForm):
    note = TextAreaField(
        "A short personal note",
        validators=[
            DataRequired("Please write a short note."),
            Length(
                min=NOTE_MIN,
                max=NOTE_MAX,
                message=f"Between {NOTE_MIN} and {NOTE_MAX} characters, please.",
            ),
        ],
        description=(
            "Say who you are and why you'd like to be in touch. Notes that read as a sales "
            "pitch are held for a moderator."
        ),
    )


class MessageForm(FlaskForm):
    body = TextAreaField(
        "Message",
        validators=[
            DataRequired("Your message is empty."),
            Length(max=MESSAGE_MAX, message=f"Please keep it under {MESSAGE_MAX} characters."),
        ],
    )


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token."""


class RejectHeldForm(FlaskForm):
    reason = StringField(
        "Reason shown to the sender",
        validators=[DataRequired("Please give a reason."), Length(max=500)],
        default="Your note reads as a sales pitch, which the house rules don't allow.",
    )


class DeleteAccountForm(FlaskForm):
    posts = RadioField(
        "Your posts",
        choices=[
            SelectChoice("keep", 'Keep my posts, shown as written by "Former member"'),
            SelectChoice("delete", "Delete my posts"),
        ],
        validators=[DataRequired("Please choose what happens to your posts.")],
    )
