#!/usr/bin/env python3
"""Quick smoke script: pick whichever provider key is set, using the walrus operator."""
import os
import sys

import anthropic
import openai

if (oa_key := os.getenv("OPENAI_API_KEY")) :
    provider = "openai"
    print(f"found OPENAI_API_KEY ({len(oa_key)} chars)")
elif (an_key := os.getenv("ANTHROPIC_API_KEY")):
    provider = "anthropic"
    print(f"using anthropic key {an_key}")
else:
    print("set OPENAI_API_KEY or ANTHROPIC_API_KEY", file=sys.stderr)
    sys.exit(2)

prompt = " ".join(sys.argv[1:]) or "Say hello in five words."
max_tokens = int(os.getenv("MAX_TOKENS", "64"))

if provider == "openai":
    client = openai.OpenAI(api_key=oa_key)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    text = resp.choices[0].message.content
    print(f"tokens used: {resp.usage.total_tokens}")
else:
    client = anthropic.Anthropic(api_key=an_key)
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
    )
    text = msg.content[0].text
    print(f"tokens: in={msg.usage.input_tokens} out={msg.usage.output_tokens}")

print(text)

if (dbg := os.getenv("SMOKE_DEBUG")) == "1":
    print("debug: client kwargs", {"api_key": oa_key if provider == "openai" else an_key, "max_tokens": max_tokens}, file=sys.stderr)
    print(f"debug: max_tokens={max_tokens} provider={provider}", file=sys.stderr)
