"""Exhibition object list kept in Airtable; an LLM drafts wall labels from curator notes."""
import logging
import os

from pyairtable import Api
from openai import OpenAI

log = logging.getLogger("exhibition.labels")

BASE_ID = os.environ.get("AIRTABLE_BASE", "appExhibit2025")
TABLE = "Objects"
LABEL_WORDS = 80


def airtable() -> Api:
    pat = os.environ.get("AIRTABLE_PAT")
    if not pat:
        raise RuntimeError(f"no Airtable token for base {BASE_ID}; set AIRTABLE_PAT")
    if not pat.startswith("pat"):
        log.warning("AIRTABLE_PAT %s looks like a legacy API key", pat)
    log.info("Airtable token from AIRTABLE_PAT, %d chars", len(pat))
    return Api(pat)


def draft_label(llm: OpenAI, row: dict) -> str:
    f = row["fields"]
    prompt = (f"Write a {LABEL_WORDS}-word wall label. Object: {f.get('Title')}, {f.get('Date')}, "
              f"{f.get('Medium')}. Curator notes: {f.get('Notes', '')}")
    out = llm.chat.completions.create(model="gpt-4o", max_tokens=LABEL_WORDS * 3,
                                      messages=[{"role": "user", "content": prompt}])
    log.debug("label for %s: prompt_tokens=%d completion_tokens=%d", row["id"], out.usage.prompt_tokens, out.usage.completion_tokens)
    return out.choices[0].message.content.strip()


def main() -> None:
    api = airtable()
    table = api.table(BASE_ID, TABLE)
    llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    rows = table.all(formula="AND({Label}='', {Status}='Approved')")
    log.info("%d objects need labels in %s/%s", len(rows), BASE_ID, TABLE)
    for row in rows:
        table.update(row["id"], {"Label": draft_label(llm, row), "Status": "Draft label"})


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
