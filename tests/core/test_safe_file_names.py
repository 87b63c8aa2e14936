"""File names built from data (a staff number, a name, a title) are accepted by Windows and
POSIX alike and stay in the folder they are put in, whatever the data holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_desktop.core.files import MAX_NAME, MAX_NAME_BYTES, safe_file_name

FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]')
DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
DEVICES |= {f"{kind}{n}" for kind in ("COM", "LPT") for n in "0123456789¹²³"}
# Text as data holds it, weighted towards what breaks names: separators, dots, devices.
PIECES = st.sampled_from(["/", "\\", "..", ".", " ", ":", "*", "?", '"', "<", ">", "|"])
PIECES |= st.sampled_from(sorted(DEVICES) + ["con", "Nul", "\x00", "\t", "\n", "\x85", "張"])
DATA = st.lists(PIECES | st.text(max_size=5), max_size=12).map("".join) | st.text()


def windows_accepts(name: str) -> bool:
    return (
        not FORBIDDEN.search(name)
        and not name.endswith((".", " "))
        and name.split(".")[0].rstrip(" ").upper() not in DEVICES
    )


@given(DATA, st.sampled_from(["form", "", "..", "CON"]))
def test_any_text_gives_a_name_both_systems_accept(text: str, fallback: str) -> None:
    name = safe_file_name(text, fallback)
    assert name not in ("", ".", "..") and not name.startswith(".")
    assert windows_accepts(name), name
    assert windows_accepts(name + ".xlsx"), name  # an extension added keeps it so
    assert len(name) <= MAX_NAME and len(name.encode("utf-8")) <= MAX_NAME_BYTES


@given(DATA)
def test_the_name_stays_in_its_folder(text: str) -> None:
    folder = Path("/srv/forms")
    target = folder / f"{safe_file_name(text, 'form')}.xlsx"
    assert target.parent == folder
    assert Path(target).resolve().parent == folder.resolve()


@given(st.text(alphabet=st.characters(categories=["L", "Nd"]), min_size=1, max_size=40))
def test_an_ordinary_name_is_kept(text: str) -> None:
    if text.upper() not in DEVICES:
        assert safe_file_name(text, "form") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        (".hidden", "hidden"),
        ("OP/0002", "OP_0002"),
        ("..", "form"),
        (" . ", "form"),
        ("報告. ", "報告"),
        ("CON", "CON_"),
        ("nul.txt", "nul_.txt"),
        ("COM1 ", "COM1_"),
        ("LPT²", "LPT²_"),
        ("a:b*c?d", "a_b_c_d"),
    ],
)
def test_examples(text: str, expected: str) -> None:
    assert safe_file_name(text, "form") == expected


def test_a_long_chinese_name_is_cut_to_what_posix_holds() -> None:
    name = safe_file_name("績效" * 200, "form")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES and name.startswith("績效績效")
