"""Quick local run against the dev stack (docker compose up first)."""
from modelred import ModelProvider, ModelRed, ProviderConfig, progress_tracker


def main():
    key = "mr_local_dev"
    openai_key = "sk-..."
    with ModelRed(api_key=key) as client:
        client.create_model(
            modelId="dev-gpt",
            provider=ModelProvider.OPENAI,
            displayName="dev gpt",
            providerConfig=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini"),
        )
        a = client.create_assessment(model="dev-gpt", test_types=["role_swap", "hypothetical_probe"])
        done = client.wait_for_completion(
            a.id, timeout_minutes=10, poll_interval=5, progress_callback=progress_tracker
        )
        print(done.status, done.results)


if __name__ == "__main__":
    main()
