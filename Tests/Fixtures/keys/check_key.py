#!/usr/bin/env python3
"""Checks answer keys against the report bytes: every offset holds its raw text, every column holds
an allowed value, and no two figures overlap. Usage: check_key.py [NAME ...] (default: every key)."""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPORTS = HERE.parent / "reports"

MEASURE_COLUMNS = ["offset", "raw", "value", "high", "unit", "kind", "approx", "change", "basis",
                   "period", "target", "core", "subject"]
NONMEASURE_COLUMNS = ["offset", "raw", "reason"]
STRUCTURE_COLUMNS = ["report", "place", "speaker", "role", "date", "year", "title"]
KINDS = {"money", "people", "count", "ratio", "area", "length", "time", "other"}
APPROX = {"exact", "more", "about", "less"}
CHANGES = {"none", "growth", "increase"}
REASONS = {"date", "year", "ordinal", "rank", "session", "anniversary", "name", "phase", "decade",
           "relative-date", "vague", "times", "identifier", "other"}


def report_text(name: str) -> bytes:
    data = (REPORTS / f"{name}.txt").read_bytes()
    if name.startswith("hailar"):
        return data.decode("gb18030").encode("utf-8")
    return data.decode("utf-8-sig").encode("utf-8")


def rows(path: pathlib.Path, columns: list[str]) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    if header != columns:
        raise SystemExit(f"{path.name}: header is {header}, expected {columns}")
    result = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise SystemExit(f"{path.name}:{number}: {len(fields)} fields, expected {len(columns)}")
        row = dict(zip(columns, fields))
        row["line"] = str(number)
        result.append(row)
    return result


def check(name: str) -> list[str]:
    errors = []
    text = report_text(name)

    def at(row, path):
        offset = int(row["offset"])
        raw = row["raw"].encode("utf-8")
        if text[offset:offset + len(raw)] != raw:
            found = text[offset:offset + len(raw)].decode("utf-8", "replace")
            errors.append(f"{path}:{row['line']}: offset {offset} holds {found!r}, not {row['raw']!r}")

    measures = rows(HERE / f"{name}.measures.tsv", MEASURE_COLUMNS)
    for row in measures:
        path = f"{name}.measures.tsv"
        at(row, path)
        try:
            float(row["value"])
            if row["high"]:
                float(row["high"])
        except ValueError:
            errors.append(f"{path}:{row['line']}: value {row['value']!r} or high {row['high']!r} is no number")
        if row["kind"] not in KINDS: errors.append(f"{path}:{row['line']}: kind {row['kind']!r}")
        if row["approx"] not in APPROX: errors.append(f"{path}:{row['line']}: approx {row['approx']!r}")
        if row["change"] not in CHANGES: errors.append(f"{path}:{row['line']}: change {row['change']!r}")
        if not re.fullmatch(r"none|yoy|annual|vs\d{4}", row["basis"]):
            errors.append(f"{path}:{row['line']}: basis {row['basis']!r}")
        if not re.fullmatch(r"\d{4}(-\d{4})?", row["period"]):
            errors.append(f"{path}:{row['line']}: period {row['period']!r}")
        if row["target"] not in {"true", "false"}: errors.append(f"{path}:{row['line']}: target {row['target']!r}")
        if row["core"] not in {"yes", "no"}: errors.append(f"{path}:{row['line']}: core {row['core']!r}")
        if not row["unit"]: errors.append(f"{path}:{row['line']}: empty unit")
        if not row["subject"]: errors.append(f"{path}:{row['line']}: empty subject")
    spans = sorted((int(r["offset"]), int(r["offset"]) + len(r["raw"].encode()), r["line"]) for r in measures)
    for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
        if s2 < e1:
            errors.append(f"{name}.measures.tsv: rows at lines {l1} and {l2} overlap")
    nonmeasures = rows(HERE / f"{name}.nonmeasures.tsv", NONMEASURE_COLUMNS)
    for row in nonmeasures:
        at(row, f"{name}.nonmeasures.tsv")
        if row["reason"] not in REASONS:
            errors.append(f"{name}.nonmeasures.tsv:{row['line']}: reason {row['reason']!r}")
    taken = [(s, e) for s, e, _ in spans]
    for row in nonmeasures:
        start = int(row["offset"])
        end = start + len(row["raw"].encode())
        if any(s < end and start < e for s, e in taken):
            errors.append(f"{name}.nonmeasures.tsv:{row['line']}: overlaps a measure")
    for row in rows(HERE / f"{name}.structure.tsv", STRUCTURE_COLUMNS):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]):
            errors.append(f"{name}.structure.tsv:{row['line']}: date {row['date']!r}")
        if not re.fullmatch(r"\d{4}", row["year"]):
            errors.append(f"{name}.structure.tsv:{row['line']}: year {row['year']!r}")
    core = sum(1 for r in measures if r["core"] == "yes")
    print(f"{name}: {len(measures)} measures ({core} core), {len(nonmeasures)} non-measures, "
          f"{'OK' if not errors else f'{len(errors)} errors'}")
    return errors


def main() -> int:
    names = sys.argv[1:] or sorted(p.name[: -len(".measures.tsv")] for p in HERE.glob("*.measures.tsv"))
    errors = [e for name in names for e in check(name)]
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
