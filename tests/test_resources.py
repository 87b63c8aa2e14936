"""One resource locator for a source checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ops_desktop import resources

ROOT = Path(__file__).resolve().parents[1]


def test_source_checkout_finds_resources_and_ui():
    assert resources.resource_path("defaults", "positions.toml").is_file()
    assert resources.ui_path().is_dir()


def test_pyinstaller_bundle_is_preferred(tmp_path, monkeypatch):
    (tmp_path / "resources" / "defaults").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources._root.cache_clear()
    try:
        assert resources.resource_path("defaults") == tmp_path / "resources" / "defaults"
    finally:
        resources._root.cache_clear()


def test_missing_resources_are_reported_clearly(monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "pkg")
    resources._root.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="cannot find its resources folder"):
            resources.resource_path("x")
    finally:
        resources._root.cache_clear()


def test_the_wheel_carries_resources_and_ui_inside_the_package(tmp_path):
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling (test extra)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("ops_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert "ops_desktop/_resources/regulation/operations-regulation.zh-Hant.md" in names
    assert "ops_desktop/_resources/defaults/workflows.toml" in names
    assert "ops_desktop/db/migrations/script.py.mako" in names
    assert any(n.startswith("ops_desktop/db/migrations/versions/0001") for n in names)
    # The installed copy finds its own resources, not the checkout's.
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from ops_desktop.resources import resource_path; print(resource_path('defaults'))",
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site")},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert Path(found) == tmp_path / "site" / "ops_desktop" / "_resources" / "defaults"
