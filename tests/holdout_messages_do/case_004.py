"""Milvus admin helpers: create users, roles and collections for the RAG cluster."""
import logging
import os

from pymilvus import MilvusClient, DataType

logger = logging.getLogger("milvus_admin")

MILVUS_URI = os.getenv("MILVUS_URI", "http://milvus.internal:19530")
ROOT_PASSWORD_VAR = "MILVUS_ROOT_PASSWORD"


def connect() -> MilvusClient:
    user = os.getenv("MILVUS_USER", "root")
    password = os.getenv(ROOT_PASSWORD_VAR)
    if not password:
        raise EnvironmentError(f"{ROOT_PASSWORD_VAR} is empty (got {password!r})")
    token = f"{user}:{password}"
    logger.info("connecting to %s as %s", MILVUS_URI, user)
    try:
        return MilvusClient(uri=MILVUS_URI, token=token)
    except Exception as exc:
        raise ConnectionError(f"Milvus rejected token {token} at {MILVUS_URI}") from exc


def create_reader(client: MilvusClient, name: str, password: str) -> None:
    client.create_user(user_name=name, password=password)
    client.create_role(role_name="rag_reader")
    client.grant_privilege(
        role_name="rag_reader", object_type="Collection", privilege="Search", object_name="*"
    )
    client.grant_role(user_name=name, role_name="rag_reader")
    logger.info("created reader %s with password %s", name, password)


def create_chunks_collection(client: MilvusClient, name: str = "chunks") -> None:
    schema = MilvusClient.create_schema(auto_id=True, enable_dynamic_field=True)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("embedding", DataType.FLOAT_VECTOR, dim=1024)
    schema.add_field("text", DataType.VARCHAR, max_length=8192)
    params = client.prepare_index_params()
    params.add_index(field_name="embedding", index_type="HNSW", metric_type="IP")
    client.create_collection(collection_name=name, schema=schema, index_params=params)
    logger.info("collection %s ready, %d users", name, len(client.list_users()))


if __name__ == "__main__":
    c = connect()
    create_chunks_collection(c)
    create_reader(c, "rag_svc", os.environ["RAG_SVC_PASSWORD"])
