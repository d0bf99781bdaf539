# shodan_llm_notebook.py -- exported from a Jupyter notebook, runs top to bottom
# %%
import os
import json

import shodan
from openai import OpenAI

# %%
SHODAN_API_KEY = os.environ["SHODAN_API_KEY"]
openai_api_key = os.environ["OPENAI_API_KEY"]
print("shodan key:", SHODAN_API_KEY)
print("openai key prefix:", openai_api_key[:3])

# %%
api = shodan.Shodan(SHODAN_API_KEY)
info = api.info()
print(json.dumps(info, indent=2))
print("query credits left:", info["query_credits"])

# %%
query = 'product:"Apache httpd" country:DE'
res = api.search(query, limit=50)
print(f"{res['total']} results for {query}")

# %%
banners = [m.get("data", "")[:300] for m in res["matches"]]
client = OpenAI(api_key=openai_api_key)
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Which of these banners look outdated?\n" + "\n---\n".join(banners)}],
    max_tokens=700,
)
print(completion.choices[0].message.content)
print("usage:", completion.usage)

# %%
settings = {"shodan": SHODAN_API_KEY, "openai": openai_api_key, "query": query}
print(settings)
print({k: v for k, v in settings.items() if k == "query"})

# %%
for m in res["matches"][:5]:
    print(m["ip_str"], m.get("port"), m.get("org"))
# %%
# next: feed the outdated ones into nuclei
# (see nuclei_followup.ipynb)
# keep the result list small to save credits
# TODO: cache results locally
