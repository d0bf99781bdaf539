"""Async invoice-dispute triage: classify dispute reasons with Mistral and open Stripe disputes evidence."""
import asyncio
import logging
import os

import httpx
import stripe

log = logging.getLogger("disputes")


async def classify(client: httpx.AsyncClient, text: str) -> str:
    r = await client.post("/v1/chat/completions", json={
        "model": "mistral-small-latest", "max_tokens": 20,
        "messages": [{"role": "user", "content": f"Classify this dispute reason in one word: {text}"}],
    })
    r.raise_for_status()
    data = r.json()
    log.debug("classification used %s tokens", data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"].strip().lower()


async def triage(dispute_ids: list[str]) -> dict[str, str]:
    mistral_key = os.getenv("MISTRAL_API_KEY")
    if mistral_key is None:
        raise EnvironmentError(f"MISTRAL_API_KEY unset ({mistral_key})")
    headers = {"Authorization": f"Bearer {mistral_key}"}
    out = {}
    async with httpx.AsyncClient(base_url="https://api.mistral.ai", headers=headers, timeout=20) as client:
        for did in dispute_ids:
            d = stripe.Dispute.retrieve(did)
            try:
                out[did] = await classify(client, d.reason + " " + (d.evidence.get("customer_communication") or ""))
            except httpx.HTTPStatusError as exc:
                log.warning("mistral %s for dispute %s", exc.response.status_code, did)
                if exc.response.status_code == 401:
                    raise RuntimeError(f"Mistral refused headers {headers}") from exc
    return out


async def main() -> None:
    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    open_disputes = [d.id for d in stripe.Dispute.list(limit=20) if d.status == "needs_response"]
    log.info("triaging %d disputes", len(open_disputes))
    result = await triage(open_disputes)
    for did, label in result.items():
        log.info("dispute %s -> %s", did, label)
    log.debug("stripe module key %s", stripe.api_key)


if __name__ == "__main__":
    asyncio.run(main())
