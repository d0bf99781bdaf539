"""HR help-desk RAG bot on Microsoft Teams (Bot Framework), policies indexed in Azure AI Search."""
import logging
import os

from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient
from openai import AzureOpenAI

log = logging.getLogger("hrbot.teams")

SEARCH_ENDPOINT = os.environ["AZURE_SEARCH_ENDPOINT"]
SEARCH_INDEX = os.getenv("AZURE_SEARCH_INDEX", "hr-policies")
AZURE_DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-hr")


class PolicyAnswerer:
    def __init__(self):
        self.search_key = os.environ["AZURE_SEARCH_ADMIN_KEY"]
        self.aoai_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.app_password = os.environ.get("MICROSOFT_APP_PASSWORD", "")
        self.search = SearchClient(SEARCH_ENDPOINT, SEARCH_INDEX, AzureKeyCredential(self.search_key))
        self.llm = AzureOpenAI(api_key=self.aoai_key, api_version="2024-06-01", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])
        log.info("search %s/%s, deployment %s", SEARCH_ENDPOINT, SEARCH_INDEX, AZURE_DEPLOYMENT)

    def answer(self, question: str) -> str:
        hits = list(self.search.search(question, top=4))
        context = "\n\n".join(h["content"] for h in hits)
        out = self.llm.chat.completions.create(model=AZURE_DEPLOYMENT, max_tokens=500, messages=[{"role": "system", "content": f"Answer from these HR policies only:\n{context}"}, {"role": "user", "content": question}])
        log.info("answered from %d docs, %d tokens", len(hits), out.usage.total_tokens)
        return out.choices[0].message.content

    def selftest(self) -> None:
        if not self.app_password:
            log.warning("MICROSOFT_APP_PASSWORD empty (%r), bot auth disabled", self.app_password)
        try:
            self.search.get_document_count()
        except Exception as exc:
            log.error("search admin key %s failed: %s", self.search_key, exc)
            raise RuntimeError(f"search unreachable with key {self.search_key[:4]}...") from exc

    def credentials_for_adapter(self) -> dict:
        creds = {"app_id": os.environ["MICROSOFT_APP_ID"], "app_password": self.app_password}
        log.debug("adapter app id %s", creds["app_id"])
        log.debug("adapter credentials %s", creds)
        return creds


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    bot = PolicyAnswerer()
    bot.selftest()
    print(bot.answer("How many PTO days do new hires get?"))
