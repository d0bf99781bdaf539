"""Scouting assistant: Sportradar player profiles + an OpenAI-backed summary model
registered with ModelRed (0.1.1x API) so security can red-team it."""
import asyncio
import logging

import httpx
import keyring
from modelred import ModelRed, ModelRedError, ValidationError

logger = logging.getLogger("scouting.assistant")

KEYRING_SERVICE = "club-scouting"


class ScoutingAssistant:
    SR_BASE = "https://api.sportradar.com/soccer/trial/v4/en"

    def __init__(self, analyst: str):
        self.analyst = analyst
        self.sr_key = keyring.get_password(KEYRING_SERVICE, "sportradar")
        self.openai_key = keyring.get_password(KEYRING_SERVICE, "openai")
        logger.info("analyst %s using keyring service %s", analyst, KEYRING_SERVICE)

    async def player_profile(self, player_urn: str) -> dict:
        url = f"{self.SR_BASE}/players/{player_urn}/profile.json"
        async with httpx.AsyncClient(timeout=10) as http:
            r = await http.get(url, params={"api_key": self.sr_key})
        if r.status_code in (401, 403):
            logger.error("sportradar %s for key %s", r.status_code, self.sr_key)
            raise PermissionError(f"Sportradar denied access ({r.status_code})")
        r.raise_for_status()
        return r.json()

    async def register_summary_model(self) -> str:
        async with ModelRed() as client:
            try:
                await client.register_openai_model(
                    model_id="scouting-summary-v2",
                    api_key=self.openai_key,
                    model_name="gpt-4o",
                    description="Writes scouting one-pagers",
                )
            except ValidationError as e:
                logger.warning("ModelRed validation: %s", type(e).__name__)
                raise RuntimeError("model registration rejected by ModelRed") from e
            except ModelRedError as e:
                raise RuntimeError(f"ModelRed registration failed: {e}") from e
        return "scouting-summary-v2"

    async def run_checks(self) -> None:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id="scouting-summary-v2",
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=True,
            )
            logger.info("assessment %s for %s", result.get("assessment_id"), self.analyst)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(ScoutingAssistant("k.mensah").register_summary_model())
