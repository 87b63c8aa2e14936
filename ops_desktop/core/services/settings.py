"""Department-wide values kept with the data (``app_settings``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppSetting

from . import audit, validate

DEPARTMENT = "department_name"
# The result letters (績效考核結果通知書): how many days an employee has to appeal from the
# letter's date, and whether a letter shows the rank and the bonus amount ("yes" / "no").
APPEAL_DAYS = "appeal_days"
LETTER_SHOWS_RANK = "letter_shows_rank"
LETTER_SHOWS_BONUS = "letter_shows_bonus"
# Rater calibration (考核校準): a rater is flagged when their mean is this many standard
# deviations from the department's, or (lenient) when more than this percentage of the
# scores they gave reach the top grade.
CALIBRATION_Z = "calibration_z"
CALIBRATION_TOP_SHARE = "calibration_top_share"
# Acknowledgement of the regulation in force (閱知確認): the dashboard warns of those who
# have not acknowledged it this many days after they became due.
ACK_DAYS = "ack_days"
DEFAULTS = {
    DEPARTMENT: "運營部",
    APPEAL_DAYS: "7",
    LETTER_SHOWS_RANK: "no",
    LETTER_SHOWS_BONUS: "no",
    CALIBRATION_Z: "1.5",
    CALIBRATION_TOP_SHARE: "40",
    ACK_DAYS: "14",
}
YES, NO = "yes", "no"


def get(session: Session, key: str) -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def department(session: Session) -> str:
    return get(session, DEPARTMENT)


def appeal_days(session: Session) -> int:
    """Days from a result letter's date to the last day of appeal."""
    return int(get(session, APPEAL_DAYS))


def ack_days(session: Session) -> int:
    """Days after which an unacknowledged regulation version is a dashboard alert."""
    return int(get(session, ACK_DAYS))


def shows(session: Session, key: str) -> bool:
    """A yes/no setting (``LETTER_SHOWS_RANK``, ``LETTER_SHOWS_BONUS``)."""
    return get(session, key) == YES


@dataclass(frozen=True)
class LetterSettings:
    """What the result letters say beyond the results: the days to appeal, the rank, the
    bonus amount."""

    appeal_days: int = 7
    shows_rank: bool = False
    shows_bonus: bool = False


def letter_settings(session: Session) -> LetterSettings:
    return LetterSettings(
        appeal_days(session), shows(session, LETTER_SHOWS_RANK), shows(session, LETTER_SHOWS_BONUS)
    )


def put_letter_settings(session: Session, chosen: LetterSettings, operator: str = "") -> None:
    """Store the letter settings that differ from the stored ones (each audit-logged)."""
    stored = letter_settings(session)
    for key, before, after in (
        (APPEAL_DAYS, str(stored.appeal_days), str(chosen.appeal_days)),
        (LETTER_SHOWS_RANK, _yes_no(stored.shows_rank), _yes_no(chosen.shows_rank)),
        (LETTER_SHOWS_BONUS, _yes_no(stored.shows_bonus), _yes_no(chosen.shows_bonus)),
    ):
        if before != after:
            put(session, key, after, operator)


def _yes_no(flag: bool) -> str:
    return YES if flag else NO


@dataclass(frozen=True)
class CalibrationSettings:
    """When calibration flags a rater: |z| at least ``z``, or a top-grade share above
    ``top_share`` percent."""

    z: Decimal = Decimal("1.5")
    top_share: Decimal = Decimal("40")


def calibration_settings(session: Session) -> CalibrationSettings:
    return CalibrationSettings(
        Decimal(get(session, CALIBRATION_Z)), Decimal(get(session, CALIBRATION_TOP_SHARE))
    )


def put_calibration_settings(
    session: Session, chosen: CalibrationSettings, operator: str = ""
) -> None:
    """Store the calibration thresholds that differ from the stored ones (each audit-logged)."""
    stored = calibration_settings(session)
    for key, before, after in (
        (CALIBRATION_Z, stored.z, chosen.z),
        (CALIBRATION_TOP_SHARE, stored.top_share, chosen.top_share),
    ):
        if before != after:
            put(session, key, f"{after.normalize():f}", operator)


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
    value = _checked(key, value)
    row = session.get(AppSetting, key)
    old = None if row is None else row.value
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    audit.record(session, operator, "setting", "app_settings", None, key, old=old, new=value)


def _checked(key: str, value: str) -> str:
    value = validate.text(value, "value", max_len=200)
    if key in (APPEAL_DAYS, ACK_DAYS) and not (
        value.isascii() and value.isdigit() and 1 <= int(value) <= 365
    ):
        raise DomainError("{field} must be a whole number of days from 1 to 365.", field="value")
    if key == CALIBRATION_Z and not _number_within(value, Decimal("0.1"), Decimal(5)):
        raise DomainError("{field} must be a number from 0.1 to 5.", field="value")
    if key == CALIBRATION_TOP_SHARE and not _number_within(value, Decimal(0), Decimal(100)):
        raise DomainError("{field} must be a percentage from 0 to 100.", field="value")
    if key in (LETTER_SHOWS_RANK, LETTER_SHOWS_BONUS) and value not in (YES, NO):
        raise DomainError("{field} must be yes or no.", field="value")
    return value


def _number_within(value: str, low: Decimal, high: Decimal) -> bool:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return False
    return number.is_finite() and low <= number <= high


def problem(value: str, key: str = DEPARTMENT) -> str:
    """What is wrong with a value for :func:`put` ("" when it can be stored)."""
    try:
        _checked(key, value)
    except DomainError as exc:
        return str(exc)
    return ""
