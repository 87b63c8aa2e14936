"""The words the sign-off sheet (閱知簽收表) prints, in PDF and workbook alike."""

from __future__ import annotations

from ops_desktop.core import script as scripts
from ops_desktop.core.models import RegulationVersion
from ops_desktop.core.models.regulation import hans_outdated

TITLE = "閱知簽收表"
STATEMENT = "本人已閱讀並瞭解上述版本之運營部制度。"


def title_of(version: RegulationVersion, script: str) -> str:
    """The regulation's title in ``script``: as proofread when it is up to date."""
    proofread = None
    if not hans_outdated(version.title, version.title_hans, version.title_hans_for):
        proofread = version.title_hans
    return scripts.pick(version.title, proofread, script)
