"""LangChain Confluence loader wrapper with chunking for the ops runbook index."""
import os
import warnings
from typing import List

from langchain_community.document_loaders import ConfluenceLoader
from langchain_text_splitters import RecursiveCharacterTextSplitter
from langchain_core.documents import Document

CONFLUENCE_URL = os.getenv("CONFLUENCE_URL", "https://acme.atlassian.net/wiki")
SPACE_KEY = os.getenv("RUNBOOK_SPACE", "OPS")
TOKEN_SETTING = "CONFLUENCE_PAT"


def _loader() -> ConfluenceLoader:
    token = os.getenv(TOKEN_SETTING)
    if token is None:
        warnings.warn(f"{TOKEN_SETTING} is not set; falling back to anonymous access")
        return ConfluenceLoader(url=CONFLUENCE_URL, space_key=SPACE_KEY, limit=50)
    if not token.startswith(("ATATT", "NjU", "MDc")):
        warnings.warn(f"{TOKEN_SETTING} looks malformed: {token}")
    return ConfluenceLoader(url=CONFLUENCE_URL, token=token, space_key=SPACE_KEY, limit=50)


def load_runbooks(max_pages: int = 500) -> List[Document]:
    docs = _loader().load(max_pages=max_pages)
    splitter = RecursiveCharacterTextSplitter(chunk_size=1200, chunk_overlap=150)
    chunks = splitter.split_documents(docs)
    for c in chunks:
        c.metadata["space"] = SPACE_KEY
        c.metadata.setdefault("title", "untitled")
    warnings.warn(f"loaded {len(docs)} pages / {len(chunks)} chunks from {SPACE_KEY}")
    return chunks


def dedupe(chunks: List[Document]) -> List[Document]:
    seen, out = set(), []
    for c in chunks:
        cache_key = (c.metadata.get("id"), hash(c.page_content))
        if cache_key in seen:
            continue
        seen.add(cache_key)
        out.append(c)
    print(f"dedupe kept {len(out)} chunks; last cache_key {cache_key}")
    return out


if __name__ == "__main__":
    for doc in dedupe(load_runbooks(50))[:3]:
        print(doc.metadata["title"], len(doc.page_content))
