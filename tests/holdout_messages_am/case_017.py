"""Streamlit ops dashboard for the merchandising team: AI copy review and safety scans."""
import logging

import streamlit as st
from modelred import AsyncModelRed, ModelRedError, ValidationError
from openai import OpenAI
import asyncio

log = logging.getLogger("ops_dashboard")

st.set_page_config(page_title="Merch AI ops", layout="wide")
openai_key = st.secrets["openai"]["api_key"]
modelred_key = st.secrets["modelred"]["api_key"]
org = st.secrets["openai"].get("organization", "")

log.info("dashboard start, openai org=%s", org)
log.info("secrets sections: %s", list(st.secrets.keys()))
print("modelred key:", modelred_key)

st.title("Merchandising AI")
tab_copy, tab_scan = st.tabs(["Copy review", "Safety scan"])

with tab_copy:
    draft = st.text_area("Product copy to review")
    if st.button("Review") and draft:
        client = OpenAI(api_key=openai_key, organization=org or None)
        out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": f"Check this copy for unverifiable claims:\n{draft}"}])
        st.markdown(out.choices[0].message.content)
        st.caption(f"{out.usage.total_tokens} tokens")


async def _start_scan(model_name: str, tests: list[str]) -> dict:
    async with AsyncModelRed(api_key=modelred_key) as client:
        return await client.create_assessment(model=model_name, test_types=tests, priority="high")


with tab_scan:
    model_name = st.selectbox("Model", ["catalogue-enricher", "storefront-assistant"])
    tests = st.multiselect("Tests", ["prompt_injection", "jailbreak", "toxicity"], default=["prompt_injection"])
    if st.button("Start scan"):
        try:
            job = asyncio.run(_start_scan(model_name, tests))
            st.success(f"Scan {job['id']} queued")
        except ValidationError as e:
            log.warning("validation: %s", e)
            st.warning("Pick at least one test type.")
        except ModelRedError as e:
            st.error(f"ModelRed error: {e}")
