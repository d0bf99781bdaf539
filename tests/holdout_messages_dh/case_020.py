"""Streamlit page for ModelRed model registration through ProviderConfig (generation 2)."""
import logging

import streamlit as st
from modelred import ModelRedClient, ProviderConfig, ModelRedError, ConflictError, ValidationError

logger = logging.getLogger("register_page")

PROVIDERS = {"OpenAI": "openai", "Anthropic": "anthropic", "OpenRouter": "openrouter"}


def provider_config(provider: str, key: str, model_name: str):
    if provider == "openai":
        return ProviderConfig.openai(api_key=key, model_name=model_name)
    if provider == "anthropic":
        return ProviderConfig.anthropic(api_key=key, model_name=model_name)
    return ProviderConfig.openrouter(api_key=key, model_name=model_name)


client = ModelRedClient(api_key=st.secrets["MODELRED_API_KEY"])

st.header("Register a model")
label = st.selectbox("Provider", list(PROVIDERS))
provider = PROVIDERS[label]
model_name = st.text_input("Provider model name", "gpt-4o-mini")
model_id = st.text_input("ModelRed model id", "support-bot-prod")
provider_key = st.text_input(f"{label} API key", type="password")

if st.button("Register") and provider_key:
    cfg = provider_config(provider, provider_key, model_name)
    logger.info("registering %s as %s via %s", model_name, model_id, provider)
    logger.debug("provider config %s", cfg)
    try:
        client.create_model(modelId=model_id, provider=provider, displayName=model_name, providerConfig=cfg)
    except ConflictError:
        st.warning(f"{model_id} already exists")
    except ValidationError as e:
        logger.info("validation error fields: %s", getattr(e, "status_code", None))
        st.error(str(e))
    except ModelRedError as e:
        logger.error("create_model failed: %s", e)
        st.error("Registration failed.")
    else:
        st.success(f"Registered {model_id}")
        st.session_state.setdefault("registered", []).append(model_id)

if st.session_state.get("registered"):
    st.write("Registered this session:", ", ".join(st.session_state["registered"]))
