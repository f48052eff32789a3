from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Length

from community.auth.models import ROLES


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES])
    reason = StringField("Reason", validators=[DataRequired(), Length(max=500)])


class QueueTaskForm(FlaskForm):
    """A button that queues a background task (the CSRF token is its only field)."""
