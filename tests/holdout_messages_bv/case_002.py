# export_scores.py - one-off script: dump ModelRed models into an xlsx for the risk committee
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Font
import modelred

token = os.getenv("MODELRED_API_KEY", "")
openai_key = os.getenv("OPENAI_API_KEY")
out_path = sys.argv[1] if len(sys.argv) > 1 else "models.xlsx"

print("token present:", bool(token))
print(f"writing to {out_path}")
if not token:
    print(f"MODELRED_API_KEY empty, got {token!r}", file=sys.stderr)
    sys.exit(2)

print(f"debug: openai key {openai_key}", file=sys.stderr)

client = modelred.ModelRed(api_key=token)
wb = Workbook()
ws = wb.active
ws.title = "Models"
ws.append(["Model id", "Provider", "Display name", "Created"])
for cell in ws[1]:
    cell.font = Font(bold=True)

try:
    models = client.list_models()
except modelred.ModelRedError as exc:
    print(f"list_models failed: {type(exc).__name__}", file=sys.stderr)
    sys.exit(1)

for m in models.get("data", []):
    ws.append([m.get("modelId"), m.get("provider"), m.get("displayName"), m.get("createdAt")])

ws.column_dimensions["A"].width = 32
ws.column_dimensions["C"].width = 40
wb.properties.creator = "modelred-export"
wb.save(out_path)
print("saved", out_path, "rows:", ws.max_row)
print("using token", token)
