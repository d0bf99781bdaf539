"""Mine PubMed abstracts for gene-disease claims with an LLM extractor."""
import logging
import os
import time

from Bio import Entrez
from anthropic import Anthropic

logger = logging.getLogger(__name__)

Entrez.email = os.environ.get("NCBI_EMAIL", "pipeline@lab.example.org")
Entrez.api_key = os.environ.get("NCBI_API_KEY")
Entrez.tool = "claimminer"

EXTRACT_MAX_TOKENS = 1024


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    logger.info("Entrez email=%s tool=%s", Entrez.email, Entrez.tool)
    logger.debug("Entrez api_key=%s", Entrez.api_key)
    logger.info("Entrez rate: %s req/s", 10 if Entrez.api_key else 3)


def search(term: str, retmax: int = 200) -> list[str]:
    with Entrez.esearch(db="pubmed", term=term, retmax=retmax) as handle:
        record = Entrez.read(handle)
    logger.info("query %r -> %s hits", term, record["Count"])
    return list(record["IdList"])


def fetch_abstracts(pmids: list[str]) -> str:
    with Entrez.efetch(db="pubmed", id=",".join(pmids), rettype="abstract", retmode="text") as handle:
        return handle.read()


def extract_claims(text: str, anthropic_key: str) -> str:
    client = Anthropic(api_key=anthropic_key)
    try:
        msg = client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=EXTRACT_MAX_TOKENS,
            messages=[{"role": "user", "content": f"List gene-disease claims as TSV:\n{text}"}],
        )
    except Exception as exc:
        logger.error("extraction failed with key %s: %s", anthropic_key, exc)
        raise
    logger.info("extractor used %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def run(term: str) -> str:
    pmids = search(term)
    out = []
    for start in range(0, len(pmids), 50):
        out.append(extract_claims(fetch_abstracts(pmids[start:start + 50]), os.environ["ANTHROPIC_API_KEY"]))
        time.sleep(0.2)
    return "\n".join(out)
