"""How far away a poster can be read.

A common rule for signs: text reads comfortably from a distance of about 1 / 0.007 times its
letter height (≈ 14 mm letters from 2 m). A Chinese character fills nearly its whole em, so
the body size in points stands for the letter height. The regulation at 11 pt on A2 reads
from about half a metre; the people in front of a wall stand 1–2 m away (poster_layouts
offers what reaches a chosen distance)."""

from __future__ import annotations

import math

mm = 72 / 25.4  # points in a millimetre (reportlab's; not imported: the window reads this)

HEIGHT_PER_METRE = 7.0  # mm of letter height per metre of reading distance (0.007)
MIN_TEXT_PT = 8.0  # nothing on any sheet is set smaller
DEFAULT_DISTANCE_M = 1.5
MAX_SIZE_PT = 96.0  # the largest body size a poster is set at


def reading_distance(size_pt: float) -> float:
    """Metres from which text of ``size_pt`` reads comfortably, to a tenth (rounded down:
    the poster never claims more than it does)."""
    return math.floor(size_pt / mm / HEIGHT_PER_METRE * 10 + 1e-9) / 10


def size_for(distance_m: float) -> float:
    """The body size in points that reads from ``distance_m``, to a tenth of a point up."""
    return max(MIN_TEXT_PT, math.ceil(distance_m * HEIGHT_PER_METRE * mm * 10) / 10)
