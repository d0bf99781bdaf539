"""Mage-style data loader/transformer blocks for an LLM enrichment pipeline (plain functions)."""
import logging
import os
from urllib.parse import urlsplit

import pandas as pd
import requests
import yaml

logger = logging.getLogger("mage.llm_enrich")


def load_io_config(path: str = "io_config.yaml", profile: str = "default") -> dict:
    with open(path) as fh:
        cfg = yaml.safe_load(fh)[profile]
    logger.info("io_config profile %s sections %s", profile, sorted(cfg))
    return cfg


def load_data(**kwargs) -> pd.DataFrame:
    cfg = load_io_config()
    pg_url = f"postgresql://{cfg['POSTGRES_USER']}:{cfg['POSTGRES_PASSWORD']}@{cfg['POSTGRES_HOST']}/{cfg['POSTGRES_DBNAME']}"
    parts = urlsplit(pg_url)
    logger.info("reading from %s/%s as %s", parts.hostname, cfg["POSTGRES_DBNAME"], parts.username)
    return pd.read_sql("select id, review from staging.reviews where topic is null", pg_url)


def transform(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    cfg = load_io_config()
    hf_token = cfg.get("HUGGINGFACE_API_TOKEN") or os.environ.get("HF_TOKEN", "")
    endpoint = cfg.get("HF_ENDPOINT", "https://api-inference.huggingface.co/models/facebook/bart-large-mnli")
    topics = ["shipping", "quality", "price", "support"]
    out = []
    for text in df["review"]:
        r = requests.post(endpoint, headers={"Authorization": f"Bearer {hf_token}"},
                          json={"inputs": text, "parameters": {"candidate_labels": topics}}, timeout=30)
        if r.status_code == 401:
            logger.error("HF inference rejected token %s for %s", hf_token, endpoint)
            break
        if r.status_code == 503:
            logger.warning("model loading, estimated %s s", r.json().get("estimated_time"))
            out.append(None)
            continue
        out.append(r.json()["labels"][0])
    df["topic"] = out + [None] * (len(df) - len(out))
    return df


def test_output(df: pd.DataFrame, *args) -> None:
    assert df is not None, "output is undefined"
    missing = df["topic"].isna().sum()
    assert missing < len(df), f"no rows were classified ({missing} missing)"
