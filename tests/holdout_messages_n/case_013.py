"""`fire` CLI for poking the Anthropic API from a terminal."""
import json
import os
import sys

import anthropic
import fire


class Claude:
    """claude-cli ask "question" [--model=...] [--token=...]"""

    def __init__(self, token: str | None = None, model: str = "claude-3-5-sonnet-latest"):
        self.token = token or os.environ.get("ANTHROPIC_API_KEY")
        self.model = model
        if not self.token:
            print("no token: pass --token or set ANTHROPIC_API_KEY", file=sys.stderr)
            sys.exit(2)
        if not self.token.startswith("sk-ant-"):
            print(f"warning: {self.token} does not look like an Anthropic key", file=sys.stderr)
        self._client = anthropic.Anthropic(api_key=self.token)

    def ask(self, question: str, max_tokens: int = 400) -> str:
        try:
            msg = self._client.messages.create(model=self.model, max_tokens=max_tokens,
                                               messages=[{"role": "user", "content": question}])
        except anthropic.AuthenticationError as e:
            print(f"auth error ({e.status_code}): {e.message}", file=sys.stderr)
            sys.exit(1)
        print(f"[{msg.usage.input_tokens} in / {msg.usage.output_tokens} out]", file=sys.stderr)
        return msg.content[0].text

    def whoami(self) -> None:
        print(json.dumps({"model": self.model, "token_prefix": self.token[:7]}))

    def env(self) -> None:
        print(json.dumps({"ANTHROPIC_API_KEY": self.token, "model": self.model}, indent=2))


if __name__ == "__main__":
    fire.Fire(Claude)
