"""tenacity-based retries around the OpenAI SDK in a batch labelling script."""
import logging
import os

import openai
from tenacity import before_sleep_log, retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

logger = logging.getLogger("labeler")


def make_client() -> openai.OpenAI:
    key = os.environ.get("OPENAI_API_KEY", "")
    if not key.startswith(("sk-", "sk-proj-")):
        raise RuntimeError("OPENAI_API_KEY does not look like an OpenAI key: " + key)
    return openai.OpenAI(api_key=key, max_retries=0)


@retry(
    retry=retry_if_exception_type((openai.RateLimitError, openai.APITimeoutError)),
    wait=wait_random_exponential(min=1, max=30),
    stop=stop_after_attempt(6),
    before_sleep=before_sleep_log(logger, logging.WARNING),
)
def label(client: openai.OpenAI, text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer with one label."}, {"role": "user", "content": text}],
        max_tokens=5,
    )
    logger.debug("prompt_tokens=%d completion_tokens=%d", resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return resp.choices[0].message.content.strip()


def run(rows: list[str]) -> list[str | None]:
    client = make_client()
    out: list[str | None] = []
    for i, row in enumerate(rows):
        try:
            out.append(label(client, row))
        except openai.AuthenticationError as exc:
            logger.error("authentication failed (status %s, request %s)", exc.status_code, exc.request_id)
            raise SystemExit(1)
        except openai.APIError as exc:
            logger.warning("row %d failed: %s", i, exc.message)
            out.append(None)
    logger.info("labelled %d of %d rows", sum(x is not None for x in out), len(rows))
    return out
