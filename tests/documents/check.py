#!/usr/bin/env python3
"""Reads jihua's exported documents with independent readers and fails loudly.

    python3 tests/documents/check.py DIR

DIR holds plan.json (the plan the files were made from) and any of plan.docx,
summary.docx, tasks.xlsx, stats.xlsx, plan.ics, tasks.csv. Readers: python-docx,
openpyxl, icalendar, the csv module, and LibreOffice (soffice --headless) turning
each .docx and .xlsx into a PDF. Written by `cargo test --test documents --
--ignored write_documents` and by the end-to-end test of the export buttons.
"""

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile

import docx
import icalendar
import openpyxl

TASK_COLUMNS = ["序号", "章节", "工作任务", "完成时限", "开始", "结束", "责任部门", "负责人", "目标", "完成情况", "备注"]
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def mm(length):
    return round(length / 36000, 1)


def check_docx(path, plan):
    d = docx.Document(path)
    paras = [p for p in d.paragraphs]
    texts = "\n".join(p.text for p in paras)
    check(paras[0].text == plan["title"], f"docx: the first paragraph is not the title: {paras[0].text!r}")
    check(paras[0].style.name == "Title", f"docx: the title's style is {paras[0].style.name}")
    headings = [p for p in paras if p.style.name.startswith("Heading")]
    heading_texts = {p.text for p in headings}
    for s in plan["sections"]:
        check(s["title"] in heading_texts, f"docx: section {s['title']!r} is not a heading")
    for item in plan["items"]:
        check(item["title"] in texts, f"docx: activity {item['title']!r} is missing")
    numbered = [p for p in paras if p._p.pPr is not None and p._p.pPr.numPr is not None]
    check(len(numbered) >= len(plan["items"]), f"docx: only {len(numbered)} paragraphs are numbered by Word")
    s = d.sections[0]
    got = (mm(s.page_width), mm(s.page_height), mm(s.top_margin), mm(s.bottom_margin), mm(s.left_margin), mm(s.right_margin))
    check(got == (210.0, 297.0, 37.0, 35.0, 28.0, 26.0), f"docx: page and margins are {got}")
    check(s.even_page_footer is not None and "PAGE" in s.footer._element.xml, "docx: no page number field")
    return len(paras)


def check_tasks(path, plan):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    check(header == TASK_COLUMNS, f"xlsx: header is {header}")
    check(ws.freeze_panes == "A2", f"xlsx: frozen at {ws.freeze_panes}")
    check(ws.column_dimensions["C"].width >= 20, "xlsx: the task column has no width")
    titles = [r[2] for r in ws.iter_rows(min_row=2, values_only=True)]
    for item in plan["items"]:
        check(item["title"] in titles, f"xlsx: activity {item['title']!r} is missing")
    dates = [r[4] for r in ws.iter_rows(min_row=2, values_only=True) if r[4] is not None]
    check(dates and all(isinstance(x, dt.datetime) for x in dates), f"xlsx: 开始 is not dates: {dates[:3]}")
    for r in ws.iter_rows(min_row=2, values_only=True):
        if r[4] is not None and r[5] is not None:
            check(r[4] <= r[5], f"xlsx: {r[2]} ends before it starts")
    check(len(titles) == len(plan["items"]), f"xlsx: {len(titles)} rows for {len(plan['items'])} activities")


def check_stats(path, plan):
    wb = openpyxl.load_workbook(path, data_only=True)
    check(len(wb.worksheets) == 5, f"stats: {len(wb.worksheets)} sheets")
    entries = [e for i in plan["items"] for e in i.get("progress", [])]
    total = sum(e["amount"] for e in entries)
    by_month = wb.worksheets[0]
    month_total = sum((r[-1] or 0) for r in by_month.iter_rows(min_row=2, values_only=True) if r[0] is None and r[1])
    check(abs(month_total - total) < 1e-9, f"stats: month totals {month_total} != {total}")
    by_place = wb.worksheets[1]
    rows = list(by_place.iter_rows(min_row=2, values_only=True))
    place_total = sum(v or 0 for v in rows[-1][1:]) if rows else 0
    check(abs(place_total - total) < 1e-9, f"stats: place totals {place_total} != {total}")
    listed = list(wb.worksheets[2].iter_rows(min_row=2, values_only=True))
    check(len(listed) == len(entries), f"stats: {len(listed)} entries listed of {len(entries)}")
    check(all(isinstance(r[0], dt.datetime) for r in listed), "stats: entry dates are not dates")
    # The return by kind: the total row adds up each column, and the year's
    # occasions are the quarters' together.
    kinds = list(wb.worksheets[3].iter_rows(min_row=2, values_only=True))
    check(len(kinds) == 5, f"stats: {len(kinds)} rows by kind")
    for col in range(2, 12):
        column = sum(r[col] or 0 for r in kinds[:-1])
        check(abs((kinds[-1][col] or 0) - column) < 1e-9, f"stats: kind column {col} total")
    for r in kinds:
        quarters = sum(r[c] or 0 for c in (2, 4, 6, 8))
        check(abs(quarters - (r[10] or 0)) < 1e-9, f"stats: {r[0]}: the quarters do not add up to the year")
    # With formulas, as a user who edits sees them.
    wb = openpyxl.load_workbook(path)
    formulas = [c.value for row in wb.worksheets[0].iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    check(len(formulas) > 0 or not entries, "stats: totals are not formulas")


def check_ics(path, plan):
    with open(path, "rb") as f:
        raw = f.read()
    check(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "ics: lines do not end in CRLF")
    for line in raw.split(b"\r\n"):
        check(len(line) <= 75, f"ics: a line of {len(line)} octets")
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    check(len(events) > 0, "ics: no events")
    summaries = set()
    for e in events:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        check(type(start) is dt.date and type(end) is dt.date, f"ics: {e.get('SUMMARY')} is not all-day")
        check(end > start, f"ics: {e.get('SUMMARY')} has DTEND {end} <= DTSTART {start}")
        check(e.get("UID") and e.get("DTSTAMP"), f"ics: {e.get('SUMMARY')} lacks UID or DTSTAMP")
        if e.get("RRULE"):
            until = e["RRULE"].get("UNTIL")
            check(until and until[0] >= start, f"ics: {e.get('SUMMARY')} repeats until before it starts")
        summaries.add(str(e.get("SUMMARY")))
    for item in plan["items"]:
        when = item.get("when", {"kind": "unscheduled"})
        if when["kind"] in ("date", "range", "festival", "lunar") and not item.get("repeat"):
            check(item["title"] in summaries, f"ics: fixed-day activity {item['title']!r} is missing")


def check_csv(path, plan):
    with open(path, "rb") as f:
        check(f.read(3) == b"\xef\xbb\xbf", "csv: no UTF-8 byte-order mark")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    check(rows[0] == TASK_COLUMNS, f"csv: header is {rows[0]}")
    titles = [r[2] for r in rows[1:]]
    for item in plan["items"]:
        check(item["title"] in titles, f"csv: activity {item['title']!r} is missing")


def check_libreoffice(paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        failures.append("LibreOffice (soffice) is not installed")
        return
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        for path in paths:
            r = subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", out, path],
                capture_output=True, text=True, timeout=300,
            )
            pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
            ok = r.returncode == 0 and os.path.exists(pdf) and os.path.getsize(pdf) > 1000
            check(ok, f"LibreOffice could not convert {os.path.basename(path)}: {r.returncode} {r.stderr.strip()[:300]}")
            if ok and os.environ.get("JIHUA_DOCS_PDF"):
                shutil.copy(pdf, os.environ["JIHUA_DOCS_PDF"])


def main(folder):
    with open(os.path.join(folder, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    plan = plan.get("plan", plan)
    checks = {
        "plan.docx": check_docx, "summary.docx": None, "tasks.xlsx": check_tasks,
        "stats.xlsx": check_stats, "plan.ics": check_ics, "tasks.csv": check_csv,
    }
    seen = []
    for name, fn in checks.items():
        path = os.path.join(folder, name)
        if os.path.exists(path):
            seen.append(name)
            if fn:
                fn(path, plan)
            elif name == "summary.docx":
                docx.Document(path)
    check_libreoffice([os.path.join(folder, n) for n in seen if n.endswith((".docx", ".xlsx"))])
    if failures:
        print("\n".join(f"FAIL {m}" for m in failures))
        sys.exit(1)
    print(f"ok: {', '.join(seen)} read by python-docx {docx.__version__ if hasattr(docx, '__version__') else ''}, "
          f"openpyxl {openpyxl.__version__}, icalendar {icalendar.__version__} and LibreOffice")


if __name__ == "__main__":
    main(sys.argv[1])
