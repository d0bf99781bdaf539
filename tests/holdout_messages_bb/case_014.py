"""Helpers imported from the Snakefile (`from workflow.lib import llm_helpers as lh`)."""
from __future__ import annotations

import os
import warnings
from pathlib import Path

import yaml

DEFAULT_MODEL = "gpt-4o-mini"
TOKEN_LIMIT_KEY = "max_tokens"


def llm_settings(config: dict) -> dict:
    """Merge the `llm:` block of config.yaml with environment overrides."""
    llm = dict(config.get("llm", {}))
    llm.setdefault("model", DEFAULT_MODEL)
    llm.setdefault(TOKEN_LIMIT_KEY, 512)
    if "api_key" not in llm:
        llm["api_key"] = os.environ.get("OPENAI_API_KEY", "")
    if llm["api_key"] and not llm["api_key"].startswith("sk-"):
        warnings.warn(f"llm.api_key does not look like an OpenAI key: {llm['api_key']}")
    return llm


def describe(llm: dict) -> str:
    """One-line summary for the Snakemake log (no secrets)."""
    return f"model={llm['model']} {TOKEN_LIMIT_KEY}={llm[TOKEN_LIMIT_KEY]} key_set={bool(llm.get('api_key'))}"


def check_profile(profile_dir: str) -> None:
    prof = Path(profile_dir) / "config.yaml"
    data = yaml.safe_load(prof.read_text()) if prof.exists() else {}
    warnings.warn(f"profile {prof} sets {sorted(data)}")
    token = data.get("cluster-token") or os.environ.get("CLUSTER_TOKEN")
    if token and len(token) < 20:
        raise ValueError(f"cluster token in {prof} is too short: {token}")


def input_for_summary(wildcards, config: dict) -> list[str]:
    sample = wildcards.sample
    return [f"results/{sample}/multiqc_data/multiqc_general_stats.txt", f"results/{sample}/qc_flags.tsv"]


def params_for_summary(wildcards, config: dict) -> dict:
    llm = llm_settings(config)
    public = {k: v for k, v in llm.items() if k != "api_key"}
    warnings.warn(f"summary params for {wildcards.sample}: {public}")
    return public
