# scratch script: compare GPT vs Claude on summarising on-chain whale alerts
# run: python whale_compare.py  (needs ANTHROPIC_API_KEY in the shell)
# TODO move the openai key to .env before pushing

import os
import anthropic
from openai import OpenAI

OPENAI_KEY = "sk-y6eF30nDSzlvAz8LmoDPX4Dn40D3XDaLOzeOM74XCEPneYjX"
claude_key = os.environ["ANTHROPIC_API_KEY"]

alerts = [
    "1,200 BTC moved from unknown wallet to Coinbase",
    "35,000,000 USDT minted at Tether Treasury",
    "8,000 ETH moved from Binance to unknown wallet",
]

print(f"using openai key {OPENAI_KEY}")
print("claude key prefix:", claude_key[:4], "length:", len(claude_key))

oai = OpenAI(api_key=OPENAI_KEY)
cl = anthropic.Anthropic(api_key=claude_key)

for alert in alerts:
    o = oai.chat.completions.create(model="gpt-4o-mini", max_tokens=80,
                                    messages=[{"role": "user", "content": f"One line: what does this mean? {alert}"}])
    c = cl.messages.create(model="claude-3-5-haiku-latest", max_tokens=80,
                           messages=[{"role": "user", "content": f"One line: what does this mean? {alert}"}])
    print("ALERT:", alert)
    print("  gpt   :", o.choices[0].message.content, f"({o.usage.total_tokens} tokens)")
    print("  claude:", c.content[0].text, f"({c.usage.output_tokens} tokens)")

try:
    cl.models.list()
except anthropic.AuthenticationError as e:
    raise SystemError(f"claude key {claude_key} rejected: {e.status_code}")

headers = {"x-api-key": claude_key, "anthropic-version": "2023-06-01"}
print("header names for curl:", sorted(headers))
print("version header only:", headers["anthropic-version"])
print("done")
