"""Small input checks shared by the services; each raises DomainError naming the field."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Literal, TypeVar, overload

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError, NotFound

T = TypeVar("T")

# What XML 1.0 cannot hold (outside its Char production): C0 controls but tab, line feed and
# carriage return; lone surrogates; U+FFFE and U+FFFF. A workbook is XML inside: one such
# character in a name or a note and Excel offers to "repair" every export that shows it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def storable(value: str, field: str) -> str:
    """``value`` unchanged, or DomainError when it holds a character no document can hold."""
    found = _NOT_XML.search(value)
    if found:
        raise DomainError(
            "{field} contains a character that cannot be saved in a document (U+{code}); "
            "remove it.",
            field=field,
            code=f"{ord(found.group()):04X}",
        )
    return value


def text(value: str | None, field: str, *, required: bool = True, max_len: int = 200) -> str:
    cleaned = storable((value or "").strip(), field)
    if required and not cleaned:
        raise DomainError("{field} is required.", field=field)
    if len(cleaned) > max_len:
        raise DomainError("{field} is longer than {max} characters.", field=field, max=max_len)
    return cleaned


@overload
def date(value: dt.date | str | None, field: str, *, required: Literal[True]) -> dt.date: ...
@overload
def date(value: dt.date | str | None, field: str, *, required: bool = False) -> dt.date | None: ...
def date(value: dt.date | str | None, field: str, *, required: bool = False) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise DomainError("{field} is required.", field=field)
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise DomainError(
            "{field}: '{value}' is not a date (YYYY-MM-DD).", field=field, value=value
        ) from None


def date_order(start: dt.date | None, end: dt.date | None, field: str) -> None:
    if start and end and end < start:
        raise DomainError("{field} cannot be before the start date.", field=field)


@overload
def decimal(
    value: object,
    field: str,
    *,
    minimum: Decimal | None = ...,
    maximum: Decimal | None = ...,
    places: int = ...,
    required: Literal[True],
) -> Decimal: ...
@overload
def decimal(
    value: object,
    field: str,
    *,
    minimum: Decimal | None = ...,
    maximum: Decimal | None = ...,
    places: int = ...,
    required: bool = ...,
) -> Decimal | None: ...
def decimal(
    value: object,
    field: str,
    *,
    minimum: Decimal | None = Decimal("0"),
    maximum: Decimal | None = None,
    places: int = 2,
    required: bool = False,
) -> Decimal | None:
    if value is None or value == "":
        if required:
            raise DomainError("{field} is required.", field=field)
        return None
    try:
        number = Decimal(number_text(value) if isinstance(value, str) else str(value))
    except InvalidOperation:
        raise DomainError("{field}: '{value}' is not a number.", field=field, value=value) from None
    if not number.is_finite():
        raise DomainError("{field}: '{value}' is not a number.", field=field, value=value)
    if minimum is not None and number < minimum:
        raise DomainError("{field} cannot be less than {min}.", field=field, min=minimum)
    if maximum is not None and number > maximum:
        raise DomainError("{field} cannot be more than {max}.", field=field, max=maximum)
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise DomainError(
            "{field} may have at most {places} digit(s) after the decimal point.",
            field=field,
            places=places,
        )
    return number


# A number as the program shows it: digits grouped by thousands ("20,000.00").
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?")


def number_text(value: str) -> str:
    """A typed number as plain digits, read as the interface writes numbers (its three
    languages alike): full-width digits, point and comma as a Chinese input method gives
    them ("２１５００", "２１，５００") and thousands separators where they group by three
    ("21,500", "20,000.00"). Anything else is left as typed, for its check to refuse:
    "2,15" is not read as 215 (nor as 2.15)."""
    text = unicodedata.normalize("NFKC", value).strip()
    return text.replace(",", "") if _GROUPED.fullmatch(text) else text


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise DomainError(
            "{field}: '{value}' is not one of {allowed}.",
            field=field,
            value=value,
            allowed=", ".join(allowed),
        )
    return value


def get(session: Session, model: type[T], ident: int | None, what: str) -> T:
    obj = session.get(model, ident) if ident is not None else None
    if obj is None:
        raise NotFound("{what} #{id} does not exist.", what=what, id=ident)
    return obj
