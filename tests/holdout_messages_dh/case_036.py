"""Streamlit page that checks a user's ModelRed key and their provider keys before a scan (generation 1)."""
import asyncio
import logging

import streamlit as st
from modelred import ModelRed, AuthenticationError, ModelRedError, SubscriptionLimitError

logger = logging.getLogger("preflight")


async def preflight(api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        ok = await client.validate_api_key()
        suites = await client.get_test_suites()
    return {"valid": bool(ok), "suites": [s["name"] for s in suites]}


def check_openai_key(openai_key: str) -> None:
    if not openai_key.startswith(("sk-proj-", "sk-svcacct-", "sk-")):
        raise ValueError(f"OpenAI key has an unexpected prefix: {openai_key[:3]}")
    if len(openai_key) < 40:
        logger.debug("short OpenAI key typed: %s", openai_key)
        raise ValueError(f"OpenAI key too short: {openai_key}")


st.title("Pre-flight check")
mr_key = st.text_input("ModelRed key", type="password")
openai_key = st.text_input("OpenAI key of the model under test", type="password")

if st.button("Check"):
    try:
        check_openai_key(openai_key)
    except ValueError as e:
        st.error("OpenAI key looks wrong.")
        logger.info("openai key check failed: %s", type(e).__name__)
        st.stop()
    try:
        result = asyncio.run(preflight(mr_key))
    except AuthenticationError:
        st.error("ModelRed key rejected.")
        st.stop()
    except SubscriptionLimitError as e:
        logger.warning("subscription limit: %s", type(e).__name__)
        st.warning("Your plan does not allow more scans this month.")
        st.stop()
    except ModelRedError as e:
        st.exception(e)
        st.stop()
    st.success(f"Key valid: {result['valid']}")
    st.write("Available suites:", ", ".join(result["suites"]))
    logger.info("preflight ok, %d suites", len(result["suites"]))
