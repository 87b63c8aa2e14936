"""The PostgreSQL pass of ``./quickstart test`` runs inside ``tools/with-postgres``: whatever
happens to the tests (they pass, they fail, Ctrl+C), no server started for them is left
running and its temporary folder is gone."""

from __future__ import annotations

import glob
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "with-postgres"
NO_SERVER = 69

pytestmark = pytest.mark.skipif(
    not glob.glob("/usr/lib/postgresql/*/bin/initdb"), reason="PostgreSQL is not installed"
)

# The command run inside: connects to the server it was given, prints its URL, then does
# what its argument says.
CLIENT = """
import os, sys
import psycopg
url = os.environ["OPS_TEST_DATABASE_URL"].replace("postgresql+psycopg", "postgresql")
with psycopg.connect(url) as conn:
    assert conn.execute("SELECT 1").fetchone() == (1,)
print(url, flush=True)
if sys.argv[1] == "wait":
    sys.stdin.read()  # until interrupted
sys.exit(int(sys.argv[1]) if sys.argv[1] != "wait" else 0)
"""


@pytest.fixture
def scratch() -> Iterator[Path]:
    """The folder the script makes its server's folder in (TMPDIR); the server's own user
    must be able to reach it."""
    folder = Path(tempfile.mkdtemp(prefix="ops-with-pg-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def processes_using(folder: Path) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            words = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue  # the process has ended
        text = " ".join(w.decode(errors="replace") for w in words)
        if str(folder) in text and "ops-desktop-pg." in text:
            found.append(text)
    return found


def start(scratch: Path, argument: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SCRIPT), sys.executable, "-c", CLIENT, argument],
        env={**os.environ, "TMPDIR": str(scratch)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal gives a command
    )


def assert_nothing_left(scratch: Path) -> None:
    assert list(scratch.iterdir()) == []
    assert processes_using(scratch) == []


@pytest.mark.parametrize("code", [0, 7])
def test_the_tests_get_a_server_and_their_exit_code_and_nothing_is_left(scratch, code):
    run = start(scratch, str(code))
    out, err = run.communicate(timeout=120)
    assert run.returncode == code, err
    assert out.startswith("postgresql://postgres@127.0.0.1:")
    assert_nothing_left(scratch)


def test_ctrl_c_stops_the_server_and_removes_its_folder(scratch):
    run = start(scratch, "wait")
    assert run.stdout is not None
    ready, _, _ = select.select([run.stdout], [], [], 120)
    assert ready, "no server within 120 s"
    url = run.stdout.readline()  # the tests are running on a live server …
    assert url.startswith("postgresql://"), run.stderr.read() if run.stderr else ""
    assert processes_using(scratch) != []
    os.killpg(run.pid, signal.SIGINT)  # … when the terminal's Ctrl+C reaches them all
    run.communicate(timeout=120)
    assert run.returncode == 130
    assert_nothing_left(scratch)


def test_no_server_to_be_had_is_its_own_exit_code(scratch):
    env = {**os.environ, "TMPDIR": str(scratch / "missing")}
    run = subprocess.run([str(SCRIPT), "true"], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == NO_SERVER and "mktemp" in run.stderr
    assert_nothing_left(scratch)
