"""Account forms: notification preferences."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectChoice
from wtforms.validators import InputRequired

from community.forum.notifications import DELIVERY_LABELS, KIND_LABELS

DELIVERY_CHOICES = [SelectChoice(value, label) for value, label in DELIVERY_LABELS.items()]


def _delivery_field(kind: str) -> RadioField:
    return RadioField(
        KIND_LABELS[kind],
        choices=DELIVERY_CHOICES,
        validators=[InputRequired("Choose how you want to hear about this.")],
    )


class NotificationSettingsForm(FlaskForm):
    mention = _delivery_field("mention")
    reply = _delivery_field("reply")


class ResubscribeForm(FlaskForm):
    delivery = HiddenField(validators=[InputRequired()])
