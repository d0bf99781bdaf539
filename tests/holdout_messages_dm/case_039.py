# Exported notebook: debugging a Lambda's cold-start secret cache locally before deploying.
# In[1]:
import json
import logging
import os

import boto3

logging.basicConfig(level=logging.DEBUG)
nb_log = logging.getLogger("nb")

# In[2]:
session = boto3.Session(profile_name=os.environ.get("AWS_PROFILE", "dev"))
sm = session.client("secretsmanager", region_name="eu-west-1")
secret_ids = ["llm/openai", "llm/anthropic", "llm/openrouter"]
nb_log.info("will read %s", secret_ids)

# In[3]:
cache = {}
for sid in secret_ids:
    resp = sm.get_secret_value(SecretId=sid)
    cache[sid] = resp["SecretString"]
    nb_log.info("%s: version %s, %d chars", sid, resp["VersionId"], len(resp["SecretString"]))

# In[4]:
print(json.dumps(cache, indent=2))

# In[5]:
openrouter_key = cache["llm/openrouter"]
print("openrouter key looks like", openrouter_key[:4] + "..." + openrouter_key[-4:])

# In[6]:
import requests

r = requests.get("https://openrouter.ai/api/v1/auth/key", headers={"Authorization": f"Bearer {openrouter_key}"}, timeout=10)
print(r.status_code, r.json().get("data", {}).get("label"))

# In[7]:
if r.status_code != 200:
    raise ValueError(f"OpenRouter key {openrouter_key} failed the auth check")

# In[8]:
anthropic_key = cache["llm/anthropic"]
print(f"anthropic key: {anthropic_key}")

# In[9]:
print("done; cached", len(cache), "secrets:", sorted(cache))
