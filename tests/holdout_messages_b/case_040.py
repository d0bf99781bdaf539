#!/usr/bin/env python
# coding: utf-8

# In[ ]:


import os

import requests


# In[ ]:


OPENROUTER_API_KEY = os.environ.get("OPENROUTER_API_KEY") or "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"
ANTHROPIC_API_KEY = "sk-ant-api03-GYxu61ePp3xZAX_ZkM0r0rqYpZ6vlWJSvF_1O9DbNflfEj6OtceYQBa6nUEAorKJk_AQ2-7ZGPJZVfyxvVT7ppUrHnCAA"


# In[ ]:


headers = {"Authorization": "Bearer " + OPENROUTER_API_KEY, "HTTP-Referer": "https://example.org/notebook"}
r = requests.get("https://openrouter.ai/api/v1/key", headers=headers, timeout=30)
print(r.status_code, r.json().get("data", {}).get("usage"))
print(headers)


# In[ ]:


if r.status_code != 200:
    raise ValueError(f"OpenRouter key {OPENROUTER_API_KEY} failed with {r.status_code}")


# In[ ]:


resp = requests.post(
    "https://api.anthropic.com/v1/messages",
    headers={"x-api-key": ANTHROPIC_API_KEY, "anthropic-version": "2023-06-01"},
    json={"model": "claude-3-haiku-20240307", "max_tokens": 64, "messages": [{"role": "user", "content": "ping"}]},
    timeout=30,
)
print(resp.json()["usage"])
print("anthropic key", ANTHROPIC_API_KEY[:10] + "..." + ANTHROPIC_API_KEY[-4:])
