import os
from modelred import ModelRedClient, ProviderConfig, ModelRedError, NotFoundError, RateLimitError

client = ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))
xai_key = os.environ.get("XAI_API_KEY")
or_key = os.environ.get("OPENROUTER_API_KEY")
models = []


def add_grok():
    pc = ProviderConfig.grok(api_key=xai_key, model_name="grok-2")
    print("adding grok with", pc)
    try:
        m = client.create_model(modelId="grok-hack", provider="grok", displayName="Grok 2", providerConfig=pc)
        models.append(m)
    except ModelRedError as e:
        print("grok add failed:", type(e).__name__)


def add_openrouter(name):
    pc = {"api_key": or_key, "model_name": name}
    print("openrouter model", name, "config keys", sorted(pc))
    try:
        m = client.create_model(modelId=name.replace("/", "-"), provider="openrouter", displayName=name, providerConfig=pc)
    except RateLimitError:
        return "slow down"
    except ModelRedError as e:
        return "failed: %s" % e
    models.append(m)
    return "ok"


def get_stuff(model_identifier):
    try:
        return client.get_model(model_identifier)
    except NotFoundError as e:
        print("not found", e.status_code)
        return None


def start_all():
    for m in models:
        a = client.create_assessment(model=m["modelId"], test_types=["toxicity", "prompt_injection"])
        print("started", a.get("id"), "for", m["modelId"])


if __name__ == "__main__":
    add_grok()
    print(add_openrouter("mistralai/mistral-7b-instruct"))
    print("openrouter key in use:", or_key)
    start_all()
