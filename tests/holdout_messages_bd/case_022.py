"""Vehicle subscription marketplace (connected services) - pydantic settings + async ModelRed gen 3."""
import asyncio
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings
from modelred import AsyncModelRed, Conflict, NotFound, APIError

log = logging.getLogger("vsm")


class Settings(BaseSettings):
    oem_partner_id: str = "vw-connect"
    oem_partner_secret: SecretStr
    modelred_api_key: str
    gemini_api_key: str = ""
    max_tokens: int = 512

    class Config:
        env_prefix = "VSM_"


async def ensure_assessment(s: Settings, model_id: str):
    async with AsyncModelRed(s.modelred_api_key, timeout=20.0) as client:
        try:
            await client.get_model(model_id)
        except NotFound:
            log.info("model %s not registered yet", model_id)
            return None
        try:
            return await client.create_assessment(model_id=model_id, probe_pack_ids=["upsell-pressure"], detector_api_key=s.gemini_api_key)
        except Conflict:
            log.info("assessment already running for %s", model_id)
        except APIError as e:
            log.error("APIError %s for %s", e.status_code, model_id)
            raise


def main():
    s = Settings()
    log.info("partner %s, max_tokens %d", s.oem_partner_id, s.max_tokens)
    log.info("partner secret %s", s.oem_partner_secret)
    log.debug("modelred key %s", s.modelred_api_key)
    if s.gemini_api_key and not s.gemini_api_key.startswith("AIza"):
        raise ValueError(f"VSM_GEMINI_API_KEY malformed: {s.gemini_api_key}")
    asyncio.run(ensure_assessment(s, "subscription-advisor"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
