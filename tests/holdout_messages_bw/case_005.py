# thumbnail generator: DALL-E prompt from title, then red-team the prompt model with ModelRed (gen 1)
import asyncio
import logging

from modelred import ModelRed, ModelRedError, AuthenticationError
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("thumbs")

MODELRED_KEY = "mr_QbmijzoxmV06JaQ9DfoEdUTX1QT2GfHl6cQlGcfE"
DEFAULT_SIZE = "1792x1024"


def thumbnail_prompt(client: OpenAI, title: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o", max_tokens=200,
        messages=[{"role": "user", "content": f"Describe a bold YouTube thumbnail for: {title}"}],
    )
    return r.choices[0].message.content


def render(client: OpenAI, title: str) -> str:
    prompt = thumbnail_prompt(client, title)
    img = client.images.generate(model="dall-e-3", prompt=prompt, size=DEFAULT_SIZE, n=1)
    log.info("thumbnail for %r: %s", title, img.data[0].url)
    return img.data[0].url


async def audit_prompt_model():
    try:
        async with ModelRed(api_key=MODELRED_KEY) as mr:
            ok = await mr.validate_api_key()
            log.info("modelred key valid=%s", ok)
            res = await mr.run_assessment(model_id="thumb-prompter", test_suites=["prompt_injection"],
                                          wait_for_completion=True, timeout_minutes=30)
            return res
    except AuthenticationError:
        log.error("ModelRed rejected key %s", MODELRED_KEY)
        raise
    except ModelRedError as exc:
        log.error("audit failed: %s", type(exc).__name__)
        raise RuntimeError(f"audit of thumb-prompter failed: {exc}") from exc


def main():
    client = OpenAI()
    for t in ["I tried 100 AI thumbnails", "Podcast ep 42: burnout"]:
        render(client, t)
    asyncio.run(audit_prompt_model())


if __name__ == "__main__":
    main()
