"""acme_llm._dotenv: a tiny .env loader used by the examples and the CLI."""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

logger = logging.getLogger("acme_llm.dotenv")

LINE_RE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")
KEY_VAR = "ACME_API_KEY"


def parse(text: str, source: str = ".env") -> dict[str, str]:
    values: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = LINE_RE.match(line)
        if m is None:
            logger.warning("%s:%d: ignoring malformed line", source, lineno)
            continue
        name, value = m.group(1), m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[name] = value
    return values


def load_dotenv(path: str | os.PathLike[str] = ".env", *, override: bool = False, verbose: bool = False) -> dict[str, str]:
    p = Path(path)
    if not p.is_file():
        logger.debug("no %s to load", p)
        return {}
    parsed = parse(p.read_text(encoding="utf-8"), str(p))
    for name, value in parsed.items():
        if override or name not in os.environ:
            os.environ[name] = value
            logger.debug("set %s from %s", name, p)
    logger.info("loaded %d variables from %s: %s", len(parsed), p, ", ".join(parsed))
    key = os.environ.get(KEY_VAR, "")
    if key[:1] in ("'", '"'):
        raise ValueError(f"{KEY_VAR} in {p} is quoted twice: {key}")
    if verbose:
        print(f"[dotenv] {KEY_VAR}={key}")
        print(f"[dotenv] {KEY_VAR} present: {bool(key)}")
    return parsed


def find_dotenv(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / ".env"
        if candidate.is_file():
            return candidate
    return None
