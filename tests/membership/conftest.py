"""Membership fixtures: board members at distinct companies, and open requests."""

from __future__ import annotations

import pytest

from tests.membership.helpers import change_settings, make_board


@pytest.fixture
def board(app):
    """Three board members at three companies (quorum 2 leaves one spare voter)."""
    return [
        make_board("Beatrice Board", "Aurelia Foods", "aurelia.example"),
        make_board("Kwame Board", "Mensah Logistics", "mensah.example"),
        make_board("Ingrid Board", "Fjord Energy", "fjord.example"),
    ]


@pytest.fixture
def requests_open(board):
    """The board lets people apply without an invitation."""
    change_settings(board, "Open requests for the tests", invitation_requests_open=True)
