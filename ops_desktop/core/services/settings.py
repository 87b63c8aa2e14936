"""Department-wide values kept with the data (``app_settings``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppSetting

from . import audit, validate

DEPARTMENT = "department_name"
DEFAULTS = {DEPARTMENT: "運營部"}


def get(session: Session, key: str) -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def department(session: Session) -> str:
    return get(session, DEPARTMENT)


def expect_department(session: Session, shown: str) -> None:
    """Refuse when the department name is no longer the one a form showed (a stale copy)."""
    stored = department(session)
    if stored != shown:
        raise DomainError(
            "The department name was changed by someone else to {value}; reopen the settings "
            "and try again.",
            value=stored,
        )


def put(session: Session, key: str, value: str, operator: str = "") -> None:
    value = validate.text(value, "value", max_len=200)
    row = session.get(AppSetting, key)
    old = None if row is None else row.value
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    audit.record(session, operator, "setting", "app_settings", None, key, old=old, new=value)


def problem(value: str) -> str:
    """What is wrong with a value for :func:`put` ("" when it can be stored)."""
    try:
        validate.text(value, "value", max_len=200)
    except DomainError as exc:
        return str(exc)
    return ""
