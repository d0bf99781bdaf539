#!/usr/bin/env python
# coding: utf-8
# Exported from colab: prompt_golf.ipynb  (yes the key is inline, it's a burner with a $5 cap)

# In[1]:


import logging
import tiktoken
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
nb_log = logging.getLogger("prompt-golf")

sk = "sk-rliq02RReocx4zUAOtBlQBoMazBj2wfAxHrlvx7McMMadwIx"
key_name = "burner-colab"
client = OpenAI(api_key=sk)
enc = tiktoken.encoding_for_model("gpt-4o-mini")


# In[2]:


def golf(prompt, target, max_tokens=64):
    n_prompt = len(enc.encode(prompt))
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=max_tokens,
                                       messages=[{"role": "user", "content": prompt}])
    out = r.choices[0].message.content
    nb_log.info("prompt tokens=%d total=%d", n_prompt, r.usage.total_tokens)
    return out.strip().lower() == target.lower(), n_prompt


# In[3]:


tries = ["Say only: banana", "Reply with the word banana", "banana?"]
for t in tries:
    ok, n = golf(t, "banana")
    print(f"{n:3d} tokens  ok={ok}  {t!r}")


# In[4]:


# which key did colab use again?
nb_log.info("key %s = %s", key_name, sk)
print("key name:", key_name, "| tail:", sk[-4:])


# In[5]:


print(client.api_key == sk, len(client.api_key))
