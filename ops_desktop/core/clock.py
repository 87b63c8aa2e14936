"""The program's one clock: every "now" and "today" in ops-desktop comes from here.

By default it is the system clock. :func:`set_time` makes it start at a chosen instant and
(unless frozen) run on from there at real speed, as ``faketime`` does, so that events keep
their order and their real intervals while the day is the one chosen. The environment
variable ``OPS_DESKTOP_CLOCK`` (an ISO 8601 time, local unless it names its offset, e.g.
``2026-11-16T10:00:00``) does the same for a whole process: the test suite sets it so that
the program instances it starts share its day. Nothing else in the program may read the
wall clock (``date.today()``, ``datetime.now()``); the before-stop hook looks for that.

Stored times follow two conventions, kept as they were: record timestamps (``created_at``,
``updated_at``, the audit log) are naive UTC (:func:`utcnow`); times shown as typed or
decided by a person (a lock, an approval, a reply) are naive local time (:func:`now`).
"""

from __future__ import annotations

import datetime as dt
import os
import time

ENVIRONMENT_VARIABLE = "OPS_DESKTOP_CLOCK"


class _Chosen:
    """A clock that read ``start`` when the monotonic clock read ``origin``."""

    def __init__(self, start: dt.datetime, *, running: bool) -> None:
        self.start = start.astimezone(dt.UTC)
        self.origin = time.monotonic()
        self.running = running

    def __call__(self) -> dt.datetime:
        if not self.running:
            return self.start
        return self.start + dt.timedelta(seconds=time.monotonic() - self.origin)


_chosen: _Chosen | None = None


def parse(text: str) -> dt.datetime:
    """An instant from ISO 8601 text; without an offset it is local time. ValueError if bad."""
    moment = dt.datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo else moment.astimezone()


def set_time(moment: dt.datetime | None, *, running: bool = True) -> None:
    """Start the clock at ``moment`` (naive: local time); ``None`` returns to the system
    clock. A frozen clock (``running=False``) reads ``moment`` for ever."""
    global _chosen
    if moment is None:
        _chosen = None
        return
    _chosen = _Chosen(moment if moment.tzinfo else moment.astimezone(), running=running)


def now_utc() -> dt.datetime:
    """The current instant, timezone-aware, in UTC."""
    return _chosen() if _chosen is not None else dt.datetime.now(dt.UTC)


def utcnow() -> dt.datetime:
    """Naive UTC: how record timestamps are stored."""
    return now_utc().replace(tzinfo=None)


def now() -> dt.datetime:
    """Naive local time: how times decided by a person are stored and shown."""
    return now_utc().astimezone().replace(tzinfo=None)


def today() -> dt.date:
    """The local date."""
    return now().date()


def _from_environment() -> None:
    text = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if text:
        try:
            set_time(parse(text))
        except ValueError:
            raise SystemExit(
                f"ops-desktop: {ENVIRONMENT_VARIABLE}={text!r} is not an ISO 8601 time "
                "(e.g. 2026-11-16T10:00:00); unset it to use the system clock."
            ) from None


_from_environment()
