"""The one-folder bundle (PyInstaller) builds, carries its resources, and works offscreen:
--version, demo, export scores, poster and the window, from the bundle alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="the bundle needs PyInstaller (test extra)")
    if shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs binutils (objdump)")
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(ROOT / "packaging" / "ops-desktop.spec"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    exe = out / "dist" / "ops-desktop" / ("ops-desktop.exe" if os.name == "nt" else "ops-desktop")
    assert exe.exists()
    return exe


def run(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "OPS_DESKTOP"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(cwd)  # a bundle on a clean machine: no user data yet
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_the_bundle_works_from_the_command_line(bundle, tmp_path):
    version = run(bundle, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("ops-desktop ")
    assert (
        run(
            bundle,
            "demo",
            "--db",
            "d.sqlite3",
            "--staff",
            "6",
            "--months",
            "2",
            "--until",
            "2026-10",
            cwd=tmp_path,
        ).returncode
        == 0
    )
    exported = run(
        bundle,
        "export",
        "scores",
        "--db",
        "d.sqlite3",
        "--period",
        "2026-10",
        "-o",
        "s.xlsx",
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    assert openpyxl.load_workbook(tmp_path / "s.xlsx").active.max_row >= 12
    poster = run(
        bundle,
        "poster",
        "--db",
        "d.sqlite3",
        "-o",
        "p.pdf",
        "--size",
        "A3",
        "--script",
        "hans",
        cwd=tmp_path,
    )
    assert poster.returncode == 0, poster.stderr
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "运营部上墙制度" in text  # the bundled OpenCC and font work
    refused = run(bundle, "info", "--db", "missing.sqlite3", cwd=tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr


def test_the_bundle_carries_migrations_and_resources(bundle):
    inside = bundle.parent / "_internal"
    base = inside if inside.is_dir() else bundle.parent
    assert (base / "ops_desktop" / "db" / "migrations" / "env.py").is_file()
    assert list((base / "ops_desktop" / "db" / "migrations" / "versions").glob("0001_*.py"))
    assert (base / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (base / "resources" / "regulation" / "operations-regulation.zh-Hant.md").is_file()
    assert (base / "resources" / "defaults" / "workflows.toml").is_file()
