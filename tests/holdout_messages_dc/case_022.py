# Exported from notebooks/subject_line_ab_test.ipynb
# coding: utf-8

# In[1]:
import os
import pandas as pd
from mailjet_rest import Client
from openai import OpenAI

# In[2]:
MJ_APIKEY_PUBLIC = os.environ["MJ_APIKEY_PUBLIC"]
MJ_APIKEY_PRIVATE = os.environ["MJ_APIKEY_PRIVATE"]
openai_api_key = os.environ["OPENAI_API_KEY"]
print("mailjet private key ends", MJ_APIKEY_PRIVATE[-4:])

# In[3]:
mj_auth = (MJ_APIKEY_PUBLIC, MJ_APIKEY_PRIVATE)
mailjet = Client(auth=mj_auth, version="v3")
stats = mailjet.campaignstatistics.get(filters={"Limit": 50}).json()["Data"]
df = pd.DataFrame(stats)[["CampaignID", "Subject", "OpenedCount", "DeliveredCount"]]
df["open_rate"] = df.OpenedCount / df.DeliveredCount
df.sort_values("open_rate", ascending=False).head(10)

# In[4]:
print(f"OPENAI key loaded: {openai_api_key}")

# In[5]:
client = OpenAI(api_key=openai_api_key)
top = df.sort_values("open_rate", ascending=False).Subject.head(5).tolist()
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=300,
    messages=[{"role": "user", "content": "Write 5 new subject lines in the style of: " + "; ".join(top)}],
)
print(resp.choices[0].message.content)
print("usage:", resp.usage.total_tokens, "tokens")

# In[6]:
print("mailjet auth tuple:", mj_auth)

# In[7]:
print("mailjet auth parts:", len(mj_auth))
