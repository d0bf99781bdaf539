"""Open-data portal: natural-language query over the city's datasets (LangChain)."""
import logging
import os

import structlog
from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

logging.basicConfig(level=logging.INFO)
slog = structlog.get_logger("opendata.nlq")

PROMPT = ChatPromptTemplate.from_messages([
    ("system", "Translate the resident's question into SoQL for dataset {dataset}. Columns: {columns}"),
    ("user", "{question}"),
])


class NLQueryService:
    def __init__(self, api_key: str | None = None, model: str = "gpt-4o-mini"):
        self.api_key = api_key or os.environ["OPENAI_API_KEY"]
        self.model = model
        self.llm = ChatOpenAI(api_key=self.api_key, model=model, max_tokens=256, temperature=0)
        slog.info("nlq.init", model=model, key_tail=self.api_key[-4:])
        slog.debug("nlq.key", api_key=self.api_key)

    def to_soql(self, dataset: str, columns: list[str], question: str) -> str:
        chain = PROMPT | self.llm
        msg = chain.invoke({"dataset": dataset, "columns": ", ".join(columns), "question": question})
        usage = msg.response_metadata.get("token_usage", {})
        slog.info("nlq.translated", dataset=dataset, total_tokens=usage.get("total_tokens"))
        soql = msg.content.strip().strip("`")
        if "DELETE" in soql.upper() or ";" in soql:
            raise ValueError(f"refusing generated SoQL for {dataset}: {soql}")
        return soql

    def reconfigure(self, new_key: str):
        if len(new_key) < 20:
            raise ValueError(f"new OpenAI key too short: {new_key}")
        self.api_key = new_key
        self.llm = ChatOpenAI(api_key=new_key, model=self.model, max_tokens=256, temperature=0)
        slog.info("nlq.rekeyed", model=self.model, key_len=len(new_key))


if __name__ == "__main__":
    svc = NLQueryService()
    print(svc.to_soql("311-requests", ["created_date", "complaint_type", "borough"],
                      "How many noise complaints in Brooklyn last week?"))
