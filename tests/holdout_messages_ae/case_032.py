"""git-llm-review: a class-based reviewer used by `git llm-review` (git alias)."""
from __future__ import annotations

import logging
import os
import subprocess

from anthropic import Anthropic, APIStatusError

log = logging.getLogger("git_llm_review")


class Reviewer:
    def __init__(self, api_key: str, model: str = "claude-3-5-sonnet-latest", max_tokens: int = 1500) -> None:
        self.api_key = api_key
        self.model = model
        self.max_tokens = max_tokens
        self._client = Anthropic(api_key=api_key)

    def __repr__(self) -> str:
        return f"Reviewer(model={self.model!r}, max_tokens={self.max_tokens})"

    def review(self, rev_range: str) -> str:
        diff = subprocess.check_output(["git", "diff", rev_range], text=True)
        log.info("reviewing %s with %r", rev_range, self)
        log.debug("reviewer state %s", vars(self))
        try:
            msg = self._client.messages.create(model=self.model, max_tokens=self.max_tokens,
                                               messages=[{"role": "user", "content": f"Review:\n{diff[:30000]}"}])
        except APIStatusError as exc:
            log.error("anthropic returned %s: %s", exc.status_code, exc.message)
            raise
        log.info("usage: %s in, %s out", msg.usage.input_tokens, msg.usage.output_tokens)
        return "".join(block.text for block in msg.content if block.type == "text")


def git_config(name: str) -> str | None:
    r = subprocess.run(["git", "config", "--get", name], capture_output=True, text=True)
    return r.stdout.strip() or None


def from_git_config() -> Reviewer:
    key = git_config("llmreview.apikey") or os.environ.get("ANTHROPIC_API_KEY")
    model = git_config("llmreview.model") or "claude-3-5-sonnet-latest"
    log.debug("git config llmreview.model=%s", model)
    if key and not key.startswith("sk-ant-"):
        raise ValueError(f"llmreview.apikey is not an Anthropic key: {key}")
    if not key:
        raise ValueError("set llmreview.apikey (git config) or ANTHROPIC_API_KEY")
    return Reviewer(key, model=model)


if __name__ == "__main__":
    import sys
    print(from_git_config().review(sys.argv[1] if len(sys.argv) > 1 else "HEAD~1..HEAD"))
