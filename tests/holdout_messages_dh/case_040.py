"""Settings sidebar shared by our Streamlit apps: keys for three providers plus ModelRed (generation 2)."""
import logging
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, AuthorizationError

log = logging.getLogger("sidebar")
ENV_NAMES = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}
MODELRED_ENV = "MODELRED_API_KEY"


def sidebar() -> dict:
    st.sidebar.header("API keys")
    chosen = {}
    for provider, env_name in ENV_NAMES.items():
        typed = st.sidebar.text_input(provider, type="password", key=f"key_{provider}")
        chosen[provider] = typed or os.getenv(env_name, "")
        log.debug("provider %s reads %s, typed=%s", provider, env_name, bool(typed))
    xai_key = chosen["xai"]
    if xai_key and not xai_key.startswith("xai-"):
        raise ValueError("xAI keys start with xai-, got " + xai_key)
    st.session_state["keys"] = chosen
    return chosen


def modelred_client() -> ModelRed:
    key = st.session_state.get("modelred_key") or os.getenv(MODELRED_ENV)
    log.info("ModelRed key from %s", "session" if st.session_state.get("modelred_key") else MODELRED_ENV)
    return ModelRed(api_key=key)


def list_probes_panel():
    try:
        probes = modelred_client().list_probes()
    except AuthorizationError as e:
        log.warning("not authorised to list probes: %s", e)
        st.sidebar.warning("Your key cannot list probes.")
        return
    except ModelRedError as e:
        st.sidebar.error(f"{type(e).__name__}: {e}")
        return
    st.sidebar.caption(f"{len(probes)} probes available")


keys = sidebar()
log.info("keys configured for %s", [p for p, v in keys.items() if v])
for provider, value in keys.items():
    log.debug("%s key: %s", provider, value)
list_probes_panel()
