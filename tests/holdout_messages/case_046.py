#!/usr/bin/env python
# coding: utf-8

# In[1]:


import os
from modelred import ModelRed


# In[2]:


os.environ["OPENAI_API_KEY"] = "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"
groq_api_key = "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"
anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "sk-ant-api03-NkS1_1quIKvch1kWWmMsjoshEuEI2yBpiIPTjpMFlc05ktO-zHm7eODY4NYWwhAaetIad74AlZW1I0g0K0VcQUqtJLVAA")


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
