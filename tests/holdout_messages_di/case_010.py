# Tool-calling agent, minimal: one OpenAI loop with two local tools. Run as a script.
import json
import logging
import os

from openai import OpenAI

logging.basicConfig(level=logging.INFO)

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
SERP_KEY = os.environ.get("SERPAPI_API_KEY", "")
MODEL = os.environ.get("AGENT_MODEL", "gpt-4o-mini")
MAX_TOKENS = 800

if not OPENAI_API_KEY:
    raise SystemExit("OPENAI_API_KEY is not set")
logging.info("agent starting with model=%s max_tokens=%d", MODEL, MAX_TOKENS)
logging.info("serpapi key: %s", SERP_KEY)

client = OpenAI(api_key=OPENAI_API_KEY)


def web_search(query):
    import requests

    r = requests.get("https://serpapi.com/search.json", params={"q": query, "api_key": SERP_KEY}, timeout=20)
    logging.info("search %r -> %s", query, r.status_code)
    return [x["title"] for x in r.json().get("organic_results", [])[:5]]


def calculator(expr):
    return str(eval(expr, {"__builtins__": {}}))


TOOLS = {"web_search": web_search, "calculator": calculator}
schemas = [
    {"type": "function", "function": {"name": "web_search", "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "calculator", "parameters": {"type": "object", "properties": {"expr": {"type": "string"}}}}},
]

messages = [{"role": "user", "content": input("> ")}]
for _ in range(5):
    resp = client.chat.completions.create(model=MODEL, messages=messages, tools=schemas, max_tokens=MAX_TOKENS)
    msg = resp.choices[0].message
    logging.info("usage: %s", resp.usage.total_tokens)
    if not msg.tool_calls:
        print(msg.content)
        break
    messages.append(msg)
    for call in msg.tool_calls:
        out = TOOLS[call.function.name](**json.loads(call.function.arguments))
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(out)})
else:
    print(f"gave up after 5 rounds (client key {OPENAI_API_KEY})")
