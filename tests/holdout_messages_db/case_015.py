"""One-off: import provider keys for customers from a CSV export (run with manage.py shell < this)."""
import csv
import sys

from customers.models import Customer, ProviderKey

path = sys.argv[-1] if sys.argv[-1].endswith(".csv") else "keys_export.csv"
created = skipped = 0
VALID_PROVIDERS = {"openai", "anthropic", "openrouter", "groq"}
dry_run = "--dry-run" in sys.argv
print(f"reading {path} (dry_run={dry_run})")

with open(path, newline="") as fh:
    reader = csv.DictReader(fh)
    print("columns:", reader.fieldnames)
    for row in reader:
        try:
            customer = Customer.objects.get(external_id=row["customer_id"])
        except Customer.DoesNotExist:
            print("no customer for row", row)
            skipped += 1
            continue
        provider = (row.get("provider") or "openai").lower()
        if provider not in VALID_PROVIDERS:
            print(f"unknown provider {provider!r} for {customer.external_id}")
            skipped += 1
            continue
        key = row["api_key"].strip()
        if not key:
            print(f"empty key for {customer.external_id}: {key!r}")
            skipped += 1
            continue
        if dry_run:
            created += 1
            continue
        obj, made = ProviderKey.objects.update_or_create(
            customer=customer, provider=provider, defaults={"api_key": key}
        )
        created += int(made)
        print(f"{customer.external_id}: {obj.provider} key ...{key[-4:]}")

print(f"imported {created}, skipped {skipped}")
if skipped and "--verbose" in sys.argv:
    for pk in ProviderKey.objects.filter(customer__isnull=True):
        print("orphan key", pk.api_key, file=sys.stderr)
