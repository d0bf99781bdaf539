"""Streamlit fleet dashboard: live drone map plus a chat box for the ops team."""
import os

import pandas as pd
import requests
import streamlit as st
from openai import OpenAI

st.set_page_config(page_title="Fleet ops", layout="wide")

FLEET_URL = os.getenv("FLEET_URL", "https://fleet.internal")
fleet_token = st.secrets.get("fleet_token") or os.getenv("FLEET_TOKEN")
openai_key = st.secrets["openai_api_key"]


@st.cache_data(ttl=10)
def positions() -> pd.DataFrame:
    r = requests.get(f"{FLEET_URL}/api/positions", headers={"Authorization": f"Bearer {fleet_token}"}, timeout=5)
    if r.status_code != 200:
        print(f"positions: HTTP {r.status_code} {r.reason}")
        return pd.DataFrame(columns=["lat", "lon"])
    return pd.DataFrame(r.json())


st.title("Drone fleet")
st.map(positions())

with st.sidebar:
    st.caption(f"fleet API: {FLEET_URL}")
    st.caption(f"token: {'configured' if fleet_token else 'missing'}")
    if st.checkbox("debug"):
        print(f"[fleet-ops] token={fleet_token} openai={openai_key[:4]}")

client = OpenAI(api_key=openai_key)
if "history" not in st.session_state:
    st.session_state.history = []

q = st.chat_input("Ask about the fleet")
if q:
    st.session_state.history.append({"role": "user", "content": q})
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=st.session_state.history)
    st.session_state.history.append({"role": "assistant", "content": r.choices[0].message.content})
    print(f"[fleet-ops] chat used {r.usage.total_tokens} tokens")

for m in st.session_state.history:
    with st.chat_message(m["role"]):
        st.write(m["content"])
