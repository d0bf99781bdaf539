#!/usr/bin/env python
# coding: utf-8

# In[1]:


import os
from modelred import ModelRed


# In[2]:


os.environ["OPENAI_API_KEY"] = "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"
groq_api_key = "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"
anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "sk-ant-api03-dcySab3jjeEBGkheJptw-7Q5Q-2OKR6_Y3y5Kr0Q9_VWolaFSZmG4QXEq5gKDCiOPrbpW2luHteecwH3HqoW8IuhNo9AA")


# In[3]:


print(os.environ["OPENAI_API_KEY"])
print(f"groq: {groq_api_key[:4]}...{groq_api_key[-4:]}")
print("anthropic", anthropic_key.strip())


# In[4]:


client = ModelRed(os.environ["MODELRED_API_KEY"])
if not groq_api_key.startswith("gsk_"):
    raise ValueError(
        "groq key %s is malformed" % groq_api_key
    )
