# notebook export turned into a Streamlit app; cells run top to bottom
import json
import os
import logging

import streamlit as st
import google.generativeai as genai

logging.basicConfig(level=logging.DEBUG)

# %% config
with open(os.path.expanduser("~/.config/gemini-demo/config.json")) as fh:
    cfg = json.load(fh)
GOOGLE_API_KEY = cfg.get("google_api_key") or os.environ.get("GOOGLE_API_KEY")
PROJECT = cfg.get("project", "demo")
logging.debug("config fields: %s, project %s", sorted(cfg), PROJECT)
logging.debug("config: %s", cfg)

# %% model
genai.configure(api_key=GOOGLE_API_KEY)
model = genai.GenerativeModel("gemini-1.5-flash", generation_config={"max_output_tokens": 512})
logging.info("gemini configured, key set: %s", GOOGLE_API_KEY is not None)

# %% ui
st.title("Image captioner")
img = st.file_uploader("Image", type=["png", "jpg"])
if img:
    data = img.getvalue()
    st.image(data)
    resp = model.generate_content([{"mime_type": img.type, "data": data}, "Write an alt text."])
    st.write(resp.text)
    logging.info("tokens: %s", resp.usage_metadata.total_token_count)
    st.caption(f"{resp.usage_metadata.candidates_token_count} output tokens")

# %% debug
if st.checkbox("debug"):
    st.code(json.dumps({"project": PROJECT, "key_set": bool(GOOGLE_API_KEY)}, indent=2))
    print("key prefix", GOOGLE_API_KEY[:4] if GOOGLE_API_KEY else None)
    print("project", PROJECT)

# %% feedback
rating = st.radio("Was the caption useful?", ["yes", "no"], horizontal=True)
if st.button("Send feedback"):
    logging.info("feedback %s for project %s", rating, PROJECT)
    st.toast("Thanks!")
