"""What a typed score is read as: what a Chinese input method gives is read, anything that is
not plain digits is refused with a message."""

from decimal import Decimal

import pytest

from ops_desktop.core.appraisal.scores import parse_score
from ops_desktop.core.errors import DomainError


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("85", Decimal(85)),
        ("８５", Decimal(85)),
        ("８５．５", Decimal("85.5")),
        ("85 ", Decimal(85)),
        ("\u300090\u3000", Decimal(90)),  # ideographic spaces around it
        ("0", Decimal(0)),
        ("100", Decimal(100)),
        (72, Decimal(72)),
        (Decimal("66.5"), Decimal("66.5")),
    ],
)
def test_a_score_is_read_as_typed(typed, read):
    assert parse_score(typed) == read


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1e2", "not a score"),
        ("9_0", "not a score"),
        ("-0", "not a score"),
        ("+5", "not a score"),
        ("九十", "type it with digits"),
        ("101", "more than 100"),
        ("85.25", "after the decimal point"),
        ("", "required"),
        (True, "not a score"),
    ],
)
def test_anything_else_is_refused_with_its_reason(typed, reason):
    with pytest.raises(DomainError) as refused:
        parse_score(typed)
    assert reason in str(refused.value)
