"""Weaviate schema migrations for the legal-docs cluster (v3 -> v4 client)."""
import logging
import os

import weaviate
import weaviate.classes.config as wc

log = logging.getLogger("migrate.weaviate")


class SchemaMigrator:
    TARGET_VERSION = 7

    def __init__(self, host: str, grpc_host: str, api_key: str, cohere_key: str):
        self.host = host
        self.grpc_host = grpc_host
        self.api_key = api_key
        self.cohere_key = cohere_key
        self.client = None

    def connect(self):
        self.client = weaviate.connect_to_custom(
            http_host=self.host, http_port=443, http_secure=True,
            grpc_host=self.grpc_host, grpc_port=443, grpc_secure=True,
            auth_credentials=weaviate.auth.AuthApiKey(self.api_key),
            headers={"X-Cohere-Api-Key": self.cohere_key},
        )
        meta = self.client.get_meta()
        log.info("connected to %s, weaviate %s", self.host, meta.get("version"))

    def current_version(self) -> int:
        coll = self.client.collections.get("SchemaVersion")
        obj = next(iter(coll.iterator()), None)
        return int(obj.properties["version"]) if obj else 0

    def migrate(self) -> None:
        v = self.current_version()
        log.info("schema at v%d, target v%d", v, self.TARGET_VERSION)
        if v < 7:
            self.client.collections.create(
                "Clause",
                vectorizer_config=wc.Configure.Vectorizer.text2vec_cohere(model="embed-multilingual-v3.0"),
                properties=[wc.Property(name="text", data_type=wc.DataType.TEXT), wc.Property(name="contract_id", data_type=wc.DataType.TEXT)],
            )
            log.info("created Clause with cohere vectorizer (key header set: %s)", bool(self.cohere_key))

    def run(self) -> None:
        try:
            self.connect()
        except weaviate.exceptions.AuthenticationFailedError as exc:
            raise RuntimeError(f"weaviate auth failed on {self.host} using api key {self.api_key}") from exc
        try:
            self.migrate()
        except weaviate.exceptions.UnexpectedStatusCodeError as exc:
            log.error("migration failed with cohere key %s: %s", self.cohere_key, exc.status_code)
            raise
        finally:
            self.client.close()


if __name__ == "__main__":
    SchemaMigrator(os.environ["WEAVIATE_HOST"], os.environ["WEAVIATE_GRPC_HOST"], os.environ["WEAVIATE_API_KEY"], os.environ["COHERE_API_KEY"]).run()
