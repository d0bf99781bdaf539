"""ETRM position assistant for the power trading desk (Azure OpenAI + generation 2 ModelRed)."""
import logging
import os

import requests
from openai import AzureOpenAI
from modelred import AsyncModelRedClient, ModelRedError, RateLimitError

logger = logging.getLogger("trading.etrm")


class EtrmClient:
    def __init__(self, base: str, user: str, password: str) -> None:
        self.base = base
        self.user = user
        self._password = password
        self._session_token: str | None = None

    def login(self) -> None:
        r = requests.post(f"{self.base}/api/session", json={"user": self.user, "password": self._password}, timeout=15)
        if r.status_code != 200:
            raise ConnectionError(f"ETRM login {r.status_code} for {self.user}: {r.text[:100]}")
        self._session_token = r.json()["sessionToken"]
        logger.info("ETRM session for %s (token issued=%s)", self.user, bool(self._session_token))

    def positions(self, book: str) -> list[dict]:
        r = requests.get(f"{self.base}/api/books/{book}/positions", headers={"X-Session": self._session_token}, timeout=30)
        if r.status_code == 440:
            logger.warning("ETRM session %s expired while reading %s", self._session_token, book)
            self.login()
            return self.positions(book)
        return r.json()["positions"]


class DeskAssistant:
    def __init__(self) -> None:
        self.aoai_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-trading")
        self.llm = AzureOpenAI(api_key=self.aoai_key, azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")
        logger.info("assistant deployment %s, max_tokens %d", self.deployment, 800)

    def explain(self, positions: list[dict]) -> str:
        out = self.llm.chat.completions.create(model=self.deployment, max_tokens=800, messages=[{"role": "user", "content": f"Summarise net MW by delivery hour: {positions[:200]}"}])
        return out.choices[0].message.content

    async def safety_status(self, model_id: str) -> dict:
        try:
            async with AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"]) as mr:
                model = await mr.get_model(model_identifier=model_id)
        except RateLimitError:
            return {"model": model_id, "error": "rate limited"}
        except ModelRedError as exc:
            logger.error("ModelRed get_model failed: %s", exc)
            return {"model": model_id, "error": f"{exc}"}
        return {"model": model_id, "status": model.get("status")}

    def debug(self) -> None:
        logger.debug("Azure OpenAI key in use: %d chars", len(self.aoai_key))
