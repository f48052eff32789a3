"""Forms for asks, private responses and services offered (shape only; rules in services)."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from community.asks import terms


class AskForm(FlaskForm):
    title = StringField(
        "What you are looking for",
        validators=[DataRequired("Please give your request a title."), Length(max=200)],
        description="For example: A partner for a social listening rollout in EMEA.",
    )
    need = TextAreaField(
        "The need",
        validators=[DataRequired("Please describe what you need."), Length(min=20, max=4000)],
        description="What the work is, what you have tried, what matters most to you.",
    )
    budget = StringField("Budget range", validators=[Optional(), Length(max=80)])
    timeline = StringField("Timeline", validators=[Optional(), Length(max=80)])


class OpenToVendorsForm(FlaskForm):
    days = IntegerField(
        "Days vendors have to respond",
        default=7,
        validators=[
            DataRequired("Please choose a deadline."),
            NumberRange(terms.DEADLINE_DAYS_MIN, terms.DEADLINE_DAYS_MAX),
        ],
    )


class ResponseForm(FlaskForm):
    body = TextAreaField(
        "Your response, to the asker only",
        validators=[
            DataRequired("Please write your response."),
            Length(min=terms.RESPONSE_MIN, max=terms.RESPONSE_MAX),
        ],
        description="How you would help with this need. The asker alone reads it.",
    )


class ReportForm(FlaskForm):
    note = TextAreaField("What happened (optional)", validators=[Optional(), Length(max=500)])


class ActionForm(FlaskForm):
    """A button that changes state: only the CSRF token."""


class ServicesForm(FlaskForm):
    provides_services = BooleanField("I provide services (I sell, advise or consult)")
    services = TextAreaField(
        "Services I offer",
        validators=[Optional(), Length(max=1000)],
        description="One a line, up to 10. Shown on your profile; never ranked or promoted.",
    )
