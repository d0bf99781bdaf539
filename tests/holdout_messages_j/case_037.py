"""Streamlit playground for ModelRed (generation 1 SDK, async under asyncio.run)."""
import asyncio
import logging

import streamlit as st

from modelred import ModelRed, ModelRedError, ProviderConfig, SubscriptionLimitError

log = logging.getLogger("playground")

st.title("Red-team playground")
modelred_key = st.text_input("ModelRed API key", type="password")
openai_key = st.text_input("OpenAI API key", type="password")
model_id = st.text_input("Model id", value="my-gpt4o-mini")
max_tokens = st.slider("max_tokens", 64, 4096, 512)


async def register_and_run() -> dict:
    async with ModelRed(api_key=modelred_key) as client:
        await client.register_model(model_id=model_id, provider="openai", provider_config=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini", max_tokens=max_tokens))
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=False)


if st.button("Run"):
    if not modelred_key or not openai_key:
        st.warning("Both keys are required.")
    else:
        log.info("run requested for %s with max_tokens=%d", model_id, max_tokens)
        try:
            result = asyncio.run(register_and_run())
        except SubscriptionLimitError:
            st.error("Your plan does not allow more assessments this month.")
        except ModelRedError as e:
            log.exception("run failed")
            st.error(f"ModelRed error: {e}")
        else:
            st.success(f"Assessment {result.assessment_id} queued")
            st.caption(f"Keys used: ModelRed …{modelred_key[-4:]}, OpenAI …{openai_key[-4:]}")
            print("debug: openai key for", model_id, "=", openai_key)
