"""Fill resources/i18n/ops_desktop_zh_CN.ts from the Traditional Chinese translations.

Every message of ops_desktop_zh_TW.ts is converted with OpenCC ("tw2sp": Taiwan
Traditional to Simplified with mainland phrases: 檔案→文件, 列印→打印, 儲存→保存, 設定→设置,
搜尋→搜索, 資料庫→数据库 …), then corrected with the table below where OpenCC's phrase
conversion is wrong or not what a mainland program says. The result replaces every
translation of the zh_CN file (run ``python -m ops_desktop.gui.i18n update`` first so that both
files hold the same messages); placeholders (%1, %n, {name}) and HTML pass through unchanged.

    python tools/i18n_fill_hans.py          # writes resources/i18n/ops_desktop_zh_CN.ts
    python tools/i18n_fill_hans.py --check  # exit 1 when the file is not what it would write
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCE = I18N / "ops_desktop_zh_TW.ts"
TARGET = I18N / "ops_desktop_zh_CN.ts"

# After the conversion: (what OpenCC wrote, what a mainland interface says), in this order.
FIXES: list[tuple[str, str]] = [
    ("保存格", "单元格"),  # 儲存格 (a spreadsheet cell) is not "save"
    ("指针", "指标"),  # 業務指標: KPI, not a pointer
    ("详细数据", "详细信息"),  # 詳細資料 of a record
    ("基本数据", "基本信息"),
    ("重新激活", "重新启用"),  # keep 啟用/停用 as 启用/停用
    ("激活", "启用"),
    ("禁用", "停用"),
    ("交互", "互动"),  # an event's interactions (互動), not software interaction
    ("按两下", "双击"),
    ("审核记录", "审计日志"),  # 稽核記錄: the audit log
    ("档头", "文件头"),
    ("更动", "改动"),
    ("活页簿", "工作簿"),  # Excel's term on the mainland
    ("主工具列", "主工具栏"),
    ("范本", "模板"),
    ("清单", "列表"),
    ("会议纪录", "会议记录"),
    ("结束(&Q)", "退出(&Q)"),
    ("仍要结束吗", "仍要退出吗"),
    ("复原", "撤销"),  # Undo
    ("舍弃", "放弃"),
    ("外框", "轮廓"),  # font outlines
    ("字库", "字体文件"),
    ("唯读", "只读"),
    ("套件", "软件包"),
    ("分页", "标签页"),  # a tab of a window
    ("笔记录", "条记录"),
    ("添加(&N)", "新建(&N)"),
    ("产生", "生成"),  # 產生評價表: generate
    ("添加数据库", "新建数据库"),  # File → New database
    ("说明(&H)", "帮助(&H)"),  # the Help menu
    ("说明 → ", "帮助 → "),  # … and where a text names it
    ("公尺", "米"),  # the poster's reading distance
    ("「", "“"),  # quotation marks as the mainland writes them
    ("」", "”"),
]


def to_simplified(text: str, converter: opencc.OpenCC | None = None) -> str:
    converter = converter or opencc.OpenCC("tw2sp")
    result = converter.convert(text)
    for wrong, right in FIXES:
        result = result.replace(wrong, right)
    return result


def _translations(root: ET.Element) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translation, or the numerus forms."""
    found = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            found[(name, message.findtext("source") or "")] = texts
    return found


def fill(source: Path = SOURCE, target: Path = TARGET) -> str:
    """The zh_CN file's text with every message converted from ``source``."""
    converter = opencc.OpenCC("tw2sp")
    traditional = _translations(ET.parse(source).getroot())
    root = ET.parse(target).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            key = (name, message.findtext("source") or "")
            texts = traditional.get(key)
            if not texts or not all(texts):
                raise SystemExit(f"untranslated in {source.name}: {key}")
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")
                ]
                for i, form in enumerate(forms):
                    form.text = to_simplified(texts[min(i, len(texts) - 1)], converter)
            else:
                translation.text = to_simplified(texts[0], converter)
            translation.attrib.pop("type", None)
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def main(argv: list[str]) -> int:
    text = fill()
    if argv[:1] == ["--check"]:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.name} is not filled from {SOURCE.name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"filled {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
