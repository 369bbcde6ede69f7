#!/usr/bin/env python3
"""Article files → an NDJSON corpus, one document a line: {"id", "path", "text"}.

    python3 make_corpus.py articles/ more/ > corpus.jsonl

Directories are walked for .txt, .md and .markdown files, in the byte order of their paths
(the order `breach extract` reads them in). Each line's id is the file name without its
extension and its path the file's path as given, so extracting the corpus gives the records
extracting the files gives. Files that are not UTF-8 are left out, with a note on stderr.
"""

from __future__ import annotations

import json
import os
import sys

EXTENSIONS = (".txt", ".md", ".markdown")


def files(args: list[str]) -> list[str]:
    found: list[str] = []
    for arg in args:
        if os.path.isdir(arg):
            for root, _dirs, names in os.walk(arg, followlinks=True):
                found += [os.path.join(root, n) for n in names if n.lower().endswith(EXTENSIONS)]
        else:
            found.append(arg)
    return sorted(set(found), key=lambda p: p.encode())


def main(args: list[str]) -> int:
    out = sys.stdout
    for path in files(args):
        try:
            with open(path, encoding="utf-8-sig", newline="") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as err:
            print(f"make_corpus: {path}: {err}, left out", file=sys.stderr)
            continue
        name = os.path.basename(path)
        stem = os.path.splitext(name)[0] or name
        out.write(json.dumps({"id": stem, "path": path, "text": text}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
