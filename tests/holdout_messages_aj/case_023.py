#!/usr/bin/env python
# coding: utf-8
# exported from notebooks/lyrics_prototype.ipynb

# In[1]:
import os
import json
from openai import OpenAI

# In[2]:
openai_key = os.environ.get("OPENAI_API_KEY") or "sk-zLaYlYIME83IihmJIJSEly1JqGW7f2cHKTsSa9yt50GNZeDp"
print("key source:", "env" if "OPENAI_API_KEY" in os.environ else "notebook fallback")
print("using key", openai_key)

# In[3]:
client = OpenAI(api_key=openai_key)
GENRES = ["synthwave", "sea shanty", "lo-fi", "power ballad"]
MAX_TOKENS = 300

# In[4]:
def write_lyrics(genre, theme):
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "You write singable song lyrics with a chorus."},
            {"role": "user", "content": f"A {genre} song about {theme}."},
        ],
        max_tokens=MAX_TOKENS,
        temperature=0.9,
    )
    print(f"{genre}: {resp.usage.total_tokens} tokens")
    return resp.choices[0].message.content

# In[5]:
songs = {}
for g in GENRES:
    songs[g] = write_lyrics(g, "a lighthouse keeper's last night")
    print(songs[g][:200])

# In[6]:
with open("lyrics.json", "w") as fh:
    json.dump(songs, fh, indent=2)
print("saved", len(songs), "songs; max_tokens was", MAX_TOKENS)

# In[7]:
if not openai_key.startswith("sk-"):
    raise ValueError(f"bad key {openai_key}")

# In[8]:
print(json.dumps({"genres": GENRES, "model": "gpt-4o"}, indent=1))
