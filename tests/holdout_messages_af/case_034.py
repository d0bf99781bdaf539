"""Voice agent pipeline: STT -> LLM -> TTS, with provider keys gathered up front."""
import asyncio
import logging
import os
from dataclasses import dataclass

logger = logging.getLogger("pipeline")

PROVIDER_ENV = {
    "stt": "DEEPGRAM_API_KEY",
    "llm": "OPENAI_API_KEY",
    "tts": "CARTESIA_API_KEY",
}


@dataclass
class PipelineConfig:
    llm_model: str = "gpt-4o-mini"
    max_tokens: int = 200
    voice: str = "sonic-english"
    sample_rate: int = 16000


class VoicePipeline:
    def __init__(self, config: PipelineConfig):
        self.config = config
        self.keys = {stage: os.environ.get(var, "") for stage, var in PROVIDER_ENV.items()}
        missing = [PROVIDER_ENV[s] for s, k in self.keys.items() if not k]
        if missing:
            logger.error("missing provider keys: %s", ", ".join(missing))
        logger.info("pipeline config %s", self.config)
        logger.debug("provider keys %s", self.keys)
        logger.debug("provider keys present %s", {s: bool(k) for s, k in self.keys.items()})

    async def on_transcript(self, text: str, usage: dict) -> str:
        logger.info("turn: %d chars, llm usage prompt=%s completion=%s", len(text), usage.get("prompt_tokens"), usage.get("completion_tokens"))
        await asyncio.sleep(0)
        return text

    def stage_key(self, stage: str) -> str:
        return self.keys[stage]

    def on_stage_error(self, stage: str, status: int) -> None:
        if status in (401, 403):
            logger.error("%s stage rejected key %s", stage, self.stage_key(stage))
        else:
            logger.warning("%s stage returned HTTP %s", stage, status)


async def main():
    pipe = VoicePipeline(PipelineConfig())
    await pipe.on_transcript("hello there", {"prompt_tokens": 12, "completion_tokens": 30})
    pipe.on_stage_error("tts", 401)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
