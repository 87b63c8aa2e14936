"""Where the window opens (``window_geometry``, plain rectangles): a saved place is kept only
when it fits its screen and is big enough to work in; else 80 % of that screen, centred."""

from __future__ import annotations

from ops_desktop.gui.window_geometry import MIN_HEIGHT, MIN_WIDTH, Rect, placed

LAPTOP = Rect(0, 0, 1600, 1000)
SMALL = Rect(0, 0, 1024, 700)
RIGHT = Rect(1600, 0, 1920, 1040)  # a second screen to the laptop's right


def test_a_first_start_opens_at_80_percent_of_the_primary_screen_centred():
    assert placed(None, [LAPTOP, RIGHT]) == Rect(160, 100, 1280, 800)
    assert placed(None, [SMALL]) == Rect(102, 70, 819, 560)


def test_a_saved_place_that_fits_and_is_usable_is_kept():
    saved = Rect(40, 30, 1200, 760)
    assert placed(saved, [LAPTOP]) == saved
    on_the_right = Rect(1700, 50, 1500, 900)
    assert placed(on_the_right, [LAPTOP, RIGHT]) == on_the_right


def test_a_crushed_place_is_replaced_by_80_percent_of_its_screen():
    # The case: a 405×294 window restored on a 1600×1000 screen.
    assert placed(Rect(100, 80, 405, 294), [LAPTOP]) == Rect(160, 100, 1280, 800)
    assert placed(Rect(0, 0, MIN_WIDTH - 1, 800), [LAPTOP]) == Rect(160, 100, 1280, 800)
    assert placed(Rect(0, 0, 1200, MIN_HEIGHT - 1), [LAPTOP]) == Rect(160, 100, 1280, 800)
    # … on the screen it was on, not the primary one.
    assert placed(Rect(1700, 50, 400, 300), [LAPTOP, RIGHT]) == Rect(1792, 104, 1536, 832)


def test_a_place_larger_than_its_screen_or_off_every_screen_is_replaced():
    # Saved on a 1920×1080 monitor, opened on the 1024×700 laptop alone.
    assert placed(Rect(100, 50, 1700, 950), [SMALL]) == Rect(102, 70, 819, 560)
    assert placed(Rect(0, 0, 1024, 701), [SMALL]) == Rect(102, 70, 819, 560)
    # The monitor it was on is gone: the primary screen.
    assert placed(Rect(1700, 50, 1200, 800), [LAPTOP]) == Rect(160, 100, 1280, 800)


def test_on_a_screen_smaller_than_the_minimum_the_whole_screen_is_usable():
    tiny = Rect(0, 0, 900, 600)
    assert placed(tiny, [tiny]) == tiny
