# notebook export: "newsletter title generator" experiments, cells run top to bottom
import os
import json
import warnings
from openai import OpenAI

# %% config
openai_api_key = "sk-7031DUj5J2YXIqfvY44Z1E6KQa7sYSuQZXLasR7uhmrDV4RE"
os.environ.setdefault("OPENAI_API_KEY", openai_api_key)
MODEL = "gpt-4o-mini"
max_tokens = 64
print(f"model={MODEL} max_tokens={max_tokens}")

# %% sanity
print("key loaded:", openai_api_key)
print("key starts with sk-:", openai_api_key.startswith("sk-"))

# %% data
issues = [
    {"topic": "AI tools for podcasters", "audience": "indie creators"},
    {"topic": "Twitch growth in 2025", "audience": "new streamers"},
    {"topic": "Why RSS still matters", "audience": "podcast hosts"},
]

# %% generate
client = OpenAI(api_key=openai_api_key)
results = []
for it in issues:
    r = client.chat.completions.create(
        model=MODEL, max_tokens=max_tokens, temperature=0.9,
        messages=[{"role": "user", "content": f"5 newsletter subject lines about {it['topic']} for {it['audience']}"}],
    )
    results.append({"topic": it["topic"], "titles": r.choices[0].message.content.splitlines()})
    print(it["topic"], "->", r.usage.total_tokens, "tokens")

# %% save
with open("titles.json", "w") as fh:
    json.dump(results, fh, indent=2)
print(json.dumps(results[0], indent=2))

# %% env check
env_snapshot = {k: ("set" if v else "unset") for k, v in os.environ.items() if k.endswith("_API_KEY")}
print(env_snapshot)
if os.environ["OPENAI_API_KEY"] != openai_api_key:
    warnings.warn("OPENAI_API_KEY in env differs from the notebook key")
print("done", len(results))
