# freight invoice audit: compare carrier invoices with contracted rates, flag anomalies with Claude
# run from a notebook export: top-level code, no main()
import os

import boto3
import pandas as pd
from anthropic import Anthropic

bucket = os.environ.get("INVOICE_BUCKET", "freight-invoices-prod")
aws_access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
claude_max_tokens = 700

print("bucket:", bucket, "access key id:", aws_access_key_id)
print("aws secret key:", aws_secret_access_key)
print("secret key length:", len(aws_secret_access_key))

s3 = boto3.client("s3", aws_access_key_id=aws_access_key_id, aws_secret_access_key=aws_secret_access_key)
obj = s3.get_object(Bucket=bucket, Key="2026/05/invoices.csv")
invoices = pd.read_csv(obj["Body"])
rates = pd.read_csv("contract_rates.csv")

merged = invoices.merge(rates, on=["carrier", "lane"], how="left")
merged["delta"] = merged["amount"] - merged["contract_amount"]
suspect = merged[merged["delta"].abs() > 0.05 * merged["contract_amount"]]
print(f"{len(suspect)} suspect invoices of {len(merged)}")

client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
notes = []
for _, row in suspect.head(20).iterrows():
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=claude_max_tokens,
        messages=[{"role": "user", "content": f"Explain a {row['delta']:.2f} EUR overcharge on lane {row['lane']} by {row['carrier']}"}],
    )
    notes.append(msg.content[0].text)
    print(row["invoice_id"], "tokens:", msg.usage.input_tokens + msg.usage.output_tokens)

suspect = suspect.head(20).assign(note=notes)
suspect.to_csv("suspect_invoices.csv", index=False)
print("max_tokens per note:", claude_max_tokens)
print("wrote suspect_invoices.csv")
