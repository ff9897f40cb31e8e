#!/usr/bin/env python3
"""Load the CSV export into an embedded Kùzu database and run Cypher queries.

usage: kuzu_load.py NODES.csv EDGES.csv QUERY_FILE
QUERY_FILE holds Cypher queries separated by lines of '----'. Prints
{"answers": [[row, ...], ...]} with each row a list of values as strings, sorted.
The tables are created with the columns of the CSV headers, in order.
"""
import json
import sys
import tempfile

import kuzu


def main(nodes, edges, query_file):
    with tempfile.TemporaryDirectory(prefix="newsgraph-kuzu-") as folder:
        run(kuzu.Database(folder + "/db"), nodes, edges, query_file)


def run(database, nodes, edges, query_file):
    connection = kuzu.Connection(database)
    connection.execute("CREATE NODE TABLE Entity(id STRING, name STRING, label STRING, mentions INT64, aliases STRING, "
                       "documents STRING, iso3166 STRING, geonames STRING, PRIMARY KEY(id))")
    connection.execute("CREATE REL TABLE Relation(FROM Entity TO Entity, type STRING, label STRING, weight INT64, dates STRING, "
                       "evidence STRING, documents STRING, confidence DOUBLE, cameo STRING, plover STRING, roles STRING, directed BOOLEAN)")
    connection.execute(f"COPY Entity FROM '{nodes}' (header=true, parallel=false)")
    connection.execute(f"COPY Relation FROM '{edges}' (header=true, parallel=false)")
    with open(query_file, encoding="utf-8") as handle:
        queries = [q.strip() for q in handle.read().split("\n----\n") if q.strip()]
    answers = []
    for query in queries:
        result = connection.execute(query)
        rows = []
        while result.has_next():
            rows.append(["" if v is None else str(v) for v in result.get_next()])
        answers.append(sorted(rows))
    print(json.dumps({"answers": answers}, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
