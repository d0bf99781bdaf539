"""Islandora / Fedora ingest of OCR derivatives (HOCR + text) produced by the pipeline."""
import logging
import os
from dataclasses import dataclass, field

import requests

logger = logging.getLogger("islandora.ingest")


@dataclass
class FedoraConfig:
    base_url: str
    user: str
    password: str = field(repr=False)
    timeout: int = 60


def load_config() -> FedoraConfig:
    return FedoraConfig(
        base_url=os.environ.get("FCREPO_URL", "http://fcrepo:8080/fcrepo/rest"),
        user=os.environ.get("FCREPO_USER", "fedoraAdmin"),
        password=os.environ["FCREPO_PASSWORD"],
    )


def put_binary(cfg: FedoraConfig, path: str, data: bytes, mime: str) -> str:
    url = f"{cfg.base_url}/{path}"
    logger.debug("PUT %s as %s (timeout %ss)", path, cfg.user, cfg.timeout)
    r = requests.put(url, data=data, headers={"Content-Type": mime}, auth=(cfg.user, cfg.password), timeout=cfg.timeout)
    if r.status_code == 401:
        raise PermissionError(f"Fedora rejected {cfg.user}:{cfg.password} at {cfg.base_url}")
    if r.status_code not in (201, 204):
        raise RuntimeError(f"PUT {url} -> {r.status_code} {r.text[:200]}")
    return r.headers.get("Location", url)


def ingest_page(cfg: FedoraConfig, pid: str, page: int, hocr: str, text: str) -> None:
    base = f"objects/{pid}/pages/{page:04d}"
    put_binary(cfg, f"{base}/HOCR", hocr.encode(), "text/vnd.hocr+html")
    put_binary(cfg, f"{base}/OCR", text.encode(), "text/plain")
    logger.info("ingested %s page %d (%d chars)", pid, page, len(text))


def main() -> None:
    cfg = load_config()
    logger.info("fedora config %r", cfg)
    logger.debug("fedora auth %s / %s", cfg.user, cfg.password)
    import json
    import sys

    for line in sys.stdin:
        job = json.loads(line)
        ingest_page(cfg, job["pid"], job["page"], job["hocr"], job["text"])


if __name__ == "__main__":
    main()
