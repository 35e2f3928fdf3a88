#!/usr/bin/env python3
"""Prints what a printer's preflight reads in a PDF, one `key=value` line each, from qpdf's JSON
(qpdf --json=2 --json-stream-data=inline --decode-level=generalized), so that the C++ tests can
check PDF/X-4 structure without a JSON library. The XMP packet is parsed as XML.

usage: pdf_facts.py FILE.pdf
"""
import base64
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
}
PREFIX = {uri: prefix for prefix, uri in NS.items()}


def text(value):
    """A qpdf JSON v2 scalar as text: u:... strings, b:... binary (as UTF-16 when it has a BOM)."""
    if isinstance(value, str) and value.startswith("u:"):
        return value[2:]
    if isinstance(value, str) and value.startswith("b:"):
        raw = bytes.fromhex(value[2:])
        return raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")
    return str(value)


def main(path):
    out = subprocess.run(["qpdf", "--json=2", "--json-stream-data=inline",
                          "--decode-level=generalized", path],
                         check=True, capture_output=True).stdout
    doc = json.loads(out)
    header, objects = doc["qpdf"][0], doc["qpdf"][1]
    facts = [("version", header["pdfversion"])]

    def get(ref):
        entry = objects.get("obj:" + ref) if isinstance(ref, str) and ref.endswith(" R") else None
        if entry is None:
            return ref
        return entry.get("value", entry.get("stream"))

    def data(stream):
        return base64.b64decode(stream.get("data", ""))

    trailer = objects["trailer"]["value"]
    facts.append(("trailer.ID", len(trailer.get("/ID", []))))
    facts.append(("trailer.Encrypt", "/Encrypt" in trailer))
    info = get(trailer.get("/Info", ""))
    for key, value in sorted(info.items()):
        facts.append(("info." + key, text(value)))

    root = get(trailer["/Root"])
    intents = [get(i) for i in get(root.get("/OutputIntents", []))]
    facts.append(("intents", len(intents)))
    for intent in intents:
        for key, value in sorted(intent.items()):
            if key != "/DestOutputProfile":
                facts.append(("intent." + key, text(value)))
        profile = get(intent["/DestOutputProfile"])
        icc = data(profile)
        facts.append(("profile.N", profile["dict"].get("/N")))
        facts.append(("profile.bytes", len(icc)))
        facts.append(("profile.class", icc[12:16].decode("latin-1")))
        facts.append(("profile.space", icc[16:20].decode("latin-1")))

    if "/Metadata" in root:
        meta = get(root["/Metadata"])
        facts.append(("metadata.Type", meta["dict"].get("/Type")))
        facts.append(("metadata.Subtype", meta["dict"].get("/Subtype")))
        facts.append(("metadata.Filter", meta["dict"].get("/Filter", "none")))
        tree = ET.fromstring(data(meta).decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
        for description in tree.iter("{%s}Description" % NS["rdf"]):
            for prop in description:
                uri, name = prop.tag[1:].split("}")
                li = prop.find(".//rdf:li", NS)
                value = (li if li is not None else prop).text or ""
                facts.append(("xmp.%s:%s" % (PREFIX.get(uri, uri), name), value))

    rgb = 0
    for n, page_ref in enumerate(doc["pages"], 1):
        page = get(page_ref["object"])
        for box in ("/MediaBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            if box in page:
                facts.append(("page%d.%s" % (n, box[1:]), " ".join("%g" % v for v in get(page[box]))))
        for content in page_ref["contents"]:
            ops = data(get(content)).decode("latin-1")
            rgb += len(re.findall(r"(?<![A-Za-z])(rg|RG|scn?|SCN?)(?![A-Za-z])", ops))
    facts.append(("pages", len(doc["pages"])))
    facts.append(("content.rgb_operators", rgb))
    for key, value in facts:
        print("%s=%s" % (key, value))


if __name__ == "__main__":
    main(sys.argv[1])
