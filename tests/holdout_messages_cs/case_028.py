#!/usr/bin/env python
# coding: utf-8
# Exported from notebooks/letters_ner.ipynb (Library Carpentry workshop, week 3)

# In[1]:
import os
import json
import pandas as pd
import google.generativeai as genai

# In[2]:
GEMINI_KEY = os.environ.get("GOOGLE_API_KEY") or open(os.path.expanduser("~/.gemini_key")).read().strip()
genai.configure(api_key=GEMINI_KEY)
print("key source:", "env" if os.environ.get("GOOGLE_API_KEY") else "~/.gemini_key")
print("configured gemini; key length", len(GEMINI_KEY))

# In[3]:
print(GEMINI_KEY)

# In[4]:
letters = pd.read_csv("data/letters_1890_1910.csv")
letters.head()

# In[5]:
model = genai.GenerativeModel("gemini-1.5-flash", generation_config={"max_output_tokens": 512, "temperature": 0})
print("model:", model.model_name, "max_output_tokens:", 512)

# In[6]:
PROMPT = """Extract people, places and organisations mentioned in this letter.
Return JSON with keys persons, places, orgs (lists of strings).

Letter:
"""

def extract(text):
    resp = model.generate_content(PROMPT + text)
    try:
        return json.loads(resp.text.strip().strip("`").removeprefix("json"))
    except json.JSONDecodeError:
        return {"persons": [], "places": [], "orgs": []}

# In[7]:
sample = letters.sample(20, random_state=1)
entities = [extract(t) for t in sample["transcription"]]
sample["entities"] = entities
sample[["letter_id", "entities"]]

# In[8]:
print(sum(len(e["persons"]) for e in entities), "person mentions")
sample.to_json("output/letters_entities_sample.json", orient="records", force_ascii=False)
