import os
import sys

from openai import OpenAI, AuthenticationError, APIStatusError

XAI_BASE = "https://api.x.ai/v1"
XAI_ENV = "XAI_API_KEY"


class GrokChat:
    """REPL for grok; the OpenAI client works against xAI's endpoint."""

    def __init__(self, xai_key=None, model="grok-2-latest", max_tokens=400):
        self.xai_key = xai_key or os.environ.get(XAI_ENV, "")
        self.model = model
        self.max_tokens = max_tokens
        self.history = []
        if not self.xai_key:
            raise RuntimeError(f"set {XAI_ENV} (currently {self.xai_key!r})")
        self.client = OpenAI(api_key=self.xai_key, base_url=XAI_BASE)

    def ask(self, text):
        self.history.append({"role": "user", "content": text})
        try:
            r = self.client.chat.completions.create(model=self.model, max_tokens=self.max_tokens, messages=self.history)
        except AuthenticationError as e:
            raise RuntimeError(f"xAI rejected {self.xai_key}: {e.status_code}") from e
        except APIStatusError as e:
            print(f"[error {e.status_code}] {e.message}", file=sys.stderr)
            return ""
        msg = r.choices[0].message.content
        self.history.append({"role": "assistant", "content": msg})
        print(f"[{r.usage.total_tokens} tokens]", file=sys.stderr)
        return msg

    def dump_state(self):
        print(vars(self), file=sys.stderr)


if __name__ == "__main__":
    chat = GrokChat()
    print(f"grok REPL ({chat.model}, max_tokens={chat.max_tokens}); /state, /quit")
    while True:
        line = input("you> ").strip()
        if line == "/quit":
            break
        if line == "/state":
            chat.dump_state()
            continue
        print("grok>", chat.ask(line))
