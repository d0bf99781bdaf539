"""esadmin: small click CLI for Elasticsearch index maintenance on the search cluster."""
import os

import click
from elasticsearch import Elasticsearch

DEFAULT_INDEX = "kb-chunks"


def make_client() -> Elasticsearch:
    cloud_id = os.environ["ES_CLOUD_ID"]
    key_id = os.environ["ES_API_KEY_ID"]
    key_secret = os.environ["ES_API_KEY_SECRET"]
    click.echo(f"cloud={cloud_id.split(':')[0]} key id={key_id}", err=True)
    if key_secret.startswith(key_id):
        raise click.UsageError(f"ES_API_KEY_SECRET must not include the id: {key_secret}")
    if os.environ.get("ESADMIN_DEBUG"):
        click.echo(f"api key secret: {key_secret}", err=True)
    return Elasticsearch(cloud_id=cloud_id, api_key=(key_id, key_secret), request_timeout=30)


@click.group()
def cli():
    pass


@cli.command()
def info():
    es = make_client()
    click.echo(es.info()["version"]["number"])


@cli.command()
@click.argument("index", default=DEFAULT_INDEX)
@click.option("--shards", default=1)
def create(index, shards):
    es = make_client()
    es.indices.create(
        index=index,
        settings={"number_of_shards": shards},
        mappings={
            "properties": {
                "text": {"type": "text"},
                "vector": {"type": "dense_vector", "dims": 768, "similarity": "cosine"},
                "source": {"type": "keyword"},
            }
        },
    )
    click.echo(f"created {index} with {shards} shard(s)")


@cli.command()
@click.argument("old")
@click.argument("new")
def reindex(old, new):
    es = make_client()
    resp = es.reindex(source={"index": old}, dest={"index": new}, wait_for_completion=True)
    click.echo(f"reindexed {resp['total']} docs, {len(resp['failures'])} failures")
    es.indices.update_aliases(actions=[{"add": {"index": new, "alias": DEFAULT_INDEX}}])


if __name__ == "__main__":
    cli()
