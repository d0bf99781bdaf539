#!/usr/bin/env python
# coding: utf-8

# In[1]:


import os
import warnings

import openai
from obspy import UTCDateTime
from obspy.clients.fdsn import Client


# In[2]:


OPENAI_KEY = "sk-dbqB4tFalt5REcCU2EOjEbCoszYg84mmtuN46VUXcpiNDdaO"
openai.api_key = OPENAI_KEY
print("openai key prefix:", OPENAI_KEY[:4])
warnings.warn(f"notebook uses a hard-coded OpenAI key {OPENAI_KEY}; move it to the environment")


# In[3]:


fdsn_user = os.environ.get("EIDA_USER", "seislab")
fdsn_password = os.environ["EIDA_PASSWORD"]
client = Client("GFZ", user=fdsn_user, password=fdsn_password)
print(f"logged in to GFZ as {fdsn_user}")
print(f"credentials: {fdsn_user} / {fdsn_password}")


# In[4]:


t0 = UTCDateTime("2024-01-01T07:10:00")
st = client.get_waveforms("GE", "WLF", "", "BHZ", t0, t0 + 1800)
st.detrend("linear").filter("bandpass", freqmin=0.05, freqmax=2.0)
print(st)
peak = max(abs(tr.data).max() for tr in st)


# In[5]:


resp = openai.chat.completions.create(
    model="gpt-4o-mini", max_tokens=150,
    messages=[{"role": "user", "content": f"Station GE.WLF, peak count {peak}, 30 min after {t0}. Describe."}],
)
print(resp.choices[0].message.content)
print("total tokens", resp.usage.total_tokens)


# In[ ]:
