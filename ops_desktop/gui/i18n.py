"""Three languages: Traditional Chinese, Simplified Chinese and English (Qt Linguist).

Sources of the translations are the .ts files in resources/i18n; the .qm files Qt loads are
built from them by pyside6-lrelease (``python -m ops_desktop.gui.i18n build``; the program
builds a missing or stale one itself into the user cache). ``python -m ops_desktop.gui.i18n
update`` refreshes the .ts files from the code: pyside6-lupdate over the window's Python and
the Designer forms, plus the core's refusal messages (every ``DomainError("…")`` and the
field names), which reach the window through ``errors.set_translator``.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ops_desktop import APP_NAME
from ops_desktop.core import errors
from ops_desktop.resources import resource_path, ui_path

LANGUAGES = {"zh_TW": "繁體中文", "zh_CN": "简体中文", "en": "English"}
PACKAGE = Path(__file__).resolve().parents[1]
CORE_CONTEXT = "DomainError"
# Calls whose first argument is a core message: refusals, and texts said in the window.
_ERROR_CALLS = {"DomainError", "StorageError", "NotFound", "_Bad", "translated"}
# Methods taking a message as another argument: an import's problem(sheet, cell, value, reason).
_MESSAGE_METHODS = {"problem": 3}


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"ops_desktop_{language}.ts")


def system_language() -> str:
    name = QLocale.system().name()  # zh_TW, zh_HK, zh_CN, en_US…
    script = QLocale.system().script()
    if name.startswith("zh"):
        if name in ("zh_CN", "zh_SG") or script == QLocale.Script.SimplifiedHanScript:
            return "zh_CN"
        return "zh_TW"
    return "en"


def choose(preference: str) -> str:
    return preference if preference in LANGUAGES else system_language()


# -- extraction (developer tools) -------------------------------------------------------------
def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} not found: install PySide6-Essentials")
    return found


def gui_sources() -> list[Path]:
    py = [p for p in sorted((PACKAGE / "gui").rglob("*.py")) if "forms" not in p.parts]
    return py + sorted(ui_path().glob("*.ui"))


def core_messages() -> list[str]:
    """Every literal message of a DomainError (and subclasses) and every field label."""
    found: dict[str, None] = {}
    trees = [
        ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "gui" not in path.relative_to(PACKAGE).parts
    ]
    # Module-level texts another module names as ``module.NAME`` (form_checks.MERGED).
    constants = {
        target.id: [node.value]
        for tree in trees
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.isupper()
    }
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            argument = None
            if isinstance(node.func, ast.Name) and node.func.id in _ERROR_CALLS and node.args:
                argument = node.args[0]
            elif isinstance(node.func, ast.Attribute) and node.func.attr in _MESSAGE_METHODS:
                index = _MESSAGE_METHODS[node.func.attr]
                argument = node.args[index] if len(node.args) > index else None
            if argument is not None:
                for text in _messages(argument, tree, constants):
                    found[text] = None
    for label in errors.FIELD_LABELS.values():
        found[label] = None
    return list(found)


def _messages(
    node: ast.AST, tree: ast.Module, constants: dict[str, list[ast.expr]] | None = None
) -> list[str]:
    """The texts a message argument can be: a literal, either branch of ``a if c else b``,
    a name assigned such texts in the module, ``module.NAME`` of another module, or
    ``TABLE[key]`` of a dict of literals."""
    constants = constants or {}
    text = _literal(node)
    if text is not None:
        return [text] if text else []
    if isinstance(node, ast.IfExp):
        return _messages(node.body, tree, constants) + _messages(node.orelse, tree, constants)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return [
            text
            for value in _assigned(node.value.id, tree)
            if isinstance(value, ast.Dict)
            for item in value.values
            for text in _messages(item, tree, constants)
        ]
    if isinstance(node, ast.Name):
        return [
            text
            for value in _assigned(node.id, tree) or constants.get(node.id, [])
            for text in _messages(value, tree, constants)
        ]
    if isinstance(node, ast.Attribute):
        return [text for value in constants.get(node.attr, []) for text in _messages(value, tree)]
    return []


def _assigned(name: str, tree: ast.Module) -> list[ast.AST]:
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        else:
            continue
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            assert node.value is not None
            found.append(node.value)
    return found


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _existing(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def update(folder: Path | None = None) -> list[Path]:
    """Refresh the .ts files (in ``folder``, default resources/i18n) from the code; existing
    translations are kept, new messages come in unfinished."""
    folder = folder or resource_path("i18n")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = folder / f"ops_desktop_{language}.ts"
        old = _existing(ts_path(language)) if ts_path(language).exists() else {}
        fresh = folder / f".{language}.scan.ts"
        fresh.unlink(missing_ok=True)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *map(str, gui_sources()),
                "-ts",
                str(fresh),
            ],
            check=True,
            capture_output=True,
        )
        root = ET.parse(fresh).getroot()
        fresh.unlink()
        core = ET.SubElement(root, "context")
        ET.SubElement(core, "name").text = CORE_CONTEXT
        for text in core_messages():
            message = ET.SubElement(core, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.iter("message"):
                _carry_over(message, old.get((name, message.findtext("source") or "")), language)
        ET.indent(root)
        target.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(root, encoding="unicode")
            + "\n",
            encoding="utf-8",
        )
        written.append(target)
    return written


def _carry_over(message: ET.Element, old: ET.Element | None, language: str) -> None:
    new = message.find("translation")
    assert new is not None
    if message.get("numerus") == "yes":
        forms = new.findall("numerusform") or [ET.SubElement(new, "numerusform")]
        old_forms = [] if old is None else [f.text for f in old.iter("numerusform")]
        for i, form in enumerate(forms):
            form.text = (
                old_forms[i]
                if i < len(old_forms) and old_forms[i]
                else (message.findtext("source") if language == "en" else form.text)
            )
        done = all(f.text for f in forms)
    else:
        kept = None if old is None else old.find("translation")
        text = None if kept is None else kept.text
        if language == "en" and not text:
            text = message.findtext("source")
        new.text = text
        done = bool(text)
    if done:
        new.attrib.pop("type", None)
    else:
        new.set("type", "unfinished")


# -- building and loading ---------------------------------------------------------------------
def build(folder: Path) -> list[Path]:
    """Compile every .ts into ``folder`` with pyside6-lrelease."""
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        qm = folder / f"ops_desktop_{language}.qm"
        _compile(language, qm)
        built.append(qm)
    return built


def _compile(language: str, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def qm_path(language: str) -> Path:
    """The compiled catalogue: beside the .ts when current (a bundle ships them), else built
    into the user cache."""
    shipped = ts_path(language).with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= ts_path(language).stat().st_mtime:
        return shipped
    import hashlib

    from platformdirs import user_cache_path

    # Named by the catalogue's content, not judged by its date: two checkouts (or versions)
    # of the program on one account built into the same file, each loading the other's.
    digest = hashlib.sha256(ts_path(language).read_bytes()).hexdigest()[:16]
    cache = user_cache_path(APP_NAME, appauthor=False) / "i18n"
    qm = cache / f"ops_desktop_{language}-{digest}.qm"
    if not qm.exists():
        cache.mkdir(parents=True, exist_ok=True)
        building = cache / f"building-{os.getpid()}-{qm.name}"  # whole, or not there at all
        _compile(language, building)
        os.replace(building, qm)
    return qm


class Languages:
    """The translators installed in the application; ``switch`` changes them live."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._translators: list[QTranslator] = []

    def uninstall(self) -> None:
        """Back to the source texts (English without the plural forms)."""
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.language = ""

    def switch(self, preference: str) -> str:
        language = choose(preference)
        self.uninstall()
        own = QTranslator(self.app)
        if own.load(str(qm_path(language))):
            self._translators.append(own)
        if language != "en":  # Qt's own texts (OK, Cancel, …) in the same language
            qt = QTranslator(self.app)
            if qt.load(
                f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                self._translators.append(qt)
        for translator in self._translators:
            self.app.installTranslator(translator)
        errors.set_translator(lambda context, text: QCoreApplication.translate(context, text))
        self.language = language
        return language


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for path in update():
            print(f"updated {path}")
        return 0
    if argv[:1] == ["build"]:
        for path in build(Path(argv[1]) if len(argv) > 1 else resource_path("i18n")):
            print(f"built {path}")
        return 0
    print("usage: python -m ops_desktop.gui.i18n update | build [FOLDER]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
