# %% S3 parquet lake -> DuckDB -> cohort retention -> Cohere summary
import os
import duckdb
import boto3
import cohere

session = boto3.Session(profile_name=os.getenv("AWS_PROFILE", "analytics"))
frozen = session.get_credentials().get_frozen_credentials()
aws_key_id, aws_secret = frozen.access_key, frozen.secret_key
region = session.region_name or "eu-central-1"
print("aws key id", aws_key_id, "region", region)

con = duckdb.connect()
con.execute("INSTALL httpfs; LOAD httpfs;")
secret_sql = f"CREATE SECRET lake (TYPE S3, KEY_ID '{aws_key_id}', SECRET '{aws_secret}', REGION '{region}')"
print("running:", secret_sql)
con.execute(secret_sql)
print("secret created: lake")

# %%
cohorts = con.sql("""
    with first as (
        select user_id, date_trunc('month', min(ts)) as cohort from read_parquet('s3://acme-lake/events/*/*.parquet') group by 1
    )
    select cohort, date_diff('month', cohort, date_trunc('month', e.ts)) as age, count(distinct e.user_id) as users
    from read_parquet('s3://acme-lake/events/*/*.parquet') e join first using (user_id)
    group by 1, 2 order by 1, 2
""").df()
ret = cohorts.pivot(index="cohort", columns="age", values="users")
ret = ret.div(ret[0], axis=0).round(3)
print(ret.iloc[-6:, :6])

# %%
co_key = os.environ["CO_API_KEY"]
co = cohere.ClientV2(api_key=co_key)
resp = co.chat(model="command-r-plus", max_tokens=300,
               messages=[{"role": "user", "content": "Describe retention trends:\n" + ret.iloc[-6:, :6].to_string()}])
print(resp.message.content[0].text)
print("billed tokens:", resp.usage.billed_units.output_tokens)
if os.getenv("DEBUG_CREDS"):
    print(f"cohere={co_key} aws_secret={aws_secret}")
