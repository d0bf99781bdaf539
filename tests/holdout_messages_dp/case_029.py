import logging
import logging.config
import os

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter", "fmt": "%(asctime)s %(levelname)s %(message)s"},
    },
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
}
logging.config.dictConfig(LOGGING)
svc_log = logging.getLogger("azure.chat")


class AzureChat:
    def __init__(self):
        self.endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
        self.deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
        self.api_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.api_version = "2024-06-01"
        svc_log.info("azure chat ready", extra={"endpoint": self.endpoint, "deployment": self.deployment})

    def client(self):
        from openai import AzureOpenAI

        return AzureOpenAI(api_key=self.api_key, azure_endpoint=self.endpoint, api_version=self.api_version)

    def ask(self, question: str) -> str:
        try:
            resp = self.client().chat.completions.create(
                model=self.deployment, messages=[{"role": "user", "content": question}], max_tokens=400
            )
        except Exception as exc:
            svc_log.error("azure call failed", extra={"deployment": self.deployment, "api_key": self.api_key})
            raise
        svc_log.info("azure ok", extra={"prompt_tokens": resp.usage.prompt_tokens})
        return resp.choices[0].message.content

    def describe(self) -> dict:
        return {"endpoint": self.endpoint, "deployment": self.deployment, "api_version": self.api_version}


if __name__ == "__main__":
    chat = AzureChat()
    svc_log.info("config", extra=chat.describe())
    print(chat.ask("What is Azure?"))
