import os
import logging
import warnings

import anthropic
from modelred import ModelRed, ProviderConfig, ValidationError, ModelRedError

logger = logging.getLogger(__name__)

ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"
anthropic_key = os.environ.get(ANTHROPIC_KEY_VAR)
if not anthropic_key:
    raise RuntimeError(f"{ANTHROPIC_KEY_VAR} must be set, got {anthropic_key!r}")

client = anthropic.Anthropic(api_key=anthropic_key)
NUTRITION_PROMPT = "Estimate calories, protein, carbs and fat for this meal. Reply as JSON."


def log_meal(user_id: str, description: str) -> dict:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=NUTRITION_PROMPT,
        messages=[{"role": "user", "content": description}],
    )
    logger.info("meal parsed for %s in/out tokens %d/%d", user_id, msg.usage.input_tokens, msg.usage.output_tokens)
    return {"user": user_id, "estimate": msg.content[0].text}


def register_nutrition_model():
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    config = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-haiku-latest")
    logger.debug("registering nutrition model with provider config %s", config)
    try:
        return mr.create_model(modelId="nutrition-estimator", provider="anthropic", displayName="Nutrition estimator", providerConfig=config)
    except ValidationError as e:
        logger.error("model registration rejected: %s", e)
        raise
    except ModelRedError as e:
        raise RuntimeError(f"ModelRed registration failed: {e}") from e


def check_key_shape():
    if not anthropic_key.startswith("sk-ant-"):
        warnings.warn(f"ANTHROPIC_API_KEY looks wrong: {anthropic_key}")
    else:
        warnings.warn(f"using Anthropic key ending {anthropic_key[-4:]}")


if __name__ == "__main__":
    check_key_shape()
    print(log_meal("u-42", "two eggs, toast with butter, black coffee"))
