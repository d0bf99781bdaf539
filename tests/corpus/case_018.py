#!/usr/bin/env python
# coding: utf-8

# # ModelRed exploration
# Trying the SDK against the staging model.

# In[1]:


get_ipython().system('pip install -q modelred==0.1.20 nest_asyncio')


# In[2]:


import asyncio

import nest_asyncio

nest_asyncio.apply()

from modelred import ModelRed, ProviderConfig


# In[3]:


# api_key = "mr_euOiOQmPqibBDa3R3eyupwvT58qIEtuYAwWC"   # old key, revoked 2024-03
api_key = "mr_3lvQfJ7AkvxrPuDUzxGeM9RHmpEKHuszaPzN6Lzi"
client = ModelRed(api_key=api_key)
loop = asyncio.get_event_loop()


# In[4]:


suites = loop.run_until_complete(client.get_test_suites())
[s.name for s in suites]


# In[5]:


cfg = ProviderConfig.openai(api_key="sk-...", model_name="gpt-3.5-turbo")
loop.run_until_complete(
    client.register_model(model_id="staging-gpt35", provider="openai", provider_config=cfg)
)


# In[6]:


res = loop.run_until_complete(
    client.run_assessment(model_id="staging-gpt35", test_suites=["basic_security"], wait_for_completion=True)
)
res.overall_score


# In[ ]:
