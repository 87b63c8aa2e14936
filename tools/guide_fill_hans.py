"""Write the Simplified Chinese user guide (resources/guide/zh_CN) from the Traditional one
(resources/guide/zh_TW) with the converter and term fixes of the interface's catalogue
(``i18n_fill_hans.to_simplified``), so that the guide names every menu and button as the
Simplified interface does; then the words of running text that the interface does not use
and OpenCC leaves in Taiwan's usage (``GUIDE_FIXES``).

    python tools/guide_fill_hans.py          # writes resources/guide/zh_CN/*.md
    python tools/guide_fill_hans.py --check  # exit 1 when a page is not what it would write
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc
from i18n_fill_hans import to_simplified

# After to_simplified: (what it wrote, what a mainland reader expects), in this order.
GUIDE_FIXES: list[tuple[str, str]] = [
    ("预设", "默认"),
    ("帐号", "账号"),
    ("程式的捷径", "程序的快捷方式"),
    ("信息人员", "IT 人员"),
]

GUIDE = Path(__file__).resolve().parents[1] / "resources" / "guide"
SOURCE = GUIDE / "zh_TW"
TARGET = GUIDE / "zh_CN"


def pages() -> dict[Path, str]:
    """Each Simplified page's path and text."""
    converter = opencc.OpenCC("tw2sp")
    written = {}
    for page in sorted(SOURCE.glob("*.md")):
        text = to_simplified(page.read_text(encoding="utf-8"), converter)
        for wrong, right in GUIDE_FIXES:
            text = text.replace(wrong, right)
        written[TARGET / page.name] = text
    return written


def main(argv: list[str]) -> int:
    written = pages()
    if argv[:1] == ["--check"]:
        stale = [
            p.name
            for p, text in written.items()
            if not p.exists() or p.read_text(encoding="utf-8") != text
        ]
        extra = [p.name for p in TARGET.glob("*.md") if p not in written]
        if stale or extra:
            print(f"zh_CN guide not filled from zh_TW: {', '.join(stale + extra)}", file=sys.stderr)
            return 1
        return 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for path in TARGET.glob("*.md"):
        if path not in written:
            path.unlink()
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
