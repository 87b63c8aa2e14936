"""The schema revisions this program knows, oldest first, without importing Alembic.

Opening a database that is already at ``HEAD`` needs no Alembic import (start-up time).
A test checks that this list equals the revisions in ``migrations/versions``.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006_staff_no_normalised",
    "0006_score_comments",  # after the staff numbers (two 0006s were made side by side)
    "0007",
    "0008_appeals",
    "0009_regulation_acknowledgements",
)
HEAD = KNOWN_REVISIONS[-1]
