# Exported from a Jupyter notebook: "weekly_sheet_report.ipynb"
# coding: utf-8

import os
import pandas as pd
import gspread
from gspread_dataframe import set_with_dataframe
from modelred import ModelRed

# In[1]:
MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY")
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY")
print("keys loaded:", MODELRED_API_KEY is not None, ANTHROPIC_API_KEY is not None)

# In[2]:
print(f"modelred key: {MODELRED_API_KEY}")

# In[3]:
client = ModelRed(MODELRED_API_KEY)
page = client.list_assessments(limit=200)
df = pd.DataFrame(page.get("data", []))
df.head()

# In[4]:
df["createdAt"] = pd.to_datetime(df["createdAt"])
weekly = df.set_index("createdAt").resample("W")["score"].mean().reset_index()
print(weekly.tail())

# In[5]:
gc = gspread.service_account()
ws = gc.open("Model risk weekly").worksheet("weekly")
set_with_dataframe(ws, weekly)
print("rows written:", len(weekly))

# In[6]:
import anthropic
ac = anthropic.Anthropic(api_key=ANTHROPIC_API_KEY)
note = ac.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                          messages=[{"role": "user", "content": f"Describe this trend: {weekly.to_dict()}"}])
print(note.content[0].text)
print("usage", note.usage.input_tokens, note.usage.output_tokens)

# In[7]:
print("anthropic", ANTHROPIC_API_KEY)
