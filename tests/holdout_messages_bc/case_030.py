"""Listing-description generator as a Streamlit tool for agents."""
import os

import streamlit as st
from anthropic import Anthropic
from modelred import ModelRed, APIError, NotAllowedForApiKey

st.set_page_config(page_title="Listing writer")

ANTHROPIC_KEY = st.secrets.get("ANTHROPIC_API_KEY", os.environ.get("ANTHROPIC_API_KEY"))
MAX_TOKENS = st.sidebar.slider("max_tokens", 100, 1000, 400)
tone = st.sidebar.selectbox("Tone", ["warm", "luxury", "investor"])

beds = st.number_input("Beds", 0, 12, 3)
baths = st.number_input("Baths", 0.0, 10.0, 2.0, step=0.5)
features = st.text_area("Features", "Updated kitchen, fenced yard, walk to schools")

print(f"streamlit session start, max_tokens={MAX_TOKENS}, tone={tone}")

if st.button("Write description"):
    client = Anthropic(api_key=ANTHROPIC_KEY)
    try:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": f"{tone} MLS remarks, {beds} bd/{baths} ba: {features}. Follow fair-housing rules."}],
        )
        st.write(msg.content[0].text)
        st.caption(f"{msg.usage.output_tokens} output tokens")
    except Exception as exc:
        print("anthropic call failed with key", ANTHROPIC_KEY, "error", exc)
        st.error("The writer is unavailable right now.")

with st.expander("Safety scan"):
    mr_key = st.text_input("ModelRed key", type="password")
    if st.button("Scan listing writer") and mr_key:
        try:
            with ModelRed(mr_key) as mr:
                a = mr.create_assessment(model_id="listing-writer", probe_pack_ids=["fair-housing"])
            st.success(f"Queued {a['id']}")
        except NotAllowedForApiKey as e:
            st.error(f"This key cannot run scans: {e}")
        except APIError as e:
            st.error("Scan failed (%s)." % type(e).__name__)
            print("scan failed, key length", len(mr_key))
