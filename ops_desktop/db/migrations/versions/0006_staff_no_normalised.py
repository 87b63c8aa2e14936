"""staff numbers stored in their one spelling

Staff numbers are now normalised wherever they come in (NFKC, no zero-width characters, no
surrounding white space, upper case: see core/services/staff_numbers.py), and looked up in
that spelling. Numbers stored before are brought to it here, so that ``op0003`` typed
today finds the person stored as ``op0003``.

A number whose spelling another person already has (``op0003`` beside ``OP0003``: an older
import made a second person) is left as it is: merging two people, each with their own
history, is for the secretary to decide. Among several such numbers with none in the one
spelling, the oldest record (lowest id) gets it. Nothing else changes.

The normalisation is copied here rather than imported: what this upgrade did must not
change when the program's function changes later.

Revision ID: 0006_staff_no_normalised
Revises: 0005
Create Date: 2026-12-08
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_staff_no_normalised"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def _normalise(value: str) -> str:
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", value))
    return unicodedata.normalize("NFKC", text.upper()).strip()


def upgrade() -> None:
    connection = op.get_bind()
    stored = connection.execute(sa.text("SELECT id, staff_no FROM staff ORDER BY id")).all()
    taken = {number for _, number in stored}
    for ident, number in stored:
        wanted = _normalise(number)
        if wanted == number or not wanted or wanted in taken:
            continue
        connection.execute(
            sa.text("UPDATE staff SET staff_no = :number WHERE id = :id"),
            {"number": wanted, "id": ident},
        )
        taken.add(wanted)


def downgrade() -> None:
    """The spellings before the upgrade were not kept: nothing to undo."""
