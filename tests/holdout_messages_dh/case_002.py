# streamlit_app.py -- quick internal dashboard, run with `streamlit run streamlit_app.py`
import os
import sys

import pandas as pd
import streamlit as st
from openai import OpenAI

OPENAI_KEY = st.secrets["openai"]["api_key"]
ORG = st.secrets["openai"].get("organization", "")
MODEL = st.secrets.get("model", "gpt-4o-mini")
DEBUG = os.getenv("DASH_DEBUG") == "1"

if DEBUG:
    print("secrets sections:", list(st.secrets.keys()))
    print("openai config:", dict(st.secrets["openai"]))
    print("org:", ORG, "model:", MODEL)

client = OpenAI(api_key=OPENAI_KEY, organization=ORG or None)

st.title("Weekly ticket digest")
uploaded = st.file_uploader("tickets.csv", type="csv")
if uploaded is None:
    st.stop()

df = pd.read_csv(uploaded)
st.dataframe(df.head(20))

prompt = "Summarise these support tickets in five bullets:\n" + "\n".join(df["subject"].astype(str).head(200))
resp = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}], max_tokens=600)
st.markdown(resp.choices[0].message.content)

usage = resp.usage
print(f"digest used {usage.total_tokens} tokens ({usage.prompt_tokens} in)", file=sys.stderr)
st.caption(f"{usage.completion_tokens} completion tokens")

if st.sidebar.checkbox("Show connection info"):
    st.sidebar.code(f"model={MODEL}\nkey=...{OPENAI_KEY[-4:]}")
    sys.stderr.write(f"connection info opened, key ends {OPENAI_KEY[-4:]}\n")

if st.sidebar.button("Reload secrets"):
    st.cache_data.clear()
    sys.stderr.write("reloading with key " + OPENAI_KEY + "\n")
    st.rerun()

# download link
st.download_button("Download CSV", df.to_csv(index=False), file_name="tickets_digest.csv")
st.caption("internal use only")
