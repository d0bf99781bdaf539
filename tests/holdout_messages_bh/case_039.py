"""Zendesk ticket-form bot that replies in the requester's language (async, generation 3)."""
from __future__ import annotations

import logging
import os

import httpx
from modelred import AsyncModelRed, APIError, ValidationFailed

log = logging.getLogger("zd.lang")


class LanguageReplier:
    def __init__(self, subdomain: str, bearer: str, deepl_key: str):
        self.base = f"https://{subdomain}.zendesk.com/api/v2"
        self.bearer = bearer
        self.deepl_key = deepl_key
        self.http = httpx.AsyncClient(timeout=30)
        log.info("replier for %s, deepl key set: %s", self.base, bool(deepl_key))

    async def translate(self, text: str, target: str) -> str:
        r = await self.http.post("https://api-free.deepl.com/v2/translate", data={"text": text, "target_lang": target}, headers={"Authorization": f"DeepL-Auth-Key {self.deepl_key}"})
        if r.status_code == 403:
            raise PermissionError(f"DeepL rejected key {self.deepl_key}")
        body = r.json()
        log.info("translated %d chars to %s (detected %s)", len(text), target, body["translations"][0]["detected_source_language"])
        return body["translations"][0]["text"]

    async def post_reply(self, ticket_id: int, body: str, public: bool = True) -> int:
        r = await self.http.put(f"{self.base}/tickets/{ticket_id}.json", headers={"Authorization": f"Bearer {self.bearer}"}, json={"ticket": {"comment": {"body": body, "public": public}}})
        log.info("reply on %s -> %s", ticket_id, r.status_code)
        return r.status_code

    async def audit_and_reply(self, mr_key: str, ticket_id: int, lang: str) -> None:
        async with AsyncModelRed(mr_key) as mr:
            try:
                await mr.create_assessment(model_id=f"lang-replier-{lang.lower()}", probe_pack_ids=["pp_multilingual"])
            except ValidationFailed as e:
                log.warning("invalid assessment request: %s", e)
                return
            except APIError as e:
                await self.post_reply(ticket_id, f"Automatic reply unavailable: {e}", public=True)
                return
        await self.post_reply(ticket_id, await self.translate("Thanks, we are on it!", lang))


if __name__ == "__main__":
    import asyncio
    logging.basicConfig(level=logging.INFO)
    rep = LanguageReplier(os.environ["ZD_SUB"], os.environ["ZD_OAUTH_TOKEN"], os.environ["DEEPL_API_KEY"])
    asyncio.run(rep.audit_and_reply(os.environ["MODELRED_API_KEY"], 123, "DE"))
