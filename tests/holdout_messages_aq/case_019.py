"""Streamlit trip-planner demo: Gemini itinerary drafts, vetted with ModelRed first."""
import logging
import os

import google.generativeai as genai
import streamlit as st
from modelred import ModelRed, ModelRedError, ModelNotFoundError

log = logging.getLogger("tripplanner.app")

st.set_page_config(page_title="Trip planner", page_icon="✈️")
google_key = st.secrets.get("GOOGLE_API_KEY") or os.environ.get("GOOGLE_API_KEY")
mr_api_key = st.secrets["MODELRED_API_KEY"]
GEMINI_MODEL = st.secrets.get("GEMINI_MODEL", "gemini-1.5-flash")

log.info("planner start, model=%s", GEMINI_MODEL)
if google_key and not google_key.startswith("AIza"):
    log.warning("GOOGLE_API_KEY does not look like an API key: %s", google_key)

genai.configure(api_key=google_key)
model = genai.GenerativeModel(GEMINI_MODEL)

st.title("Plan a trip")
city = st.text_input("Destination", "Lisbon")
days = st.slider("Days", 1, 14, 3)


async def vetted() -> bool:
    async with ModelRed(api_key=mr_api_key) as client:
        info = await client.get_model("gemini-itinerary")
        return info.get("last_assessment", {}).get("passed", False)


if st.button("Draft itinerary"):
    import asyncio
    try:
        ok = asyncio.run(vetted())
    except ModelNotFoundError:
        st.warning("This model has not been registered for screening yet.")
        ok = False
    except ModelRedError as e:
        st.error(f"Screening service error: {e}")
        log.error("screening failed: %s", e)
        ok = False
    if ok:
        resp = model.generate_content(f"A {days}-day itinerary for {city}", generation_config={"max_output_tokens": 800})
        st.markdown(resp.text)
        log.info("draft used %s tokens", resp.usage_metadata.total_token_count)
