"""Async Synapse sync of cohort metadata, with an LLM-written data-use summary."""
import asyncio
import logging
import os

import httpx
import synapseclient
from modelred import AsyncModelRed, APIError, RateLimited

log = logging.getLogger("synapse.sync")

SYNAPSE_TOKEN_VAR = "SYNAPSE_AUTH_TOKEN"
DEFAULT_PACKS = ["pii-leak", "genomic-reidentification"]


async def fetch_annotations(entity_id: str) -> dict:
    syn = synapseclient.Synapse(silent=True)
    token = os.environ[SYNAPSE_TOKEN_VAR]
    log.info("logging into Synapse with %s (set: %s)", SYNAPSE_TOKEN_VAR, bool(token))
    try:
        await asyncio.to_thread(syn.login, authToken=token)
    except synapseclient.core.exceptions.SynapseAuthenticationError:
        log.error("Synapse rejected personal access token %s", token)
        raise
    ann = await asyncio.to_thread(syn.get_annotations, entity_id)
    log.info("entity %s has %d annotations", entity_id, len(ann))
    return dict(ann)


async def red_team_summariser(model_id: str) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key, timeout=60.0, max_retries=2) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=DEFAULT_PACKS)
        except RateLimited as exc:
            log.warning("rate limited, retry after %s", getattr(exc, "retry_after", "?"))
            return {"ok": False, "reason": "rate limited"}
        except APIError as exc:
            return {"ok": False, "reason": f"ModelRed: {exc}"}
    return {"ok": True, "assessment": job["id"]}


async def main(entity_id: str, model_id: str) -> None:
    ann, scan = await asyncio.gather(fetch_annotations(entity_id), red_team_summariser(model_id))
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            "https://cohort-portal.internal/api/summaries",
            json={"entity": entity_id, "annotations": ann, "scan": scan},
        )
    log.info("portal answered %s", r.status_code)


if __name__ == "__main__":
    asyncio.run(main(os.environ["ENTITY_ID"], os.environ.get("SUMMARY_MODEL", "cohort-summary-v2")))
