"""LlamaIndex query engine over the docs folder, with Azure OpenAI behind Entra ID."""
import logging
import os

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.azure_openai import AzureOpenAI

logger = logging.getLogger("docs_qa")

AZURE_SCOPE = "https://cognitiveservices.azure.com/.default"


def configure() -> None:
    credential = DefaultAzureCredential()
    token_provider = get_bearer_token_provider(credential, AZURE_SCOPE)
    token = token_provider()
    logger.debug("acquired Entra token %s for scope %s", token, AZURE_SCOPE)
    logger.info("token provider ready for %s (credential %s)", AZURE_SCOPE, type(credential).__name__)
    Settings.llm = AzureOpenAI(engine="gpt-4o", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], azure_ad_token_provider=token_provider, api_version="2024-06-01")
    embed_key = os.environ.get("OPENAI_EMBED_KEY")
    if embed_key is None or len(embed_key) < 20:
        raise RuntimeError(f"OPENAI_EMBED_KEY looks wrong: {embed_key}")
    Settings.embed_model = OpenAIEmbedding(model="text-embedding-3-small", api_key=embed_key)
    Settings.chunk_size = 512
    logger.info("chunk_size=%d, num_output tokens=%s", Settings.chunk_size, Settings.num_output)


def build_index(path: str = "docs/") -> VectorStoreIndex:
    configure()
    documents = SimpleDirectoryReader(path).load_data()
    logger.info("loaded %d documents from %s", len(documents), path)
    index = VectorStoreIndex.from_documents(documents)
    logger.info("index id %s", index.index_id)
    return index


def ask(index: VectorStoreIndex, question: str) -> str:
    response = index.as_query_engine(similarity_top_k=4).query(question)
    for node in response.source_nodes:
        logger.debug("source %s score=%.3f", node.node.node_id, node.score or 0.0)
    return str(response)
