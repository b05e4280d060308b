#!/usr/bin/env python3
"""Fills a migrated Sahifa SQLite file with N published articles (and comments, when the
comments table exists) in a few batched transactions: the fast path the benchmark needs,
not the API one article at a time.

Columns are read from the schema, so a column added later gets a neutral value (0, '' or
the row's time) instead of breaking the seed."""
import random
import sqlite3
import sys
from datetime import datetime, timedelta

path, count = sys.argv[1], int(sys.argv[2])
comments_per_article = int(sys.argv[3]) if len(sys.argv) > 3 else 3
random.seed(10)

WORDS = ("الحكومة المدينة السوق المياه الطاقة المدارس الطرق المستشفى الوزارة المجلس الأهالي "
         "الشباب الاقتصاد الزراعة المحافظة الجامعة المطار الميناء الكهرباء الصحة التعليم "
         "أعلنت قالت أكدت افتتحت ناقشت استقبلت شهدت بدأت أنهت وقّعت").split()
SECTIONS = ["سياسة", "اقتصاد", "ثقافة", "رياضة", "محليات", "صحة", "تعليم", "علوم"]
TAGS = [f"وسم-{i}" for i in range(200)]
START = datetime(2020, 1, 1)

db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=OFF")


def columns(table):
    return [(r[1], r[2].upper(), r[3], r[4], r[5]) for r in db.execute(f'PRAGMA table_info("{table}")')]


def insert(table, rows, known):
    """rows: list of dicts of known values; other NOT NULL columns get neutral values."""
    cols = [c for c in columns(table) if not (c[4] and c[0] == "Id")]
    names = [c[0] for c in cols]
    def neutral(col, row):
        name, kind, notnull, default, _ = col
        if name in row:
            return row[name]
        if not notnull or default is not None:
            return None if not notnull else default
        if "INT" in kind:
            return 0
        if name.endswith("At"):
            return row.get("_at", "2020-01-01 00:00:00")
        return ""
    sql = f'INSERT INTO "{table}" ({",".join(chr(34) + n + chr(34) for n in names)}) VALUES ({",".join("?" * len(names))})'
    db.executemany(sql, ([neutral(c, r) for c in cols] for r in rows))


def sentence(n):
    return " ".join(random.choice(WORDS) for _ in range(n))


def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
with db:
    insert("Sections", [{"Name": s, "Slug": s, "Position": i} for i, s in enumerate(SECTIONS)], None)
    insert("Tags", [{"Name": t, "Slug": t, "Kind": "Topic"} for t in TAGS], None)
    section_ids = [r[0] for r in db.execute('SELECT "Id" FROM "Sections" ORDER BY "Id"')]
    tag_ids = [r[0] for r in db.execute('SELECT "Id" FROM "Tags" ORDER BY "Id"')]

body_html = "".join(f"<p>{sentence(100)}.</p>\n" for _ in range(10))
body_md = body_html.replace("<p>", "").replace("</p>", "\n")
batch = 5000
for first in range(0, count, batch):
    rows = []
    for i in range(first, min(count, first + batch)):
        at = START + timedelta(minutes=30 * i)
        rows.append({
            "Slug": f"مادة-{i}", "Headline": f"{sentence(6)} {i}", "Standfirst": sentence(25),
            "BodyMarkdown": body_md, "BodyHtml": body_html, "TypeOfWork": "News", "Status": "Published",
            "IsBreaking": 0, "Version": 1, "DeskName": "قسم الأخبار",
            "SectionId": section_ids[i % len(section_ids)], "PublishedAt": ts(at), "CreatedAt": ts(at),
            "UpdatedAt": ts(at), "_at": ts(at),
        })
    with db:
        insert("Articles", rows, None)
        last = db.execute('SELECT max("Id") FROM "Articles"').fetchone()[0]
        ids = range(last - len(rows) + 1, last + 1)
        insert("ArticleTag", [{"ArticleId": a, "TagId": tag_ids[(a * 7 + k) % len(tag_ids)], "Position": k} for a in ids for k in range(3)], None)
        if "Comments" in tables and comments_per_article > 0:
            insert("Comments", [{"ArticleId": a, "Body": sentence(20), "Name": "قارئ", "AuthorName": "قارئ", "Status": "Approved", "EmailKey": "reader@example.org",
                                 "Email": "reader@example.org", "_at": ts(START)}
                                for a in ids for _ in range(comments_per_article)], None)
    print(f"seeded {min(count, first + batch)} articles", file=sys.stderr, flush=True)

print("comments:", "yes" if "Comments" in tables else "no comments table on this build", file=sys.stderr)
