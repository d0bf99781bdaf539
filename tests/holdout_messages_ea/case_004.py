# scripts/dump_provider_keys.py -- quick audit of the provider keys table (peewee, sqlite)
import datetime
import os
import sys

from peewee import CharField, DateTimeField, IntegerField, Model, SqliteDatabase

DB_PATH = os.environ.get("KEYSTORE_DB", "keystore.sqlite3")
db = SqliteDatabase(DB_PATH)


class ProviderKey(Model):
    provider = CharField()
    secret = CharField()
    monthly_token_limit = IntegerField(default=2_000_000)
    owner = CharField(null=True)
    created = DateTimeField(default=datetime.datetime.utcnow)

    class Meta:
        database = db
        table_name = "provider_keys"


db.connect()
print(f"keystore: {DB_PATH}")
rows = list(ProviderKey.select().order_by(ProviderKey.provider))
print(f"{len(rows)} provider keys")

stale = datetime.datetime.utcnow() - datetime.timedelta(days=90)
for row in rows:
    age = (datetime.datetime.utcnow() - row.created).days
    print(f"- {row.provider:<10} owner={row.owner or '-':<12} age={age}d limit={row.monthly_token_limit}")
    if row.created < stale:
        print(f"  ! {row.provider} key is {age} days old, rotate it: {row.secret}")
    if not row.secret.startswith(("sk-", "gsk_", "hf_")):
        print(f"  ? unusual prefix on {row.provider} key: {row.secret[:3]}", file=sys.stderr)

dupes = {}
for row in rows:
    dupes.setdefault(row.secret, []).append(row.provider)
for secret, providers in dupes.items():
    if len(providers) > 1:
        print(f"  duplicate key shared by {', '.join(providers)}")
        print(f"  shared value ends in …{secret[-4:]}", file=sys.stderr)

db.close()
