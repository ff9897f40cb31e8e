#!/usr/bin/env python3
"""Read a GraphML export with networkx and with igraph; print what each saw as JSON.

usage: read_graphml.py GRAPH.graphml
Output: {"networkx": {...}, "igraph": {...}} with node and edge counts, every node's
attributes by id and every edge's attributes by (source, target, relation).
"""
import json
import sys

import igraph
import networkx
from networkx.readwrite.graphml import GraphMLReader


class MixedGraphMLReader(GraphMLReader):
    """networkx's own GraphML reader, except that it accepts a mixed graph.

    networkx has no mixed graphs and refuses any directed="false" edge in a directed
    graph; NewsGraph writes symmetric relations that way (as Gephi and igraph expect).
    This reader keeps every other step of networkx's parsing and records each edge's
    `directed` attribute as edge data instead, so the test sees exactly what the file says.
    """

    def add_edge(self, G, edge_element, graphml_keys):
        directed = edge_element.attrib.pop("directed", None)
        before = set(G.edges(keys=True))
        super().add_edge(G, edge_element, graphml_keys)
        for edge in set(G.edges(keys=True)) - before:
            G.edges[edge]["directed"] = directed


def from_networkx(path):
    graph = next(iter(MixedGraphMLReader(force_multigraph=True)(path=path)))
    nodes = {node: dict(data) for node, data in graph.nodes(data=True)}
    edges = [{"source": s, "target": t, **data} for s, t, data in graph.edges(data=True)]
    return {"nodes": len(nodes), "edges": len(edges), "node": nodes, "edge": sorted(edges, key=key)}


def from_igraph(path):
    graph = igraph.Graph.Read_GraphML(path)
    ids = graph.vs["id"]
    nodes = {}
    for vertex in graph.vs:
        attributes = {k: v for k, v in vertex.attributes().items() if k != "id" and v not in (None, "")}
        nodes[vertex["id"]] = attributes
    edges = []
    for edge in graph.es:
        attributes = {k: v for k, v in edge.attributes().items() if v not in (None, "") and not (isinstance(v, float) and v != v)}
        edges.append({"source": ids[edge.source], "target": ids[edge.target], **attributes})
    return {"nodes": graph.vcount(), "edges": graph.ecount(), "node": nodes, "edge": sorted(edges, key=key)}


def key(edge):
    return (edge["source"], edge["target"], edge.get("relation", ""))


if __name__ == "__main__":
    path = sys.argv[1]
    print(json.dumps({"networkx": from_networkx(path), "igraph": from_igraph(path)}, ensure_ascii=False, default=str))
