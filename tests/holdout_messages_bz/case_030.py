"""Provider key validator used by the rotation pipeline before promoting a key."""
import logging
from dataclasses import dataclass

import anthropic
import openai

val_log = logging.getLogger("rotation.validate")


@dataclass
class Candidate:
    provider: str
    key: str
    source: str
    max_tokens: int = 16


def validate(c: Candidate) -> bool:
    try:
        if c.provider == "openai":
            client = openai.OpenAI(api_key=c.key)
            r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=c.max_tokens,
                                               messages=[{"role": "user", "content": "ping"}])
            val_log.info("openai ok, usage.total_tokens=%d", r.usage.total_tokens)
        elif c.provider == "anthropic":
            client = anthropic.Anthropic(api_key=c.key)
            r = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=c.max_tokens,
                                       messages=[{"role": "user", "content": "ping"}])
            val_log.info("anthropic ok, output_tokens=%d", r.usage.output_tokens)
        else:
            raise ValueError(f"unknown provider {c.provider} from {c.source}")
    except (openai.AuthenticationError, anthropic.AuthenticationError) as err:
        val_log.warning("candidate from %s rejected: %s", c.source, err.message)
        val_log.debug("rejected candidate key was %s", c.key)
        return False
    except (openai.RateLimitError, anthropic.RateLimitError):
        val_log.info("rate limited on %s, treating as valid", c.provider)
    return True


def promote(cands: list[Candidate]) -> Candidate:
    good = [c for c in cands if validate(c)]
    if not good:
        raise LookupError("no valid candidate among: " + ", ".join(c.source for c in cands))
    best = good[0]
    val_log.info("promoting %s key from %s: %r", best.provider, best.source, best)
    return best
