"""Numbers typed as the program shows them: thousands separators and full-width digits are
read, everywhere a service reads a typed number (validate.decimal, the outcome counts)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import validate, workflows
from ops_desktop.core.services import workflow_runs as runs


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("21,500", Decimal("21500")),
        ("20,000.00", Decimal("20000.00")),
        ("２１５００", Decimal("21500")),
        ("２１，５００．５", Decimal("21500.5")),
        (" 1,234,567.25 ", Decimal("1234567.25")),
        ("1200.50", Decimal("1200.50")),
    ],
)
def test_a_typed_amount_is_read_with_separators_and_full_width_digits(typed, read) -> None:
    assert validate.decimal(typed, "base_bonus") == read


@pytest.mark.parametrize("typed", ["2,15", "21,50", "1,2345", ",500", "21,500,", "1.000,50"])
def test_commas_that_do_not_group_thousands_are_refused(typed) -> None:
    with pytest.raises(DomainError, match="not a number"):
        validate.decimal(typed, "base_bonus")


def test_outcome_counts_read_the_same_way() -> None:
    assert workflows.count("１，２００", "participants") == 1200
    assert runs.outcome_problems("21,500", "２１５００", "", None) == {}
    with pytest.raises(DomainError):
        workflows.count("1,2,3", "participants")
