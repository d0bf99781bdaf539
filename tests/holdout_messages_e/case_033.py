#!/usr/bin/env python
# coding: utf-8

# # Provider smoke test
# Exported with `jupyter nbconvert --to script`.

# In[1]:


import os
import openai
import anthropic


# In[2]:


openai.api_key = os.environ.get("OPENAI_API_KEY")
anthropic_client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
print("openai key set:", bool(openai.api_key))


# In[3]:


print(openai.api_key)


# In[4]:


resp = openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=5)
print(resp.choices[0].message.content, resp.usage.total_tokens)


# In[5]:


msg = anthropic_client.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": "ping"}])
print(msg.content[0].text, msg.usage.output_tokens)
print(anthropic_client.api_key)


# In[6]:


get_ipython().system('echo done')
