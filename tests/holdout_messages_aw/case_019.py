"""Matter intake service: conflict-aware intake with structlog."""
import os

import structlog
from anthropic import Anthropic

logger = structlog.get_logger("matter.intake")

INTAKE_MODEL = "claude-3-5-sonnet-latest"
INTAKE_MAX_TOKENS = 700


class IntakeService:
    def __init__(self, settings: dict):
        self.settings = settings
        self.anthropic_key = settings.get("anthropic_api_key") or os.getenv("ANTHROPIC_API_KEY")
        self.firm_id = settings["firm_id"]
        self.client = Anthropic(api_key=self.anthropic_key)
        logger.info("intake.init", firm_id=self.firm_id, model=INTAKE_MODEL, max_tokens=INTAKE_MAX_TOKENS)
        logger.debug("intake.settings", settings=self.settings)

    def classify(self, narrative: str) -> dict:
        resp = self.client.messages.create(
            model=INTAKE_MODEL,
            max_tokens=INTAKE_MAX_TOKENS,
            system="Classify the practice area and list adverse parties as JSON.",
            messages=[{"role": "user", "content": narrative}],
        )
        logger.info("intake.classified", input_tokens=resp.usage.input_tokens, output_tokens=resp.usage.output_tokens)
        return {"raw": resp.content[0].text}

    def intake(self, prospect: dict) -> dict:
        result = self.classify(prospect["narrative"])
        logger.info("intake.done", prospect_id=prospect["id"], firm_id=self.firm_id)
        return result


def from_env() -> IntakeService:
    settings = {
        "firm_id": os.environ.get("FIRM_ID", "default"),
        "anthropic_api_key": os.environ.get("ANTHROPIC_API_KEY"),
        "conflicts_db": os.environ.get("CONFLICTS_DSN_HOST", "localhost"),
    }
    public = {k: v for k, v in settings.items() if "key" not in k}
    logger.info("intake.config", **public)
    if settings["anthropic_api_key"] is None:
        logger.warning("intake.no_key", expected_env="ANTHROPIC_API_KEY")
    return IntakeService(settings)


def rotate(service: IntakeService, new_key: str) -> None:
    old = service.anthropic_key
    service.anthropic_key = new_key
    service.client = Anthropic(api_key=new_key)
    logger.info("intake.key_rotated", old_suffix=old[-4:] if old else None, new_key=new_key)
