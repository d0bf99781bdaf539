"""Review-reply assistant: drafts replies to Google and Yelp reviews."""
import logging
import os

import anthropic
from modelred import AsyncModelRed, ProviderConfig, RateLimitError, ValidationError

log = logging.getLogger("reviews")


class ReviewReplier:
    def __init__(self, api_key: str | None = None, model: str = "claude-3-5-haiku-latest"):
        self.api_key = api_key or os.environ["ANTHROPIC_API_KEY"]
        self.model = model
        self.client = anthropic.Anthropic(api_key=self.api_key)
        log.info("replier on %s (key set: %s)", self.model, self.api_key is not None)

    def draft(self, review_text: str, stars: int) -> str:
        try:
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=300,
                messages=[{"role": "user", "content": f"Reply politely to this {stars}-star review:\n{review_text}"}],
            )
        except anthropic.AuthenticationError as exc:
            raise RuntimeError(f"Anthropic auth failed for key {self.api_key}") from exc
        log.debug("draft used in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


async def register_replier(replier: ReviewReplier) -> dict:
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        cfg = ProviderConfig.anthropic(api_key=replier.api_key, model_name=replier.model)
        log.debug("registering with provider config %s", cfg)
        try:
            return await mr.create_model(modelId="review-replier", provider="anthropic", displayName="Review replier", providerConfig=cfg)
        except RateLimitError as e:
            log.warning("rate limited: %s", e)
        except ValidationError as e:
            return {"status": "rejected", "reason": str(e)}
    return {"status": "skipped"}
