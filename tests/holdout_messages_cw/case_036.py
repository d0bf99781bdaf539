"""Prefect flow whose parameters include a caller-supplied key (run via run_deployment)."""
import logging

import httpx
from prefect import flow, get_run_logger, task
from prefect.runtime import flow_run

audit = logging.getLogger("audit.flows")
SENSITIVE = {"xai_api_key"}


@task
def draft_reply(ticket: str, xai_api_key: str, max_tokens: int = 300) -> str:
    r = httpx.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {xai_api_key}"},
        json={"model": "grok-2-latest", "max_tokens": max_tokens, "messages": [{"role": "user", "content": ticket}]},
        timeout=60,
    )
    if r.status_code == 400 and "api key" in r.text.lower():
        raise ValueError(f"xAI says the key is invalid: {xai_api_key}")
    r.raise_for_status()
    get_run_logger().info("reply drafted, %s tokens of %s", r.json()["usage"]["total_tokens"], max_tokens)
    return r.json()["choices"][0]["message"]["content"]


@flow(name="draft-replies")
def draft_replies(tickets: list[str], xai_api_key: str, team: str = "support") -> list[str]:
    logger = get_run_logger()
    params = flow_run.parameters
    audit.info("run %s params %s", flow_run.name, params)
    audit.info("run %s params (redacted) %s", flow_run.name, {k: v for k, v in params.items() if k not in SENSITIVE})
    logger.info("team %s, %d tickets", team, len(tickets))
    logger.info("xai key supplied: %s", bool(xai_api_key))
    return [draft_reply(t, xai_api_key) for t in tickets]


if __name__ == "__main__":
    import os

    draft_replies(["My order never arrived"], os.environ["XAI_API_KEY"])
