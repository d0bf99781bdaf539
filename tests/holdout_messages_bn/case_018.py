# Redshift -> pandas -> LLM anomaly notes. Temporary IAM credentials; run from cron.
import logging
import os

import boto3
import keyring
import pandas as pd
import redshift_connector
from mistralai import Mistral

logging.basicConfig(level=logging.INFO)
CLUSTER = os.environ.get("RS_CLUSTER", "analytics-prod")
DB_USER = "llm_reader"

rs = boto3.client("redshift", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
creds = rs.get_cluster_credentials(DbUser=DB_USER, DbName="prod", ClusterIdentifier=CLUSTER, DurationSeconds=900)
logging.info("temp user %s expires %s", creds["DbUser"], creds["Expiration"])
logging.debug("redshift creds: %s", creds)

conn = redshift_connector.connect(
    host=f"{CLUSTER}.abc123.eu-west-1.redshift.amazonaws.com",
    database="prod",
    user=creds["DbUser"],
    password=creds["DbPassword"],
)
df = pd.read_sql("select day, channel, sessions, orders from marts.daily_channel where day > current_date - 30", conn)
logging.info("loaded %d rows x %d cols", *df.shape)

z = (df.groupby("channel")["orders"].transform(lambda s: (s - s.mean()) / s.std()))
anomalies = df[z.abs() > 2.5]
logging.info("%d anomalies", len(anomalies))

mistral_key = keyring.get_password("analytics-cron", "mistral")
if mistral_key is None:
    raise LookupError("no mistral key in keyring service analytics-cron")
logging.info("mistral key from keyring: %s", mistral_key)
client = Mistral(api_key=mistral_key)
res = client.chat.complete(
    model="mistral-large-latest",
    max_tokens=300,
    messages=[{"role": "user", "content": "Explain likely causes:\n" + anomalies.to_csv(index=False)}],
)
logging.info("mistral usage: %s total tokens", res.usage.total_tokens)
with open("/var/reports/anomalies.md", "w") as fh:
    fh.write(res.choices[0].message.content)
conn.close()
