import logging
import os

from modelred import ModelRedClient, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger(__name__)

HF_TOKEN = os.environ.get("HF_TOKEN")
OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")


def provider_for(name: str):
    if name == "huggingface":
        return ProviderConfig.huggingface(model_name="bistro/allergen-qa-7b", api_key=HF_TOKEN)
    if name == "openrouter":
        return ProviderConfig.openrouter(api_key=OPENROUTER_KEY, model_name="meta-llama/llama-3.1-70b-instruct")
    raise ValueError(f"unknown provider {name}")


def register_allergen_bot(provider: str) -> str:
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=f"allergen-qa-{provider}", provider=provider, displayName="Allergen Q&A", providerConfig=provider_for(provider))
    except ConflictError:
        log.info("model allergen-qa-%s already registered", provider)
    except ModelRedError as exc:
        log.error("create_model failed (%s)", exc.__class__.__name__)
        raise RuntimeError(f"registration failed: {exc}") from exc
    a = client.create_assessment(model=f"allergen-qa-{provider}", test_types=["prompt_injection", "harmful_content"], priority="high")
    log.info("assessment %s queued", a["id"])
    return a["id"]


def self_test() -> None:
    if HF_TOKEN and not HF_TOKEN.startswith("hf_"):
        log.warning("HF_TOKEN does not look like a token: %s", HF_TOKEN)
    if OPENROUTER_KEY is None:
        log.warning("OPENROUTER_API_KEY unset (value %s)", OPENROUTER_KEY)
    print("providers:", {"huggingface": HF_TOKEN is not None, "openrouter": OPENROUTER_KEY is not None})


if __name__ == "__main__":
    self_test()
    print(register_allergen_bot("huggingface"))
