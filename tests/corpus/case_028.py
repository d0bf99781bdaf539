"""Provider matrix for the quarterly benchmark (ModelRed SDK 0.1.3x)."""
import os

from modelred import ModelProvider, ModelRed, ProviderConfig

MATRIX = {
    "openrouter-llama": (
        ModelProvider.OPENROUTER,
        ProviderConfig.openrouter(
            api_key="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",
            model_name="meta-llama/llama-3.1-8b-instruct",
        ),
    ),
    "grok-beta": (ModelProvider.GROK, ProviderConfig.grok(api_key="xai-8rrfYAp8VLwvN5qgqTJYEdJQPofF8SLsq8RL6tC7nRHflIaM6fKbgJiTXFqADsBU4NYN96bfAE5kCUaq")),
    "gemini-pro": (
        ModelProvider.GOOGLE,
        ProviderConfig.google(model_name="gemini-1.5-pro", api_key="AIzaaO-NV1L7aUXJe3N3UkNlYsCBnV-OPHXUiSm"),
    ),
    "zephyr": (
        ModelProvider.HUGGINGFACE,
        ProviderConfig.huggingface("HuggingFaceH4/zephyr-7b-beta", api_key="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"),
    ),
    "internal-rest": (
        ModelProvider.REST,
        ProviderConfig.rest(
            uri="https://llm.internal.example.com/generate",
            api_key="your-key",
            headers={"Content-Type": "application/json"},
            req_template_json_object={"prompt": "$INPUT", "max_tokens": 100},
        ),
    ),
    "claude-bedrock": (
        ModelProvider.BEDROCK,
        ProviderConfig.bedrock(
            region="us-east-1",
            model_id="anthropic.claude-v2",
            access_key_id="AKIAIOSFODNN7EXAMPLE",
            secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            session_token="IQoJb3JpZ2luX2VjYxTAU2+OyIPQaxDJJour9J58T8iINCKoDA5ZBGiTsj97ryB1z19trKsPAYjDPCPz0evaaHU5qlSnkRv754JTG0zggs3u7Jk0/NsT7N2ZAiJHzlvEZ++yiI1ACo53bjGH7xaOkhxs0gAieBba0rAsiltKQ8qiel5qAd3CkMdjDsviQqaFWJMxIWy7snf4V/qkaIeabtADJFcOJNTeu/RcpYqQh2f/XIrn79ms15VjOfWTzdck2kBAjoGoIbDmVDi4faBWVFLZRtmZYvgct+vSU7pR",
            max_tokens=2048,
        ),
    ),
}


def register_matrix(client: ModelRed) -> None:
    for model_id, (provider, cfg) in MATRIX.items():
        client.create_model(
            modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg
        )
    client.create_model(
        modelId="gpt-4o-direct",
        provider=ModelProvider.OPENAI,
        displayName="GPT-4o (raw config)",
        providerConfig={"api_key": "<your-api-key>", "model_name": "gpt-4o"},
    )


if __name__ == "__main__":
    register_matrix(ModelRed(api_key=os.environ["MODELRED_API_KEY"]))
