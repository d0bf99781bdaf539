"""Call QA scorer: grade agent transcripts against the quality rubric with GPT-4o."""
import json
import logging
from dataclasses import dataclass

from openai import OpenAI, AuthenticationError, RateLimitError

log = logging.getLogger("qa.scorer")

QA_OPENAI_KEY = "sk-I2aepVdVxjDomsW1oLklUoojQ4mqItzPxSUg8A93uNf1dFx2"
QA_OPENAI_ORG = "org-northwind-contact-centre"
RUBRIC = ["greeting", "identity_check", "empathy", "resolution", "closing"]
MAX_TOKENS = 400


@dataclass
class Score:
    call_id: str
    marks: dict
    total_tokens: int


def client() -> OpenAI:
    return OpenAI(api_key=QA_OPENAI_KEY, organization=QA_OPENAI_ORG)


def score_call(call_id: str, transcript: str) -> Score:
    prompt = (
        f"Score this contact-centre call 0-5 on each of {RUBRIC}. "
        "Reply as JSON {criterion: score}.\n\n" + transcript
    )
    try:
        resp = client().chat.completions.create(
            model="gpt-4o",
            max_tokens=MAX_TOKENS,
            response_format={"type": "json_object"},
            messages=[{"role": "user", "content": prompt}],
        )
    except AuthenticationError:
        log.error("QA key rejected for org %s: %s", QA_OPENAI_ORG, QA_OPENAI_KEY)
        raise
    except RateLimitError as exc:
        log.warning("rate limited scoring %s: %s", call_id, exc)
        raise
    marks = json.loads(resp.choices[0].message.content)
    log.info("%s scored %s using %d tokens (limit %d)", call_id, marks, resp.usage.total_tokens, MAX_TOKENS)
    return Score(call_id, marks, resp.usage.total_tokens)


def score_batch(rows: list) -> list:
    out = []
    for row in rows:
        try:
            out.append(score_call(row["call_id"], row["transcript"]))
        except RateLimitError:
            continue
    log.info("scored %d of %d calls (org %s)", len(out), len(rows), QA_OPENAI_ORG)
    return out
