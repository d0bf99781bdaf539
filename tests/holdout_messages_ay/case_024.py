"""Label and surface inspection with Claude vision; model registered with ModelRed (0.1.1x)."""
import asyncio
import base64
import logging
import os
from pathlib import Path

import anthropic
from modelred import ModelRed, ValidationError

log = logging.getLogger("inspect.claude")

CLAUDE_MODEL = "claude-3-5-sonnet-latest"
ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"


def inspect(image_path: Path, api_key: str) -> str:
    client = anthropic.Anthropic(api_key=api_key)
    data = base64.b64encode(image_path.read_bytes()).decode()
    msg = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": [
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": data}},
            {"type": "text", "text": "Is the label straight, complete and legible? Answer PASS or FAIL with a reason."},
        ]}],
    )
    log.info("%s: %s (%d+%d tokens)", image_path.name, msg.content[0].text[:60], msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


async def register(api_key: str):
    async with ModelRed() as mr:
        try:
            await mr.register_anthropic_model(model_id="label-inspector", api_key=api_key, model_name=CLAUDE_MODEL)
        except ValidationError as e:
            log.error("ModelRed refused registration: %s", type(e).__name__)
            raise RuntimeError(f"could not register label-inspector with Anthropic key {api_key}") from e
        log.info("registered label-inspector (%s), key var %s", CLAUDE_MODEL, ANTHROPIC_KEY_VAR)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ.get(ANTHROPIC_KEY_VAR, "")
    if not key.startswith("sk-ant-"):
        print(f"warning: {ANTHROPIC_KEY_VAR}={key} does not look like an Anthropic key")
    asyncio.run(register(key))
    for p in sorted(Path(os.getenv("INSPECT_DIR", "./frames")).glob("*.png"))[:10]:
        print(p.name, inspect(p, key))
