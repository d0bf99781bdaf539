"""Privilege log drafting with Azure OpenAI."""
import logging
import os

from openai import AzureOpenAI

logger = logging.getLogger("privlog")


def make_client() -> AzureOpenAI:
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    api_key = os.environ["AZURE_OPENAI_API_KEY"]
    deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-legal")
    logger.info("Azure OpenAI endpoint=%s deployment=%s", endpoint, deployment)
    if len(api_key) != 32:
        logger.warning("Azure key %s has unexpected length %d", api_key, len(api_key))
    return AzureOpenAI(azure_endpoint=endpoint, api_key=api_key, api_version="2024-06-01")


PRIV_PROMPT = """You draft privilege log entries. For the document below give: date, author,
recipients, privilege basis (attorney-client / work product) and a neutral description that
does not reveal privileged content."""


def draft_entry(client: AzureOpenAI, doc: dict) -> dict:
    resp = client.chat.completions.create(
        model=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-legal"),
        max_tokens=400,
        temperature=0,
        messages=[{"role": "system", "content": PRIV_PROMPT},
                  {"role": "user", "content": doc["body"][:15000]}],
    )
    u = resp.usage
    logger.debug("doc %s prompt_tokens=%d completion_tokens=%d", doc["bates"], u.prompt_tokens, u.completion_tokens)
    return {"bates": doc["bates"], "entry": resp.choices[0].message.content}


def build_log(docs: list[dict]) -> list[dict]:
    client = make_client()
    entries = []
    for d in docs:
        try:
            entries.append(draft_entry(client, d))
        except Exception as exc:
            logger.error("failed on %s: %s", d.get("bates"), exc)
    return entries


def export_csv(entries: list[dict], path: str) -> None:
    import csv
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["bates", "entry"])
        w.writeheader()
        w.writerows(entries)
    logger.info("wrote %d privilege log entries to %s", len(entries), path)
