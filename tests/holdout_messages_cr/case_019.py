"""Tower NOTAM Q-code explainer, quick prototype (kept in the ops-tools repo)."""
import logging
import re

from openai import OpenAI, AuthenticationError

logger = logging.getLogger("notam.qcode")

OPENAI_KEY = "sk-1yBtjFAKIc5KqQVevGLLbvUa1XISVGInRsxqhuuMXm5kE4np"
QLINE = re.compile(r"Q\)\s*(\w{4})/(Q\w{4})/(\w+)/(\w+)/(\w+)/(\d{3})/(\d{3})/(\d{4}[NS]\d{5}[EW]\d{3})")

client = OpenAI(api_key=OPENAI_KEY)


def parse_q(notam: str) -> dict | None:
    m = QLINE.search(notam)
    if not m:
        return None
    fir, code, traffic, purpose, scope, lower, upper, coords = m.groups()
    return {"fir": fir, "code": code, "lower": int(lower), "upper": int(upper), "coords": coords}


def explain(notam: str) -> str:
    q = parse_q(notam)
    logger.debug("Q-line %s, key configured: %s", q and q["code"], OPENAI_KEY is not None)
    if q is None:
        raise ValueError(f"no Q-line in NOTAM: {notam[:80]}")
    try:
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=180,
            messages=[{"role": "user", "content": f"Explain Q-code {q['code']} for FIR {q['fir']} to a tower controller."}],
        )
    except AuthenticationError as exc:
        logger.error("OpenAI auth failed (code=%s)", exc.code)
        raise RuntimeError("OpenAI rejected key " + OPENAI_KEY) from None
    logger.info("Q-code %s explained in %d tokens", q["code"], out.usage.completion_tokens)
    return out.choices[0].message.content


if __name__ == "__main__":
    sample = "A1234/24 NOTAMN Q) EGTT/QMRLC/IV/NBO/A/000/999/5129N00028W005 A) EGLL B) 2407120000 C) 2407130500 E) RWY 09L/27R CLSD"
    print(explain(sample))
