"""One locator for the data that ships beside the code: resources/ and ui/.

The same call works in three layouts:

* a source checkout or an editable install: ``<repo>/resources`` and ``<repo>/ui``;
* an installed wheel: the build copies them into the package as ``ops_desktop/_resources``
  and ``ops_desktop/_ui`` (see ``[tool.hatch.build.targets.wheel.force-include]``);
* a PyInstaller bundle: the spec puts them under ``sys._MEIPASS`` as ``resources`` and ``ui``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(kind: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / kind)
    found.append(_PACKAGE_DIR / f"_{kind}")
    found.append(_PACKAGE_DIR.parent / kind)
    return found


@cache
def _root(kind: str) -> Path:
    for candidate in _candidates(kind):
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(p) for p in _candidates(kind))
    raise FileNotFoundError(f"ops-desktop cannot find its {kind} folder (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under resources/, e.g. ``resource_path("defaults", "x.toml")``."""
    return _root("resources").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a Qt Designer form under ui/."""
    return _root("ui").joinpath(*parts)
