"""Tenant-facing permit status bot (Streamlit) with a ModelRed check page for admins."""
import asyncio
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, ValidationError

st.set_page_config(page_title="Permit status assistant")

MODELRED_KEY = st.secrets.get("modelred_api_key", os.environ.get("MODELRED_API_KEY"))
OPENAI_KEY = st.secrets["openai_api_key"]
PERMIT_DB = st.secrets.get("permit_db_url", "sqlite:///permits.db")

page = st.sidebar.radio("Page", ["Ask", "Admin"])
st.sidebar.caption(f"DB: {PERMIT_DB.split('://')[0]}")


async def run_check(model_id):
    async with ModelRed(api_key=MODELRED_KEY) as client:
        return await client.run_assessment(model_id=model_id, test_suites=["base_security"],
                                           wait_for_completion=False)


if page == "Ask":
    q = st.text_input("Permit number or question")
    if q:
        from openai import OpenAI
        r = OpenAI(api_key=OPENAI_KEY).chat.completions.create(
            model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": q}])
        st.write(r.choices[0].message.content)
        st.caption(f"{r.usage.total_tokens} tokens")
else:
    model_id = st.text_input("ModelRed model id", "permit-status-bot")
    print(f"admin page opened, ModelRed key {MODELRED_KEY}")
    if st.button("Run security check"):
        try:
            res = asyncio.run(run_check(model_id))
            st.success(f"Assessment {res['assessment_id']} started")
        except ValidationError as e:
            print(f"validation error: {e!r}")
            st.error("The model id was rejected.")
        except ModelRedError as e:
            st.error(f"ModelRed error: {e}")
    st.caption(f"OpenAI key set: {bool(OPENAI_KEY)}")
