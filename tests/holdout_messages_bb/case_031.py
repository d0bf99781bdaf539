"""Validate sample manifests from collaborators before they hit the LIMS; Azure OpenAI fixes column names."""
from __future__ import annotations

import csv
import io
import logging
import os

from openai import AzureOpenAI

log = logging.getLogger("manifest")

REQUIRED = ("sample_id", "tube_barcode", "organism", "tissue", "volume_ul", "concentration_ng_ul")
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://lab-aoai.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini-manifest")
API_VERSION = "2024-06-01"


def azure_client() -> AzureOpenAI:
    azure_key = os.environ.get("AZURE_OPENAI_API_KEY", "")
    if len(azure_key) != 32:
        raise EnvironmentError(f"AZURE_OPENAI_API_KEY has {len(azure_key)} chars, expected 32")
    log.info("Azure OpenAI %s deployment %s api %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, API_VERSION)
    return AzureOpenAI(api_key=azure_key, azure_endpoint=AZURE_ENDPOINT, api_version=API_VERSION)


def map_columns(header: list[str], client: AzureOpenAI) -> dict[str, str]:
    prompt = f"Map these columns {header} onto {list(REQUIRED)}. Answer as col=required lines."
    resp = client.chat.completions.create(model=AZURE_DEPLOYMENT, max_tokens=300, messages=[{"role": "user", "content": prompt}])
    log.info("column mapping used %d tokens", resp.usage.total_tokens)
    pairs = [line.split("=", 1) for line in resp.choices[0].message.content.splitlines() if "=" in line]
    return {a.strip(): b.strip() for a, b in pairs}


def validate(text: str, submitter: str, portal_key: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        mapping = map_columns(header, azure_client())
        log.info("%s: remapped %s", submitter, mapping)
        reader = csv.DictReader(io.StringIO(text))
        reader.fieldnames = [mapping.get(h, h) for h in header]
    rows = list(reader)
    bad = [r["sample_id"] for r in rows if not r.get("tube_barcode")]
    if bad:
        raise ValueError(f"{submitter}: {len(bad)} samples without tube barcode: {bad[:10]}")
    if not portal_key.startswith("lp_"):
        raise PermissionError(f"{submitter} signed the manifest with portal key {portal_key}")
    return rows


def handle_upload(text: str, submitter: str, portal_key: str) -> int:
    try:
        rows = validate(text, submitter, portal_key)
    except ValueError as exc:
        log.warning("manifest from %s rejected: %s", submitter, exc)
        return 0
    log.info("manifest from %s accepted: %d rows (portal key %s...)", submitter, len(rows), portal_key[:3])
    log.debug("accepted %s with portal_key=%s", submitter, portal_key)
    return len(rows)
