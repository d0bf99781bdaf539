"""Bank-statement PDF parser: Veryfi + Mindee fallback, shared config object."""
import json
import logging
from dataclasses import dataclass, asdict
from pathlib import Path

import requests

logger = logging.getLogger("statements.parse")


@dataclass
class ParserConfig:
    veryfi_client_id: str
    veryfi_username: str
    veryfi_api_key: str
    mindee_api_key: str
    timeout: int = 30

    @classmethod
    def load(cls, path: Path) -> "ParserConfig":
        return cls(**json.loads(path.read_text()))


def parse_with_veryfi(cfg: ParserConfig, pdf: Path) -> dict:
    headers = {
        "CLIENT-ID": cfg.veryfi_client_id,
        "AUTHORIZATION": f"apikey {cfg.veryfi_username}:{cfg.veryfi_api_key}",
    }
    logger.info("veryfi client=%s user=%s timeout=%s", cfg.veryfi_client_id, cfg.veryfi_username, cfg.timeout)
    with pdf.open("rb") as fh:
        resp = requests.post("https://api.veryfi.com/api/v8/partner/bank-statements", headers=headers, files={"file": fh}, timeout=cfg.timeout)
    if resp.status_code == 401:
        logger.error("veryfi auth header was %s", headers["AUTHORIZATION"])
    resp.raise_for_status()
    return resp.json()


def parse_with_mindee(cfg: ParserConfig, pdf: Path) -> dict:
    with pdf.open("rb") as fh:
        resp = requests.post(
            "https://api.mindee.net/v1/products/mindee/financial_document/v1/predict",
            headers={"Authorization": f"Token {cfg.mindee_api_key}"}, files={"document": fh}, timeout=cfg.timeout,
        )
    if not resp.ok:
        raise RuntimeError(f"mindee {resp.status_code}: {resp.json().get('api_request', {}).get('error')}")
    return resp.json()["document"]["inference"]["prediction"]


def parse(cfg: ParserConfig, pdf: Path) -> dict:
    try:
        return parse_with_veryfi(cfg, pdf)
    except requests.HTTPError as exc:
        logger.warning("veryfi failed (%s), config %s", exc.response.status_code, asdict(cfg))
        return parse_with_mindee(cfg, pdf)
