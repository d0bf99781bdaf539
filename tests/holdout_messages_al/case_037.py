"""Legislative-bill summariser for a civic non-profit; terse script using Anthropic via LiteLLM."""
import os
import sys
import logging

import litellm

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
log = logging.getLogger("bills")

bill_file = sys.argv[1] if len(sys.argv) > 1 else "HB1234.txt"
provider_key = os.environ.get("ANTHROPIC_API_KEY") or os.environ.get("LITELLM_API_KEY")
model = os.environ.get("BILLS_MODEL", "anthropic/claude-3-5-haiku-latest")
max_tokens = int(os.environ.get("BILLS_MAX_TOKENS", "900"))

log.info("model=%s max_tokens=%d bill=%s", model, max_tokens, bill_file)

if provider_key is None:
    raise SystemExit("no provider key in ANTHROPIC_API_KEY or LITELLM_API_KEY")
if not provider_key.startswith(("sk-ant-", "sk-")):
    raise ValueError("provider key %r has an unknown prefix" % provider_key)

text = open(bill_file, encoding="utf-8").read()
kwargs = dict(model=model, max_tokens=max_tokens, api_key=provider_key,
              messages=[{"role": "user", "content": "Summarise this bill in plain language for voters:\n" + text}])
log.debug("completion kwargs: %s", kwargs)
safe_kwargs = {k: v for k, v in kwargs.items() if k not in ("api_key", "messages")}
log.info("calling litellm with %s", safe_kwargs)

try:
    resp = litellm.completion(**kwargs)
except litellm.AuthenticationError as exc:
    log.error("auth failed (%s): %s", exc.status_code, exc.llm_provider)
    sys.exit(3)

summary = resp.choices[0].message.content
out_path = bill_file.rsplit(".", 1)[0] + ".summary.md"
with open(out_path, "w", encoding="utf-8") as fh:
    fh.write(f"# Plain-language summary of {bill_file}\n\n{summary}\n")
log.info("wrote %s (%d chars)", out_path, len(summary))
print(summary)
log.info("usage: prompt=%s completion=%s", resp.usage.prompt_tokens, resp.usage.completion_tokens)
