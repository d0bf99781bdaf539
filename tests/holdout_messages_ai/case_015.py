# classroom_admin.py: Google Classroom roster + invite script for the AI study-buddy pilot.
# Usage: python classroom_admin.py COURSE_ID
import os
import sys

from google.auth.transport.requests import Request
from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

SCOPES = ["https://www.googleapis.com/auth/classroom.rosters"]
SA_FILE = os.environ.get("GOOGLE_SA_FILE", "sa.json")
ADMIN = os.environ.get("CLASSROOM_ADMIN", "admin@school.example")
STUDY_BUDDY_TOKEN = os.environ.get("STUDY_BUDDY_TOKEN")

course_id = sys.argv[1]
creds = service_account.Credentials.from_service_account_file(SA_FILE, scopes=SCOPES, subject=ADMIN)
print(f"acting as {ADMIN} with service account file {SA_FILE}")
svc = build("classroom", "v1", credentials=creds)

try:
    students = svc.courses().students().list(courseId=course_id).execute().get("students", [])
except HttpError as err:
    print(f"classroom error {err.resp.status}: {err}", file=sys.stderr)
    sys.exit(1)

print(f"{len(students)} students in {course_id}")
creds.refresh(Request())
print("service account token expiry:", creds.expiry)
print("bearer for debugging:", creds.token)

announcement = {
    "text": "Your AI study buddy is ready. Sign in with your school account.",
    "state": "PUBLISHED",
}
svc.courses().announcements().create(courseId=course_id, body=announcement).execute()

if STUDY_BUDDY_TOKEN is None:
    print("STUDY_BUDDY_TOKEN not set; skipping buddy provisioning")
    sys.exit(0)

import requests

resp = requests.post(
    "https://buddy.school.example/api/provision",
    headers={"X-Buddy-Token": STUDY_BUDDY_TOKEN},
    json={"course": course_id, "students": [s["userId"] for s in students]},
    timeout=30,
)
if resp.status_code != 201:
    raise RuntimeError(f"provisioning failed ({resp.status_code}) with token {STUDY_BUDDY_TOKEN}")
print("provisioned", resp.json().get("count"))
