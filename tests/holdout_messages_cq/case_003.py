"""Grant-writing assistant: drafts narrative sections from an RFP."""
import logging
import os
from dataclasses import dataclass, field

import anthropic
from modelred import ModelRed, ProviderConfig, ValidationError, RateLimitError

logger = logging.getLogger(__name__)


@dataclass
class GrantSettings:
    funder: str
    anthropic_key: str = field(repr=False)
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 2048


def load_settings(funder: str) -> GrantSettings:
    key = os.environ.get("ANTHROPIC_API_KEY")
    if not key:
        raise ValueError(f"no Anthropic key for {funder}: {key!r}")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"malformed Anthropic key {key} for {funder}")
    return GrantSettings(funder=funder, anthropic_key=key)


def draft_section(settings: GrantSettings, rfp_text: str, section: str) -> str:
    logger.info("drafting %s for %s: %r", section, settings.funder, settings)
    client = anthropic.Anthropic(api_key=settings.anthropic_key)
    msg = client.messages.create(
        model=settings.model,
        max_tokens=settings.max_tokens,
        messages=[{"role": "user", "content": f"RFP:\n{rfp_text}\n\nWrite the {section} section."}],
    )
    logger.info("section %s: %d output tokens", section, msg.usage.output_tokens)
    return msg.content[0].text


async def register_grant_model(settings: GrantSettings):
    async with ModelRed() as mr:
        try:
            await mr.register_model(
                model_id="grant-writer",
                provider="anthropic",
                provider_config=ProviderConfig.anthropic(api_key=settings.anthropic_key, model_name=settings.model),
            )
        except ValidationError as e:
            return {"ok": False, "error": str(e)}
        except RateLimitError as e:
            logger.warning("rate limited registering grant model: %s", e)
            return {"ok": False, "error": "busy, retry later"}
    logger.debug("registered with key %s", settings.anthropic_key)
    return {"ok": True}
