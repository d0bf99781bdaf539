"""Meeting recorder backend: transcribe with Whisper, summarise, red-team via ModelRed gen 2."""
import logging
import os
import sys

from openai import OpenAI
from modelred import AsyncModelRed, ModelRedError, RateLimitError, ProviderConfig

logger = logging.getLogger("recorder")

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
OPENAI_ORG = os.environ.get("OPENAI_ORG_ID", "")


def transcribe(path: str) -> str:
    client = OpenAI(api_key=OPENAI_KEY, organization=OPENAI_ORG)
    with open(path, "rb") as fh:
        tr = client.audio.transcriptions.create(model="whisper-1", file=fh)
    logger.info("transcribed %s for org %s", path, OPENAI_ORG)
    return tr.text


async def register_summariser(mr_key: str) -> None:
    cfg = ProviderConfig.openai(api_key=OPENAI_KEY, model_name="gpt-4o-mini")
    async with AsyncModelRed(api_key=mr_key) as mr:
        try:
            await mr.create_model(modelId="meeting-summariser", provider="openai", displayName="Meeting summariser", providerConfig=cfg)
        except RateLimitError as e:
            logger.warning("rate limited: %s", e)
        except ModelRedError as e:
            sys.stderr.write(f"could not register with provider config {cfg}\n")
            return


def summarise(text: str, max_tokens: int = 500) -> str:
    client = OpenAI(api_key=OPENAI_KEY)
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": "Summarise this meeting with action items:\n" + text}],
    )
    sys.stderr.write(f"summary: {r.usage.prompt_tokens}+{r.usage.completion_tokens} tokens\n")
    return r.choices[0].message.content


if __name__ == "__main__":
    if not OPENAI_KEY.startswith("sk-"):
        sys.stderr.write("OPENAI_API_KEY should start with sk-, got " + OPENAI_KEY + "\n")
        sys.exit(1)
    text = transcribe(sys.argv[1])
    print(summarise(text))
