#!/usr/bin/env python3
"""Load a JSON-LD export into pyoxigraph and into rdflib and run SPARQL SELECT queries.

usage: sparql.py GRAPH.jsonld QUERY_FILE
QUERY_FILE holds queries separated by lines of '----'. Prints
{"pyoxigraph": [[row, ...], ...], "rdflib": [...], "triples": {"pyoxigraph": N, "rdflib": N}}
where each row is a list of the selected values as strings (IRIs bare, literals by their
lexical form), rows sorted.
"""
import json
import sys

import pyoxigraph
import rdflib


def term(value):
    if value is None:
        return None
    if isinstance(value, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return value.value
    return str(value)


def main(path, query_file):
    with open(query_file, encoding="utf-8") as handle:
        queries = [q.strip() for q in handle.read().split("\n----\n") if q.strip()]
    store = pyoxigraph.Store()
    with open(path, "rb") as handle:
        store.load(handle, format=pyoxigraph.RdfFormat.JSON_LD)
    oxi = []
    for query in queries:
        rows = [[term(solution[v]) for v in solution_variables(query)] for solution in store.query(query)]
        oxi.append(sorted(rows, key=lambda r: [x or "" for x in r]))
    graph = rdflib.Graph()
    graph.parse(path, format="json-ld")
    rdf = []
    for query in queries:
        rows = [[None if x is None else str(x) for x in row] for row in graph.query(query)]
        rdf.append(sorted(rows, key=lambda r: [x or "" for x in r]))
    print(json.dumps({"pyoxigraph": oxi, "rdflib": rdf, "triples": {"pyoxigraph": len(store), "rdflib": len(graph)}},
                     ensure_ascii=False))


def solution_variables(query):
    head = query[query.upper().index("SELECT") + 6:query.index("{")]
    return [word[1:] for word in head.split() if word.startswith("?")]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
