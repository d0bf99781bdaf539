"""Provider key checks run by the pre-deploy job (plain functions, no SDK)."""
import logging
import os
import warnings

log = logging.getLogger("predeploy")

EXPECTED_PREFIXES = {
    "OPENAI_API_KEY": ("sk-proj-", "sk-svcacct-", "sk-"),
    "ANTHROPIC_API_KEY": ("sk-ant-api03-",),
    "OPENROUTER_API_KEY": ("sk-or-v1-",),
    "HF_TOKEN": ("hf_",),
}


def check_env() -> list:
    problems = []
    for var, prefixes in EXPECTED_PREFIXES.items():
        value = os.environ.get(var)
        if value is None:
            problems.append(f"{var} missing")
            continue
        if not value.startswith(prefixes):
            warnings.warn(f"{var} has an unexpected prefix: {value}")
            problems.append(f"{var} has an unexpected prefix")
        if value != value.strip():
            problems.append(f"{var} has surrounding whitespace")
    return problems


def check_hf_token() -> None:
    hf_token = os.environ.get("HF_TOKEN", "")
    if len(hf_token) < 30:
        log.warning("HF_TOKEN looks truncated: %d chars", len(hf_token))
    if " " in hf_token:
        log.warning("HF_TOKEN contains a space: '%s'", hf_token)


def report(problems: list) -> None:
    for p in problems:
        log.error("predeploy: %s", p)
    if problems:
        raise SystemExit(f"{len(problems)} key problems found")
