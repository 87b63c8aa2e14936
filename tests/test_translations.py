"""The three translation catalogues (resources/i18n/*.ts): up to date with the code, in
contexts Qt looks up at run time, complete, faithful to the placeholders, in the right
script, and compilable into catalogues Qt loads."""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ops_desktop.gui import i18n

ROOT = Path(__file__).resolve().parents[1]

Key = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", message.findtext("source") or ""): message
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    }


def _texts(message: ET.Element) -> list[str]:
    """The translation, or each numerus form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def catalogues() -> dict[str, dict[Key, ET.Element]]:
    return {language: _messages(i18n.ts_path(language)) for language in i18n.LANGUAGES}


# (a) ---------------------------------------------------------------------------------------
def test_the_catalogues_hold_exactly_the_messages_of_the_code(tmp_path, catalogues) -> None:
    i18n.update(tmp_path)
    for language in i18n.LANGUAGES:
        fresh = _messages(tmp_path / f"ops_desktop_{language}.ts")
        committed = catalogues[language]
        missing, stale = sorted(fresh.keys() - committed.keys()), sorted(committed.keys() - fresh)
        assert not missing and not stale, (
            f"{language}: run `python -m ops_desktop.gui.i18n update` and translate; "
            f"not in the .ts: {missing[:10]}; no longer in the code: {stale[:10]}"
        )
        numerus = {k for k, m in fresh.items() if m.get("numerus") == "yes"}
        assert numerus == {k for k, m in committed.items() if m.get("numerus") == "yes"}


# (b) ---------------------------------------------------------------------------------------
def _class_names() -> set[str]:
    """Classes of the window's code and top-level classes of the Designer forms."""
    names: set[str] = set()
    for path in i18n.gui_sources():
        if path.suffix == ".ui":
            names.add(ET.parse(path).getroot().findtext("class") or "")
        else:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    return names


def test_every_context_is_one_qt_looks_up_at_run_time(catalogues) -> None:
    contexts = {context for context, _ in catalogues["zh_TW"]}
    wrong = sorted(c for c in contexts if not c or c[0].islower())
    assert not wrong, f"contexts no runtime lookup uses (page.tr, a passed-around tr…): {wrong}"
    from ops_desktop.gui import words

    known = _class_names() | {i18n.CORE_CONTEXT, "Pages"} | words.contexts()
    assert not sorted(contexts - known), "contexts that are not a class of the window"


# (c) ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_every_message_is_translated(language, catalogues) -> None:
    unfinished = []
    for key, message in catalogues[language].items():
        translation = message.find("translation")
        texts = _texts(message)
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not texts
            or not all(t.strip() for t in texts)
        ):
            unfinished.append(key)
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:10]}"
    assert len(catalogues[language]) > 900


def test_english_plurals_have_a_singular_and_a_plural(catalogues) -> None:
    for key, message in catalogues["en"].items():
        if message.get("numerus") == "yes":
            assert len(_texts(message)) == 2, key


# (d) ---------------------------------------------------------------------------------------
# %1 %2 (Qt), %n (plural), %v %m (progress bars), %period %count (the dashboard's named
# fields), {name} {{{{{name}}}}} (DomainError's str.format fields, braces and all).
_PLACEHOLDER = re.compile(r"%\d+|%[A-Za-z]+|\{+[^{}]*\}+")
_TAG = re.compile(r"<[^>]+>")
_ACCELERATOR = re.compile(r"(?<!&)&([A-Za-z0-9])")


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_translations_keep_the_placeholders_tags_and_accelerators(language, catalogues) -> None:
    wrong = []
    for (context, source), message in catalogues[language].items():
        for text in _texts(message):
            for pattern in (_PLACEHOLDER, _TAG):
                if set(pattern.findall(text)) != set(pattern.findall(source)):
                    wrong.append((context, source, text))
            accelerators = {a.lower() for a in _ACCELERATOR.findall(source)}
            if accelerators != {a.lower() for a in _ACCELERATOR.findall(text)}:
                wrong.append((context, source, text))
    assert not wrong, wrong[:10]


def test_the_placeholder_pattern_sees_every_kind() -> None:
    found = _PLACEHOLDER.findall("%1 %n %v (%share%) {field} {{{{{name}}}}} 100 %")
    assert found == ["%1", "%n", "%v", "%share", "{field}", "{{{{{name}}}}}"]


# (e) ---------------------------------------------------------------------------------------
# Characters written differently in the two scripts (Simplified, Traditional).
_SCRIPT_PAIRS = [
    ("数", "數"), ("据", "據"), ("员", "員"), ("运", "運"), ("营", "營"), ("绩", "績"),
    ("设", "設"), ("务", "務"), ("级", "級"), ("门", "門"), ("为", "為"), ("这", "這"),
    ("个", "個"), ("请", "請"), ("时", "時"), ("与", "與"), ("对", "對"), ("还", "還"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "forbidden"),
    [
        ("zh_TW", "".join(s for s, _ in _SCRIPT_PAIRS)),
        ("zh_CN", "".join(t for _, t in _SCRIPT_PAIRS)),
    ],
    ids=["zh_TW", "zh_CN"],
)
def test_each_chinese_catalogue_is_in_its_own_script(language, forbidden, catalogues) -> None:
    wrong = [
        (key, text)
        for key, message in catalogues[language].items()
        for text in _texts(message)
        if any(char in forbidden for char in text)
    ]
    assert not wrong, wrong[:10]


def test_simplified_catalogue_has_nothing_left_to_simplify(catalogues) -> None:
    import opencc

    converter = opencc.OpenCC("t2s")
    left = [
        (key, text)
        for key, message in catalogues["zh_CN"].items()
        for text in _texts(message)
        if converter.convert(text) != text
    ]
    assert not left, left[:10]


def test_simplified_catalogue_is_filled_from_the_traditional_one() -> None:
    spec = importlib.util.spec_from_file_location(
        "i18n_fill_hans", ROOT / "tools/i18n_fill_hans.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.fill() == i18n.ts_path("zh_CN").read_text(encoding="utf-8"), (
        "run `python tools/i18n_fill_hans.py` after changing the Traditional translations"
    )


# (f) ---------------------------------------------------------------------------------------
def test_the_catalogues_compile_and_translate(tmp_path) -> None:
    built = i18n.build(tmp_path)
    assert sorted(p.name for p in built) == sorted(
        f"ops_desktop_{language}.qm" for language in i18n.LANGUAGES
    )
    assert all(p.stat().st_size > 1000 for p in built)

    def translator(language: str) -> QTranslator:
        loaded = QTranslator()
        assert loaded.load(str(tmp_path / f"ops_desktop_{language}.qm"))
        return loaded

    traditional, simplified, english = translator("zh_TW"), translator("zh_CN"), translator("en")
    assert traditional.translate("Pages", "Staff") == "員工"
    assert simplified.translate("Pages", "Staff") == "员工"
    assert english.translate("Pages", "Staff") in ("Staff", "")  # en: the source text itself
    assert traditional.translate("RecordPage", "%n record(s)", None, 3) == "%n 筆記錄"
    assert english.translate("RecordPage", "%n record(s)", None, 1) == "%n record"
    assert english.translate("RecordPage", "%n record(s)", None, 3) == "%n records"


def test_installed_catalogue_translates_through_qcoreapplication(qapp, tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication

    i18n.build(tmp_path)
    for language, staff, records in (
        ("zh_TW", "員工", "3 筆記錄"),
        ("zh_CN", "员工", "3 条记录"),
        ("en", "Staff", "3 records"),
    ):
        translator = QTranslator()
        assert translator.load(str(tmp_path / f"ops_desktop_{language}.qm"))
        qapp.installTranslator(translator)
        try:
            assert QCoreApplication.translate("Pages", "Staff") == staff
            assert QCoreApplication.translate("RecordPage", "%n record(s)", None, 3) == records
        finally:
            qapp.removeTranslator(translator)


def test_the_built_catalogue_is_the_one_of_the_catalogue_read(tmp_path, monkeypatch) -> None:
    """Two checkouts of the program on one account built into one cached file, judged by its
    date: each then loaded the other's words. The cached file is named by the content."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "ops_desktop_zh_TW.ts"
    original = i18n.ts_path("zh_TW").read_text(encoding="utf-8")
    source.write_text(original, encoding="utf-8")
    monkeypatch.setattr(i18n, "ts_path", lambda language: source)
    first = i18n.qm_path("zh_TW")
    pages = original.index("<name>Pages</name>")
    changed = original[:pages] + original[pages:].replace(">員工<", ">職員<", 1)
    source.write_text(changed, encoding="utf-8")
    second = i18n.qm_path("zh_TW")
    source.write_text(original, encoding="utf-8")  # the other checkout, older on disk
    assert i18n.qm_path("zh_TW") == first != second
    said = {}
    for name, path in (("first", first), ("second", second)):
        loaded = QTranslator()
        assert loaded.load(str(path))
        said[name] = loaded.translate("Pages", "Staff")
    assert said == {"first": "員工", "second": "職員"}
    assert not [p for p in first.parent.iterdir() if p.name.startswith("building")]
