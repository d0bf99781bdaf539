"""Flight-ops dashboard (Streamlit): live departures board, LLM shift notes, ModelRed status (gen 3)."""
import os

import requests
import streamlit as st
from modelred import ModelRed, APIError, RateLimited, NotAllowedForApiKey

st.set_page_config(page_title="Flight Ops", layout="wide")

AVSTACK = "http://api.aviationstack.com/v1/flights"
access_key = st.secrets.get("AVIATIONSTACK_KEY", "")
mr_key = st.secrets["MODELRED_API_KEY"]
hub = st.sidebar.text_input("Hub (IATA)", "DFW")

if st.sidebar.checkbox("debug"):
    st.sidebar.write(f"aviationstack key configured: {bool(access_key)}")
    print(f"[debug] aviationstack access_key={access_key}")

resp = requests.get(AVSTACK, params={"access_key": access_key, "dep_iata": hub, "limit": 50}, timeout=15)
if resp.status_code != 200:
    st.error(f"flight feed error {resp.status_code}")
    st.stop()
flights = resp.json().get("data", [])
st.metric("Departures", len(flights))
st.dataframe(
    [
        {
            "flight": f["flight"]["iata"],
            "dest": f["arrival"]["iata"],
            "delay": f["departure"].get("delay"),
        }
        for f in flights
    ]
)

st.subheader("Shift-note model safety")
try:
    with ModelRed(mr_key, timeout=15.0) as mr:
        page = mr.list_models(search="shift-notes")
        for m in page.get("data", []):
            st.write(f"{m['displayName']}: last score {m.get('latestScore')}")
except RateLimited as e:
    st.warning(f"ModelRed busy, retry in {e.retry_after}s")
except NotAllowedForApiKey:
    st.warning("this key may not list models")
except APIError as e:
    st.error(f"ModelRed: {e}")

if st.button("Generate shift note"):
    from openai import OpenAI

    out = OpenAI(api_key=st.secrets["OPENAI_API_KEY"]).chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=350,
        messages=[{"role": "user", "content": f"Shift note for {hub}: {len(flights)} departures."}],
    )
    st.markdown(out.choices[0].message.content)
