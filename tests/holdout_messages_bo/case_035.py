"""Reply suggestions for Google Play reviews with Claude; runs in the support team's worker."""
import logging
import os

import anthropic

from .play import PlayReviews

support_log = logging.getLogger("support.replies")

CLAUDE_MODEL = "claude-3-5-sonnet-latest"
REPLY_MAX_TOKENS = 250


def make_client(claude_key: str) -> anthropic.Anthropic:
    if not claude_key.startswith("sk-ant-"):
        raise ValueError("ANTHROPIC_API_KEY must start with sk-ant- (got %s)" % claude_key)
    return anthropic.Anthropic(api_key=claude_key, max_retries=2)


def suggest(client: anthropic.Anthropic, review_text: str, stars: int) -> str:
    msg = client.messages.create(
        model=CLAUDE_MODEL, max_tokens=REPLY_MAX_TOKENS,
        system="You write short, empathetic replies to app reviews. Never promise refunds.",
        messages=[{"role": "user", "content": f"{stars} stars: {review_text}"}],
    )
    support_log.info("suggested reply: in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def run_batch(limit: int = 20) -> int:
    client = make_client(os.environ.get("ANTHROPIC_API_KEY", ""))
    reviews = PlayReviews(os.environ["PLAY_SA_FILE"]).unanswered(limit=limit)
    done = 0
    for r in reviews:
        try:
            text = suggest(client, r.text, r.stars)
        except anthropic.AuthenticationError as exc:
            support_log.error("claude auth failed: %s", exc.status_code)
            break
        except anthropic.APIError as exc:
            support_log.warning("claude error on %s: %s", r.review_id, exc)
            continue
        r.save_suggestion(text)
        done += 1
    support_log.info("max_tokens=%d, suggested %d", REPLY_MAX_TOKENS, done)
    return done
