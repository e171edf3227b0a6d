"""Which analysis produced the stored statements: a digest of the extraction code and the actor registry.

Articles stamped with another digest were analysed by older rules; the bot analyses them again in the
background at start-up, so rule fixes and registry edits reach articles saved before them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import summarizer
from config.actor_registry import ACTORS_PATH


def analysis_stamp(registry_path: Path = ACTORS_PATH) -> str:
    digest = hashlib.sha256()
    for path in [*sorted(Path(summarizer.__file__).parent.glob("*.py")), registry_path]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
