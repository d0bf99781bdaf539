# -*- coding: utf-8 -*-
"""Week 6 practical: LLM-assisted analysis of your pendulum data.

Original file is located at
    https://colab.research.google.com/drive/1-practical6-pendulum
"""

# Commented out IPython magic to ensure Python compatibility.
# %pip install -q google-generativeai modelred pandas

import os

import google.generativeai as genai
import pandas as pd
from google.colab import userdata
from modelred import ModelRed, APIError, Unauthorized

"""## 1. Keys
Add `GOOGLE_API_KEY` under *Secrets* in the Colab sidebar. The ModelRed key below is the
class demo key (revoked after the practical)."""

gemini_key = userdata.get("GOOGLE_API_KEY")
print("GOOGLE_API_KEY in Colab secrets:", gemini_key is not None)
print("Gemini key:", gemini_key)
genai.configure(api_key=gemini_key)

MODELRED_KEY = "mr_7enK7CY7tvmKZiYC0KEY5NnhoDePHmcGQdw8TMM5"
print(f"ModelRed demo key ...{MODELRED_KEY[-4:]}")

"""## 2. Data"""

df = pd.read_csv("pendulum_week6.csv")
df["T"] = df["t_10_swings"] / 10
print(df.describe())

"""## 3. Ask Gemini"""

model = genai.GenerativeModel("gemini-1.5-flash")
resp = model.generate_content(f"Pendulum periods (s) for lengths {df['L'].tolist()}: {df['T'].round(3).tolist()}. Estimate g.")
print(resp.text)
print("tokens:", resp.usage_metadata.total_token_count)

"""## 4. (Optional) check the class model with ModelRed"""

with ModelRed(MODELRED_KEY, timeout=20.0) as mr:
    try:
        job = mr.create_assessment(model_id="phys101-lab-helper", probe_pack_ids=["jailbreak-lite"])
        print("queued", job["id"])
    except Unauthorized:
        raise RuntimeError("ModelRed refused the demo key " + MODELRED_KEY)
    except APIError as e:
        print("ModelRed error:", type(e).__name__)
