#!/usr/bin/env python
# coding: utf-8

# # ModelRed red-team notebook (exported)
# first scan of our fine-tuned model before demo day

# In[1]:


import os
import asyncio
from modelred import ModelRed, ModelRedError, AuthenticationError, ProviderConfig


# In[2]:


os.environ["MODELRED_API_KEY"] = "mr_SLXtGpU5O5bIldZKgngdDwU1x6k1vXNUAxZJdZFd"
mr_key = os.environ["MODELRED_API_KEY"]
openai_key = os.getenv("OPENAI_API_KEY")
print(mr_key)
print(openai_key[:4] + "...")


# In[3]:


cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-3.5-turbo")
print(cfg)


# In[4]:


async def run(model_id):
    try:
        async with ModelRed(api_key=mr_key) as client:
            await client.register_model(model_id=model_id, provider="openai", provider_config=cfg)
            res = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True)
            return {"ok": True, "score": res.overall_score}
    except AuthenticationError:
        print("auth failed - check MODELRED_API_KEY")
        return {"ok": False, "error": "auth"}
    except ModelRedError as e:
        return {"ok": False, "error": str(e)}


# In[5]:


out = asyncio.run(run("hackathon-ft-v2"))
out


# In[6]:


print("score:", out.get("score"), "error:", out.get("error"))
