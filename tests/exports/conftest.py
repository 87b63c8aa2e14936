"""Recalculating workbooks the way HR will: in LibreOffice, headless."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

# LibreOffice keeps the results a file stores unless told to recalculate on load — and the
# program's workbooks store every formula's result: recalculating always is what makes this a
# check of the formulas, not a reading of the stored values.
_ALWAYS_RECALCULATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


@pytest.fixture(scope="session")
def _soffice_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    profile = tmp_path_factory.mktemp("lo-profile")
    (profile / "user").mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(_ALWAYS_RECALCULATE)
    return profile


@pytest.fixture
def recalc(tmp_path: Path, _soffice_profile: Path) -> Callable[[Path], openpyxl.Workbook]:
    """Open a workbook in LibreOffice, let it compute every formula, and return the computed
    values (openpyxl, data_only). CI installs LibreOffice; without it these tests skip."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
        )

    def run(path: Path) -> openpyxl.Workbook:
        out = tmp_path / "recalculated"
        out.mkdir(exist_ok=True)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={_soffice_profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(out),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return openpyxl.load_workbook(out / path.name, data_only=True)

    return run
