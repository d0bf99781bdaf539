"""Transformer DGA triage: lab results from the LIMS, an LLM ranks units for oil resampling."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, NotFoundError

logger = logging.getLogger("assets.dga")

LIMS = os.getenv("LIMS_URL", "https://lims.internal/api")
LIMS_TOKEN_VAR = "LIMS_API_TOKEN"
GASES = ("H2", "CH4", "C2H2", "C2H4", "C2H6", "CO", "CO2")


def lims_results(unit: str, token: str) -> list[dict]:
    r = requests.get(f"{LIMS}/samples", params={"asset": unit, "test": "DGA"}, headers={"Authorization": f"Token {token}"}, timeout=20)
    if r.status_code == 403:
        raise PermissionError(f"LIMS token {token} lacks DGA scope for {unit}")
    r.raise_for_status()
    return r.json()["results"]


def duval_flag(sample: dict) -> str:
    c2h2, c2h4, ch4 = (float(sample.get(g, 0)) for g in ("C2H2", "C2H4", "CH4"))
    total = c2h2 + c2h4 + ch4
    if total == 0:
        return "N"
    return "D2" if c2h2 / total > 0.29 else "T3" if c2h4 / total > 0.5 else "PD"


async def model_status(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            info = await client.get_model(model_id)
            status = await client.get_assessment_status(info["last_assessment_id"])
    except NotFoundError:
        return {"model": model_id, "status": "unregistered"}
    except ModelRedError as err:
        logger.error("ModelRed lookup failed: %r", err)
        return {"model": model_id, "status": "error", "reason": str(err)}
    return {"model": model_id, "status": status.get("status")}


def triage(units: list[str]) -> list[tuple[str, str]]:
    token = os.environ.get(LIMS_TOKEN_VAR, "")
    logger.info("DGA triage for %d units, token from %s (set=%s)", len(units), LIMS_TOKEN_VAR, bool(token))
    ranked = []
    for unit in units:
        samples = lims_results(unit, token)
        latest = samples[-1] if samples else {}
        ranked.append((unit, duval_flag(latest)))
        logger.debug("%s: %s", unit, {g: latest.get(g) for g in GASES})
    return sorted(ranked, key=lambda t: t[1])
