"""The glossary of CONTRIBUTING.md holds in both Chinese catalogues: each act (undo, revert,
restore, drop…) has its own word, and no message uses that word for another act."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = {"zh_TW": 2, "zh_CN": 3}  # the glossary column of each catalogue

# Messages whose English word means something else than the act of the glossary, with why.
OTHER_SENSES = {
    ("SettingsForm", "Drop the highest and lowest peer score"): "drop = leave out of a mean",
}


@dataclass(frozen=True)
class Act:
    name: str
    english: re.Pattern[str]
    words: dict[str, str]


def glossary() -> list[Act]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    table = text.split("### Glossary", 1)[1].split("\n\n")[2]
    acts = []
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        english = "|".join(re.escape(w.strip()) for w in cells[1].split(","))
        acts.append(
            Act(
                cells[0],
                re.compile(rf"\b({english})\b", re.IGNORECASE),
                {lang: cells[col] for lang, col in LANGUAGES.items()},
            )
        )
    return acts


def messages(lang: str) -> list[tuple[str, str, str]]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"ops_desktop_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = " ".join([translation.text or ""] + [f.text or "" for f in translation])
            found.append((name, message.findtext("source") or "", text))
    return found


def test_the_glossary_table_is_read():
    acts = {act.name: act for act in glossary()}
    assert {"undo", "revert", "restore", "drop"} <= acts.keys()
    assert acts["undo"].english.search("Undo %1") and not acts["undo"].english.search("Redo")
    # Each act has words of its own: none is another's, nor inside another's.
    for lang in LANGUAGES:
        words = [act.words[lang] for act in acts.values()]
        for word in words:
            assert [w for w in words if word in w] == [word], (lang, word)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_act_has_one_word_used_for_nothing_else(lang):
    problems = []
    for context, source, translation in messages(lang):
        if (context, source) in OTHER_SENSES:
            continue
        for act in glossary():
            says_it = bool(act.english.search(source))
            uses_word = act.words[lang] in translation
            if says_it and not uses_word:
                problems.append(f"{context}: {source!r} → {translation!r} lacks {act.words[lang]}")
            if uses_word and not says_it:
                problems.append(f"{context}: {translation!r} uses {act.words[lang]} ({act.name})")
    assert not problems, "\n".join(problems)
