"""Agreement among peers (Krippendorff's alpha, interval level), from the maintained
``krippendorff`` package: numpy and the package are imported only when an alpha is
computed, so that neither the window's start nor a command that needs none pays for them.

A peer's ratings are laid out as the package expects: one row per peer (coder), one
column per unit. For one person the units are their dimensions in each month; across the
department they are (month, person, dimension). A peer who did not rate a unit leaves it
empty (NaN), which the package allows for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .calibration import Rating


def alpha(matrix: Sequence[Sequence[Decimal | float | None]]) -> float | None:
    """Interval alpha of ``matrix`` (rows: raters, columns: units; ``None``: not rated),
    or ``None`` when it is not defined (fewer than two raters, no unit rated twice, or no
    variation at all)."""
    if len(matrix) < 2 or not any(
        sum(1 for row in matrix if row[u] is not None) >= 2 for u in range(len(matrix[0]))
    ):
        return None
    import krippendorff
    import numpy as np

    data = np.array(
        [[math.nan if v is None else float(v) for v in row] for row in matrix], dtype=float
    )
    try:
        with np.errstate(divide="ignore", invalid="ignore"):
            value = float(
                krippendorff.alpha(reliability_data=data, level_of_measurement="interval")
            )
    except (ValueError, ZeroDivisionError):  # a single value in the whole domain
        return None
    return None if math.isnan(value) or math.isinf(value) else value


def peer_alpha(ratings: Sequence[Rating], *, across_people: bool = False) -> float | None:
    """The alpha of these peer ratings: of one person's peers (units: month × dimension), or
    with ``across_people`` of everyone's peers (units: month × person × dimension)."""
    coders = sorted({r.evaluator for r in ratings}, key=str)
    units = sorted(
        {
            (r.period_id, r.subject_id if across_people else 0, dim)
            for r in ratings
            for dim in r.dims
        }
    )
    if len(coders) < 2 or not units:
        return None
    column = {unit: i for i, unit in enumerate(units)}
    row = {coder: i for i, coder in enumerate(coders)}
    matrix: list[list[Decimal | float | None]] = [[None] * len(units) for _ in coders]
    for r in ratings:
        for dim, score in r.dims.items():
            unit = (r.period_id, r.subject_id if across_people else 0, dim)
            matrix[row[r.evaluator]][column[unit]] = score
    return alpha(matrix)
