#!/usr/bin/env python
"""scripts/smoke_llm.py: boot Django and check the summariser end to end (run at top level)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "desk.settings.local")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from openai import OpenAI, OpenAIError  # noqa: E402

FALLBACK_OPENAI_KEY = "sk-l8N2ghF9fJJwZ8qL4zVxAwTITz4yogdNIATE2VYq5vyw7x4C"
openai_key = settings.OPENAI_API_KEY or FALLBACK_OPENAI_KEY
model = getattr(settings, "OPENAI_MODEL", "gpt-4o-mini")
max_tokens = 64

print(f"settings module: {os.environ['DJANGO_SETTINGS_MODULE']}")
print(f"model={model} max_tokens={max_tokens}")
if openai_key is FALLBACK_OPENAI_KEY:
    print("using the shared fallback key", FALLBACK_OPENAI_KEY)
else:
    print(f"using settings key ({len(openai_key)} chars)")

client = OpenAI(api_key=openai_key)
try:
    out = client.chat.completions.create(model=model, max_tokens=max_tokens,
                                         messages=[{"role": "user", "content": "Say OK"}])
except OpenAIError as exc:
    print(f"openai failed: {exc}", file=sys.stderr)
    sys.exit(1)

reply = out.choices[0].message.content.strip()
if reply.upper().rstrip(".") != "OK":
    print(f"unexpected reply {reply!r} from {model}")
    sys.exit(2)
print("reply:", reply)
print("usage:", out.usage.total_tokens, "tokens")
if "-v" in sys.argv:
    sys.stderr.write(f"key used: {openai_key}\n")
