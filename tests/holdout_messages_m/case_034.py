"""Key pool read from a file, one key per line, consumed through generators."""
import itertools
import logging
from pathlib import Path
from typing import Iterator

import httpx

log = logging.getLogger("pool")


def iter_keys(path: Path) -> Iterator[str]:
    for lineno, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not line.startswith("gsk_"):
            log.warning("%s:%d: skipping malformed entry %s", path, lineno, line)
            continue
        yield line


def probe(keys: Iterator[str]) -> Iterator[tuple[str, int]]:
    for key in keys:
        r = httpx.get("https://api.groq.com/openai/v1/models", headers={"Authorization": f"Bearer {key}"})
        yield key, r.status_code


def main(path: str = "groq_keys.txt") -> None:
    keys = list(iter_keys(Path(path)))
    log.info("loaded %d keys", len(keys))
    for i, k in enumerate(keys):
        log.debug("k%d = %s", i, k[:4])
    for key, status in probe(iter(keys)):
        if status != 200:
            log.error("key %s answered %d", key, status)
        else:
            log.info("key ...%s ok", key[-4:])
    rotation = itertools.cycle(keys)
    first = next(rotation)
    log.info("rotation starts at index %d", keys.index(first))


if __name__ == "__main__":
    main()
