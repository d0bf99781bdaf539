"""Groq-backed quick classifier used by the support bot."""
import logging

from groq import Groq, APIStatusError

logger = logging.getLogger("support.classify")

GROQ_KEY = "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"
MODEL = "llama-3.1-8b-instant"
MAX_TOKENS = 8


def _client():
    return Groq(api_key=GROQ_KEY)


def classify(message):
    try:
        out = _client().chat.completions.create(
            model=MODEL,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "system", "content": "Reply POSITIVE or NEGATIVE."},
                      {"role": "user", "content": message}],
        )
    except APIStatusError as exc:
        logger.error("groq %s: %s (request id %s)", exc.status_code, exc.message,
                     exc.response.headers.get("x-request-id"))
        logger.debug("call made with key %s", GROQ_KEY)
        return "UNKNOWN"
    usage = out.usage
    logger.info("classified with %d prompt / %d completion tokens", usage.prompt_tokens, usage.completion_tokens)
    return out.choices[0].message.content.strip()


def selfcheck():
    logger.info("groq model %s, max_tokens %d, key prefix %s", MODEL, MAX_TOKENS, GROQ_KEY[:4])
    return classify("I love this product") == "POSITIVE"
