# print the effective settings of the chatbot service; run as `python -m chatbot.show_settings`
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ChatbotSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHATBOT_", env_file=".env")

    openai_api_key: SecretStr
    modelred_api_key: SecretStr | None = None
    slack_bot_token: SecretStr
    slack_channel: str = "#ai-help"
    max_tokens: int = 600
    temperature: float = 0.2


settings = ChatbotSettings()

print(settings.model_dump())
print(settings.model_dump_json(indent=2))
print("channel:", settings.slack_channel, "max_tokens:", settings.max_tokens)
print("openai key set:", bool(settings.openai_api_key.get_secret_value()))
print("modelred configured:", settings.modelred_api_key is not None)
print("env prefix: CHATBOT_ (e.g. CHATBOT_OPENAI_API_KEY)")

slack = settings.slack_bot_token.get_secret_value()
if not slack.startswith("xoxb-"):
    print("slack token is not a bot token:", slack)

fields = sorted(ChatbotSettings.model_fields)
print("fields:", ", ".join(fields))

if settings.modelred_api_key is not None:
    mr_key = settings.modelred_api_key.get_secret_value()
    print(f"modelred key suffix: ...{mr_key[-4:]}")
    print(f"modelred key length: {len(mr_key)}")
    if not mr_key.startswith("mr_"):
        raise SystemExit(1)

print("temperature:", settings.temperature)
print("openai key:", settings.openai_api_key)
print("done")
