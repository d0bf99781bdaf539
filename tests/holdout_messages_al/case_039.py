"""Legal-aid intake triage: async batch over intake forms, provider keys passed per partner org."""
import asyncio
import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger("legalaid.triage")


@dataclass
class Partner:
    org_id: str
    name: str
    xai_key: str
    region: str


async def triage_one(client: httpx.AsyncClient, partner: Partner, form: dict) -> str:
    r = await client.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {partner.xai_key}"},
        json={"model": "grok-2-latest", "max_tokens": 60,
              "messages": [{"role": "user", "content": "Legal area (housing/family/benefits/other): " + form["summary"]}]},
    )
    if r.status_code == 401:
        raise PermissionError(f"xAI key for {partner.name} was rejected: {partner.xai_key}")
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


async def run(partners: list[Partner], forms: dict[str, list[dict]]):
    async with httpx.AsyncClient(timeout=30) as client:
        for p in partners:
            log.info("partner %s (%s) region %s: %d forms", p.name, p.org_id, p.region, len(forms[p.org_id]))
            results = await asyncio.gather(*(triage_one(client, p, f) for f in forms[p.org_id]), return_exceptions=True)
            errors = [r for r in results if isinstance(r, Exception)]
            if errors:
                log.error("partner %s: %d failures, first: %s", p.org_id, len(errors), type(errors[0]).__name__)
            log.debug("partner record: %r", p)


if __name__ == "__main__":
    import json
    import os
    cfg = json.load(open(os.environ.get("PARTNERS_FILE", "partners.json")))
    partners = [Partner(**p) for p in cfg["partners"]]
    logging.getLogger("legalaid.triage").info("partners: %s", [p.org_id for p in partners])
    asyncio.run(run(partners, cfg["forms"]))
