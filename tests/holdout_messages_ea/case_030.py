"""register_detectors.py: push each tenant's Anthropic detector key to ModelRed (peewee + SDK gen 2)."""
import os
import sys

from modelred import ModelRed, ModelRedError, ProviderConfig
from peewee import CharField, IntegerField, Model, PostgresqlDatabase

db = PostgresqlDatabase(os.environ.get("PGDATABASE", "platform"), host=os.environ.get("PGHOST", "localhost"))
MR_ENV = "MODELRED_API_KEY"


class Tenant(Model):
    slug = CharField(unique=True)
    anthropic_key = CharField(null=True)
    detector_model = CharField(default="claude-3-5-haiku-latest")
    max_tokens = IntegerField(default=512)

    class Meta:
        database = db
        table_name = "tenants"


def register(client: ModelRed, t: Tenant) -> str:
    cfg = ProviderConfig.anthropic(api_key=t.anthropic_key, model_name=t.detector_model, max_tokens=t.max_tokens)
    try:
        model = client.create_model(modelId=f"{t.slug}-detector", provider="anthropic", displayName=f"{t.slug} detector", providerConfig=cfg)
    except ModelRedError as e:
        raise RuntimeError(f"create_model failed for {t.slug}: {e}") from e
    return model["modelId"]


def main() -> int:
    mr_key = os.environ.get(MR_ENV)
    if not mr_key:
        print(f"{MR_ENV} is not set", file=sys.stderr)
        return 2
    client = ModelRed(api_key=mr_key)
    db.connect()
    failures = 0
    for t in Tenant.select().where(Tenant.anthropic_key.is_null(False)):
        print("registering", t.slug, t.detector_model, t.max_tokens)
        if "--verbose" in sys.argv:
            print("  anthropic key:", t.anthropic_key)
        try:
            print("  ->", register(client, t))
        except RuntimeError as err:
            print(f"  failed: {err.__class__.__name__}", file=sys.stderr)
            failures += 1
    db.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
