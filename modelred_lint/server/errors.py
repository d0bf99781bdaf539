"""Internal errors as the client's log shows them: where, and nothing that could be a
secret from the linted text. (No lsprotocol here: the engine worker uses it too.)"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

_TOKEN_LIKE = re.compile(r"[A-Za-z0-9_\-+/=]{16,}")


def describe(exc: BaseException) -> str:
    """An internal error for the log: where it happened, with anything that could be a
    secret from the text cut down to its first four characters."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    message = _TOKEN_LIKE.sub(lambda m: m.group(0)[:4] + "…", str(exc))[:300]
    return f"{type(exc).__name__}: {message} ({where})"
