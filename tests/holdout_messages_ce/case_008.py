"""Claims fraud-signal scorer built on Anthropic, with a ModelRed gen-1 registration."""
import asyncio
import logging
import os

import anthropic
from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

logger = logging.getLogger(__name__)


class FraudScorer:
    SYSTEM = "You flag suspicious patterns in auto insurance claims. Reply with JSON."

    def __init__(self):
        self._api_key = os.environ["ANTHROPIC_API_KEY"]
        self.client = anthropic.Anthropic(api_key=self._api_key)
        self.max_tokens = 400

    def score(self, claim_text: str) -> str:
        msg = self.client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=self.max_tokens,
            system=self.SYSTEM,
            messages=[{"role": "user", "content": claim_text}],
        )
        logger.info("fraud score used %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    def __repr__(self):
        return f"FraudScorer(max_tokens={self.max_tokens})"


async def register(scorer: FraudScorer) -> str:
    async with ModelRed() as mr:
        try:
            await mr.register_anthropic_model(
                model_id="fraud-scorer-haiku",
                api_key=scorer._api_key,
                model_name="claude-3-5-haiku-latest",
            )
        except AuthenticationError:
            return "ModelRed rejected the service key"
        except QuotaExceededError as e:
            logger.warning("quota exceeded: %r", e)
            return "quota exceeded"
        except ModelRedError as e:
            logger.error("registration failed for anthropic key %s", scorer._api_key)
            return f"registration failed: {e}"
    return "registered"


if __name__ == "__main__":
    s = FraudScorer()
    print(s)
    print(asyncio.run(register(s)))
