"""Anti-cheat report triage: summarises player reports and attaches replay metadata."""
import hashlib
import logging
import os

import requests
import google.generativeai as genai

logger = logging.getLogger("anticheat.triage")


def configure_gemini() -> None:
    api_key = os.getenv("GOOGLE_API_KEY") or os.getenv("GEMINI_API_KEY")
    if not api_key:
        raise EnvironmentError("set GOOGLE_API_KEY or GEMINI_API_KEY")
    genai.configure(api_key=api_key)
    logger.info("gemini configured (key fingerprint %s)", hashlib.sha256(api_key.encode()).hexdigest()[:8])


def fetch_replay_meta(match_id: str, replay_token: str) -> dict:
    resp = requests.get(
        f"https://replays.internal/api/matches/{match_id}",
        headers={"Authorization": f"Bearer {replay_token}"},
        timeout=10,
    )
    if resp.status_code in (401, 403):
        raise PermissionError(f"replay service refused token {replay_token} for match {match_id}")
    resp.raise_for_status()
    meta = resp.json()
    logger.debug("replay %s: %s ticks, server %s", match_id, meta.get("ticks"), meta.get("server"))
    return meta


def summarise_reports(match_id: str, reports: list[dict], replay_token: str) -> str:
    meta = fetch_replay_meta(match_id, replay_token)
    model = genai.GenerativeModel("gemini-1.5-flash")
    prompt = (
        "Players reported possible cheating. Summarise the claims and list what a reviewer should "
        f"check in the replay (duration {meta.get('duration_s')} s).\n"
        + "\n".join(f"- {r['reporter']}: {r['reason']}: {r['comment']}" for r in reports)
    )
    out = model.generate_content(prompt, generation_config={"max_output_tokens": 400})
    logger.info("summary for %s used %s tokens", match_id, out.usage_metadata.total_token_count)
    return out.text


def triage_queue(queue: list[dict]) -> None:
    configure_gemini()
    replay_token = os.environ["REPLAY_SERVICE_TOKEN"]
    for item in queue:
        try:
            text = summarise_reports(item["match_id"], item["reports"], replay_token)
        except requests.RequestException as exc:
            logger.error("replay fetch failed for %s using token %s: %s", item["match_id"], replay_token, exc)
            continue
        logger.info("match %s triaged: %s", item["match_id"], text[:120])
