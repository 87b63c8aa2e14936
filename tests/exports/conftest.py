"""Recalculating workbooks the way HR will: in LibreOffice, headless."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest


@pytest.fixture(scope="session")
def _soffice_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lo-profile")


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
