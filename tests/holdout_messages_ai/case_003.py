"""Grading assistant: rubric-based feedback with Anthropic, audited with ModelRed (gen 1)."""
import asyncio
import logging
import os
from dataclasses import dataclass, field

import anthropic
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger("grader")


@dataclass
class GraderSettings:
    anthropic_api_key: str = field(repr=False)
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 1200
    rubric_path: str = "rubrics/essay.yaml"


def load_settings() -> GraderSettings:
    s = GraderSettings(anthropic_api_key=os.environ["ANTHROPIC_API_KEY"])
    logger.info("grader settings: %r", s)
    logger.info("max_tokens=%d model=%s", s.max_tokens, s.model)
    return s


class EssayGrader:
    def __init__(self, settings: GraderSettings):
        self.settings = settings
        self.client = anthropic.Anthropic(api_key=settings.anthropic_api_key)

    def grade(self, essay: str, rubric: str) -> str:
        msg = self.client.messages.create(
            model=self.settings.model,
            max_tokens=self.settings.max_tokens,
            messages=[{"role": "user", "content": f"Rubric:\n{rubric}\n\nEssay:\n{essay}"}],
        )
        logger.debug("usage in=%s out=%s", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


async def audit_grader_model(settings: GraderSettings) -> str:
    try:
        async with ModelRed() as client:
            await client.register_anthropic_model(model_id="essay-grader", api_key=settings.anthropic_api_key, model_name=settings.model)
            result = await client.run_assessment(model_id="essay-grader", test_suites=["bias_fairness", "prompt_injection"], wait_for_completion=True)
            return result.status
    except AuthenticationError:
        logger.error("ModelRed authentication failed; check MODELRED_API_KEY")
        raise
    except ModelRedError as exc:
        logger.warning("audit failed with key %s: %s", settings.anthropic_api_key, type(exc).__name__)
        raise RuntimeError(f"Grader audit failed: {exc}") from exc


if __name__ == "__main__":
    cfg = load_settings()
    print(asyncio.run(audit_grader_model(cfg)))
