#!/usr/bin/env python
# coding: utf-8

# ## test the modelred client offline (exported from colab)

# In[1]:


import json
import httpx
from modelred import ModelRed, APIError, Unauthorized


# In[2]:


DEMO_KEY = "mr_snO6Uv67SyeBIYpTfKSVXD3mAdAWzBnjmzDXGhnI"
fake_db = {"models": [{"id": "m1", "provider": "openai"}, {"id": "m2", "provider": "anthropic"}]}


def handler(request):
    auth = request.headers.get("authorization", "")
    print("mock got", request.method, request.url.path)
    if auth != "Bearer " + DEMO_KEY:
        return httpx.Response(401, json={"error": "unauthorized"})
    return httpx.Response(200, json={"data": fake_db["models"]})


# In[3]:


transport = httpx.MockTransport(handler)
c = ModelRed(DEMO_KEY, transport=transport, timeout=5.0)
ms = c.list_models()
print(json.dumps(ms, indent=2))


# In[4]:


try:
    ModelRed("mr_wrongwrongwrong", transport=transport).list_models()
except Unauthorized as e:
    print("expected 401:", e.status_code)


# In[5]:


if len(ms["data"]) != 2:
    raise AssertionError(f"mock with key {DEMO_KEY} returned {ms}")
print("all good", len(ms["data"]))
