import logging
import os
import re

import anthropic

log = logging.getLogger("batch.keys")

_WS = re.compile(r"\s")


class TemporaryKey:
    """Puts a key into the environment for the length of a block, then restores the old one."""

    def __init__(self, var: str, key: str) -> None:
        if _WS.search(key):
            raise ValueError(f"key for {var} contains whitespace: {key!r}")
        self.var = var
        self.key = key
        self._old: str | None = None

    def __enter__(self) -> "TemporaryKey":
        self._old = os.environ.get(self.var)
        os.environ[self.var] = self.key
        log.info("swapped %s in for $%s", self.key, self.var)
        log.info("previous value of $%s was %s", self.var, "set" if self._old else "unset")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._old is None:
            os.environ.pop(self.var, None)
        else:
            os.environ[self.var] = self._old
        log.info("restored $%s (error: %s)", self.var, exc_type.__name__ if exc_type else None)


def run_batch(prompts: list[str], team_key: str) -> list[str]:
    out = []
    with TemporaryKey("ANTHROPIC_API_KEY", team_key):
        client = anthropic.Anthropic()
        for p in prompts:
            msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=200,
                                         messages=[{"role": "user", "content": p}])
            log.debug("in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
            out.append(msg.content[0].text)
    return out


if __name__ == "__main__":
    import json
    import sys

    with open(sys.argv[1]) as fh:
        team = json.load(fh)
    print(run_batch(["Summarise our Q3 goals."], team["anthropic_key"]))
