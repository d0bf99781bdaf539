# Quick comparison script: same prompt to OpenAI and Anthropic, run from the repo root.
import os
import time

import anthropic
import openai


class Creds:
    OPENAI = os.environ["OPENAI_API_KEY"]
    ANTHROPIC = os.environ.get("ANTHROPIC_API_KEY", "")
    OPENAI_ENV = "OPENAI_API_KEY"
    MAX_TOKENS = 300


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False

    def __repr__(self):
        return f"<Timer {getattr(self, 'elapsed', 0):.2f}s>"


PROMPT = "Explain context managers in two sentences."

print("reading key from", Creds.OPENAI_ENV)
print("using openai key", Creds.OPENAI)
print("max tokens per call:", Creds.MAX_TOKENS)

oa = openai.OpenAI(api_key=Creds.OPENAI)
with Timer() as t_oa:
    r1 = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=Creds.MAX_TOKENS,
                                    messages=[{"role": "user", "content": PROMPT}])
print("openai:", t_oa, r1.usage.total_tokens, "tokens")

if Creds.ANTHROPIC:
    print(f"anthropic key: {Creds.ANTHROPIC}")
    ac = anthropic.Anthropic(api_key=Creds.ANTHROPIC)
    with Timer() as t_an:
        r2 = ac.messages.create(model="claude-3-5-haiku-latest", max_tokens=Creds.MAX_TOKENS,
                                messages=[{"role": "user", "content": PROMPT}])
    print("anthropic:", t_an, r2.usage.output_tokens, "output tokens")
    print(r2.content[0].text)
else:
    print(f"no anthropic key set ({Creds.ANTHROPIC!r}), skipping")

print(r1.choices[0].message.content)
