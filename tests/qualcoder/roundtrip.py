#!/usr/bin/env python3
"""Vigie → QualCoder → Vigie: the sample project through a real QualCoder, and back.

    QUALCODER=/path/to/QualCoder python3 tests/qualcoder/roundtrip.py [--vigie PATH] [--keep DIR]

QualCoder is not on PyPI and needs Qt, so this is not part of `cargo test` nor of `.ci/run`: run
it by hand with a QualCoder checkout (https://github.com/ccbogel/QualCoder) and a Python that has
the few packages QualCoder's REFI-QDA code imports (`pip install PyQt6 pymupdf Pillow
qtawesome`). Without `QUALCODER`, PyQt6 or a built `vigie` it prints `SKIP: …` and exits 0.

What it does:
1. builds the project: `tests/fixtures/sample.vigie` (6 themes, two of them parents, 10 tags, 5
   memos with a line break, an emoji and quotes, overlapping tags) plus what the sample lacks,
   added to its JSON here: a category with a description and a sub-theme (coloured with one of
   QualCoder's palette) tagging a passage, a memo on a theme, on an article and on the project;
2. `vigie export --format qdpx`;
3. QualCoder, headless (Qt's offscreen platform): a new project database made with the very
   `CREATE TABLE` statements of QualCoder's `MainWindow.new_project` (read from its source), then
   QualCoder's own `refi.RefiImport` (File ▸ Import REFI-QDA project) and `refi.RefiExport`
   (Export ▸ REFI-QDA project). Only the GUI around them is replaced: file dialogs answer with
   our paths, message boxes and the line-endings dialog are accepted unseen (its default, "no
   change"), `PyQt6.QtMultimedia` (audio/video, needs libpulse) and `qualcoder.ai_llm` (the AI
   stack, langchain) are stubbed since the import and export never use them. `HOME` is a
   temporary folder so QualCoder's `~/.qualcoder` is not touched;
4. `vigie import --qdpx` of QualCoder's export;
5. compares the project before and after: articles (text, memo), themes (nesting, category,
   colour, description, memo), tags (article, start, end, theme, memo), the project's memo.

Exit 0 when everything QualCoder can carry came back intact (what it cannot is printed with the
reason, see KNOWN below), 1 otherwise.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import types
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "sample.vigie"
SEEDS = REPO / "seeds"

# What QualCoder itself cannot carry (read in its source: refi.py, color_selector.py and the
# tables of __main__.py's new_project). A difference is put down to one of these only when it is
# exactly what that cause gives; anything else is a loss.
KNOWN = {
    "snapped colour": "QualCoder snaps an imported code's colour to the nearest of its 120-colour "
    "palette (color_selector.color_matcher, called by RefiImport.sub_codes); a palette colour "
    "comes back exactly",
    "category colour": "a QualCoder category (table code_cat) has no colour: RefiExport writes "
    "it without one and Vigie gives a colourless category its grey (128, 128, 128)",
    "theme memo": "Vigie writes a theme's memo as a Note its Code refers to (NoteRef); QualCoder "
    "keeps one text per code (code_name.memo), read only from the code's Description (which "
    "carries Vigie's theme description) and ignores the code's notes",
}
CATEGORY_GREY = (128, 128, 128)  # interchange/qdpx/codebook.rs: GREY


def skip(why: str) -> None:
    print(f"SKIP: {why}")
    sys.exit(0)


# ----------------------------------------------------------------------------- the project


def build_project(dest: Path) -> dict:
    """The sample project with a category, a theme memo, an article memo and a project memo."""
    p = json.loads(SAMPLE.read_text(encoding="utf-8"))
    text1 = (SEEDS / p["corpus"][0]["source"]["bundled"]).read_text(encoding="utf-8")
    nid = p["next_id"]
    cat, child, tag = nid, nid + 1, nid + 2
    p["next_id"] = nid + 3
    p["memo"] = "Veille de l’été 2025 : qui finance le calcul, qui le régule ?"
    p["corpus"][0]["memo"] = "Article de synthèse ; chiffres à recouper avec 003."
    for t in p["themes"]:
        if t["name"] == "Puces":
            t["memo"] = "Compter les cartes livrées, pas les annonces."
    p["themes"].append(
        {
            "id": cat,
            "guid": "8a0c6f3e-5d0b-4c1e-9a37-2f4b6c8d9e01",
            "name": "Acteurs",
            "color": [120, 120, 120],
            "description": "Qui agit : États, entreprises.",
            "category": True,
        }
    )
    p["themes"].append(
        {
            "id": child,
            "guid": "8a0c6f3e-5d0b-4c1e-9a37-2f4b6c8d9e02",
            "name": "États",
            "color": [61, 108, 179],  # #3D6CB3, a colour of QualCoder's palette
            "parent": cat,
        }
    )
    start = text1.index("Trump")
    end = start + len("Trump")
    p["tags"].append(
        {
            "id": tag,
            "guid": "8a0c6f3e-5d0b-4c1e-9a37-2f4b6c8d9e03",
            "theme": child,
            "article": p["corpus"][0]["id"],
            "start": start,
            "end": end,
            "quote": text1[start:end],
            "before": text1[max(0, start - 40) : start],
            "after": text1[end : end + 40],
            "memo": "L’exécutif américain comme acteur.",
            "created": p["created"],
        }
    )
    dest.write_text(json.dumps(p, ensure_ascii=False, indent=2), encoding="utf-8")
    return p


def vigie(binary: Path, *args: str) -> None:
    r = subprocess.run([str(binary), *args], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"vigie {' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    if r.stdout.strip() or r.stderr.strip():
        print(f"  vigie {args[0]}: {(r.stdout + r.stderr).strip()}")


# ----------------------------------------------------------------------------- QualCoder


def stub_module(name: str, **attrs) -> None:
    m = types.ModuleType(name)
    m.__dict__.update(attrs)
    sys.modules[name] = m


def qualcoder_schema(main_py: Path) -> tuple[list[str], str, str]:
    """The CREATE TABLE statements, the project row's INSERT and the database version written by
    QualCoder's MainWindow.new_project, read from its source (so the database is the one this
    QualCoder makes, not a copy that may age)."""
    tree = ast.parse(main_py.read_text(encoding="utf-8"))
    fn = next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and n.name == "new_project"
    )
    creates, insert, version = [], None, None
    calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call)]
    calls.sort(key=lambda n: (n.lineno, n.col_offset))
    for call in calls:
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "execute"):
            continue
        if not (call.args and isinstance(call.args[0], ast.Constant)):
            continue
        sql = call.args[0].value
        if sql.startswith("CREATE TABLE"):
            creates.append(sql)
        elif sql.startswith("INSERT INTO project"):
            insert = sql
            version = call.args[1].elts[0].value
    if not creates or insert is None:
        sys.exit("QualCoder's new_project no longer looks as expected; update this script")
    return creates, insert, version


def through_qualcoder(qc_root: Path, qdpx_in: Path, work: Path) -> tuple[Path, dict]:
    """Imports `qdpx_in` into a new QualCoder project and exports it again; returns the exported
    file and what QualCoder's database held in between."""
    home = work / "home"
    (home / ".qualcoder").mkdir(parents=True)  # made by QualCoder's __main__ at start
    os.environ["HOME"] = str(home)  # QualCoder's ~/.qualcoder (config, export staging)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(qc_root / "src"))
    builtins._ = lambda s: s  # QualCoder's gettext, installed by its __main__

    # Audio/video playback (libpulse) and the AI stack: neither is used by REFI import/export.
    class _Dummy:
        def __init__(self, *a, **k):
            pass

    stub_module("PyQt6.QtMultimedia", QMediaPlayer=_Dummy, QAudioOutput=_Dummy)
    stub_module("PyQt6.QtMultimediaWidgets", QVideoWidget=_Dummy)
    stub_module(
        "qualcoder.ai_llm",
        get_default_ai_models=lambda: [],
        update_ai_models=lambda models, index, settings=None: (models, index, None),
    )

    from PyQt6 import QtWidgets

    qapp = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["qualcoder"])
    try:
        from qualcoder import refi
        from qualcoder.app import App
        from qualcoder.color_selector import color_matcher
    except ImportError as e:
        skip(f"QualCoder's REFI-QDA code cannot be imported ({e}); pip install PyQt6 pymupdf "
             "Pillow qtawesome")

    messages: list[str] = []

    def accept(self):  # message boxes and the line-endings dialog: accepted, unseen
        messages.append(f"{type(self).__name__}: {getattr(self, 'text', lambda: '')()}")
        return 1

    QtWidgets.QDialog.exec = accept
    QtWidgets.QMessageBox.exec = accept
    out_dir = work / "qualcoder-export"
    out_dir.mkdir()
    # (path, selected filter): RefiImport takes an empty filter for a cancelled dialog.
    QtWidgets.QFileDialog.getOpenFileName = staticmethod(
        lambda *a, **k: (str(qdpx_in), "(*.qdpx *.QDPX)")
    )
    QtWidgets.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(out_dir))

    class Log:  # the action log (a QTextEdit in QualCoder)
        def __init__(self):
            self.lines = []

        def append(self, s):
            self.lines.append(str(s))

    log = Log()
    app = App()
    app.settings["directory"] = str(work)

    # MainWindow.new_project, without the window.
    creates, insert, version = qualcoder_schema(qc_root / "src" / "qualcoder" / "__main__.py")
    project_path = work / "roundtrip.qda"
    project_path.mkdir()
    for sub in ("images", "audio", "video", "documents"):
        (project_path / sub).mkdir()
    app.create_connection(str(project_path))
    cur = app.conn.cursor()
    for sql in creates:
        cur.execute(sql)
    app.update_coder_names()
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")
    cur.execute(insert, (version, now, "", app.version, 0, 0, app.settings["codername"], ""))
    app.conn.commit()

    refi.RefiImport(app, log, "qdpx")
    held = qualcoder_contents(app.conn)
    held["version"] = app.version
    held["snap"] = color_matcher
    refi.RefiExport(app, log, "project")
    exported = sorted(out_dir.glob("*.qdpx"))
    if len(exported) != 1:
        sys.exit(f"QualCoder wrote {exported} in {out_dir}\n" + "\n".join(log.lines + messages))
    app.conn.close()
    del qapp
    return exported[0], held


def qualcoder_contents(conn: sqlite3.Connection) -> dict:
    q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    return {
        "sources": q("select id, name, memo, length(fulltext) from source order by id"),
        "categories": q("select catid, name, memo, supercatid from code_cat order by catid"),
        "codes": q("select cid, name, memo, color, catid, supercid from code_name order by cid"),
        "codings": q("select cid, fid, pos0, pos1, seltext, memo from code_text order by ctid"),
        "project memo": q("select memo from project")[0][0],
    }


# ----------------------------------------------------------------------------- comparison


def article_text(project_file: Path, article: dict) -> str:
    src = article["source"]
    if "bundled" in src:
        return (SEEDS / src["bundled"]).read_text(encoding="utf-8")
    p = Path(src["path"])
    return (p if p.is_absolute() else project_file.parent / p).read_text(encoding="utf-8")


def describe(project_file: Path) -> dict:
    """A project as comparable facts, by name and text rather than by ids and GUIDs."""
    p = json.loads(project_file.read_text(encoding="utf-8"))
    texts = {a["id"]: article_text(project_file, a) for a in p["corpus"]}
    akey = {i: hashlib.sha256(t.encode()).hexdigest()[:12] for i, t in texts.items()}
    themes = {t["id"]: t for t in p["themes"]}

    def path(tid):
        t = themes[tid]
        parent = themes[t["parent"]]["name"] if t.get("parent") is not None else None
        return f"{parent} ▸ {t['name']}" if parent else t["name"]

    return {
        "project memo": p.get("memo", ""),
        "articles": {akey[a["id"]]: {"memo": a.get("memo", "")} for a in p["corpus"]},
        "themes": {
            path(t["id"]): {
                "category": bool(t.get("category")),
                "colour": tuple(t["color"]),
                "description": t.get("description") or "",
                "memo": t.get("memo", ""),
                "level": 2 if t.get("parent") is not None else 1,
            }
            for t in p["themes"]
        },
        "tags": {
            (akey[g["article"]], g["start"], g["end"], path(g["theme"])): {
                "memo": g.get("memo", ""),
                "quote": g["quote"],
            }
            for g in p["tags"]
        },
    }


def compare(before: dict, after: dict, snap, sent: str) -> tuple[list, list[str]]:
    """(differences QualCoder is known to make, with their cause; any other difference).
    `snap` is QualCoder's own color_matcher, `sent` the project.qde Vigie gave QualCoder."""
    known, lost = [], []
    if before["project memo"] != after["project memo"]:
        lost.append(f"project memo: {before['project memo']!r} → {after['project memo']!r}")
    for k, a in before["articles"].items():
        b = after["articles"].get(k)
        if b is None:
            lost.append(f"article {k}: missing (or its text changed)")
        elif a != b:
            lost.append(f"article {k}: {a} → {b}")
    for k in after["articles"].keys() - before["articles"].keys():
        lost.append(f"article {k}: new")
    for name, a in before["themes"].items():
        b = after["themes"].get(name)
        if b is None:
            lost.append(f"theme {name!r}: missing")
            continue
        for field in a:
            if a[field] == b[field]:
                continue
            msg = f"theme {name!r} {field}: {a[field]!r} → {b[field]!r}"
            cause = None
            if field == "colour" and a["category"] and b["colour"] == CATEGORY_GREY:
                cause = "category colour"
            elif field == "colour" and not a["category"] and "#%02X%02X%02X" % b["colour"] == (
                snap("#%02X%02X%02X" % a["colour"]).upper()
            ):
                cause = "snapped colour"
            elif field == "memo" and b["memo"] == "" and xml_text(a["memo"]) in sent:
                cause = "theme memo"  # Vigie did write it
            if cause:
                known.append((msg, cause))
            else:
                lost.append(msg)
    for name in after["themes"].keys() - before["themes"].keys():
        lost.append(f"theme {name!r}: new")
    for k, a in before["tags"].items():
        b = after["tags"].get(k)
        if b is None:
            lost.append(f"tag {k}: missing")
        elif a != b:
            lost.append(f"tag {k}: {a} → {b}")
    for k in after["tags"].keys() - before["tags"].keys():
        lost.append(f"tag {k}: new")
    return known, lost


def xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def qde(qdpx: Path) -> str:
    with zipfile.ZipFile(qdpx) as z:
        name = next(n for n in z.namelist() if n.endswith(".qde"))
        return z.read(name).decode("utf-8-sig")


def counts(d: dict) -> str:
    themes = d["themes"].values()
    return (
        f"{len(d['articles'])} articles, {len(themes)} themes "
        f"({sum(t['level'] == 2 for t in themes)} nested, "
        f"{sum(t['category'] for t in themes)} categories), {len(d['tags'])} tags, "
        f"{sum(bool(t['memo']) for t in d['tags'].values())} tag memos, "
        f"{sum(bool(t['description']) for t in themes)} theme descriptions, "
        f"{sum(bool(t['memo']) for t in themes)} theme memos, "
        f"{sum(bool(a['memo']) for a in d['articles'].values())} article memos, "
        f"project memo {'yes' if d['project memo'] else 'no'}"
    )


# ----------------------------------------------------------------------------- main


def find_vigie(given: str | None) -> Path | None:
    candidates = [given, os.environ.get("VIGIE")]
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    candidates += [target / "debug" / "vigie", target / "release" / "vigie"]
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return Path(c)
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vigie", help="the vigie binary (default: $VIGIE, then target/*/vigie)")
    ap.add_argument("--keep", help="keep every intermediate file in this (new) folder")
    args = ap.parse_args()

    qc = os.environ.get("QUALCODER")
    if not qc:
        skip("QUALCODER is not set (the path of a QualCoder checkout)")
    qc_root = Path(qc)
    if not (qc_root / "src" / "qualcoder" / "refi.py").is_file():
        skip(f"{qc_root} is not a QualCoder checkout (no src/qualcoder/refi.py)")
    try:
        import PyQt6.QtWidgets  # noqa: F401
    except ImportError as e:
        skip(f"PyQt6 cannot be imported ({e}); pip install PyQt6 pymupdf Pillow qtawesome")
    binary = find_vigie(args.vigie)
    if binary is None:
        skip("no vigie binary (cargo build, or --vigie PATH)")

    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="vigie-qualcoder-"))
    work = work.resolve()
    try:
        original = work / "sample.vigie"
        build_project(original)
        sent = work / "sample.qdpx"
        print(f"vigie: {binary}")
        vigie(binary, "export", "--project", str(original), "--format", "qdpx", "--out", str(sent))
        back_qdpx, held = through_qualcoder(qc_root, sent, work)
        shutil.copy(back_qdpx, work / "from-qualcoder.qdpx")
        back = work / "back" / "back.vigie"
        back.parent.mkdir()
        vigie(binary, "import", "--qdpx", str(work / "from-qualcoder.qdpx"), "--out", str(back))

        commit = subprocess.run(
            ["git", "-C", str(qc_root), "rev-parse", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        print(f"QualCoder: {held['version']} ({qc_root}, commit {commit or 'unknown'})")
        print(
            f"  its database after the import: {len(held['sources'])} sources, "
            f"{len(held['categories'])} categories, {len(held['codes'])} codes, "
            f"{len(held['codings'])} codings, "
            f"{sum(bool(c[5]) for c in held['codings'])} coding memos, "
            f"{sum(bool(c[2]) for c in held['codes'])} code memos, "
            f"{sum(bool(s[2]) for s in held['sources'])} source memos, "
            f"project memo {'yes' if held['project memo'] else 'no'}"
        )
        for c in held["categories"]:
            print(f"  category {c}")
        for c in held["codes"]:
            print(f"  code {c}")
        before, after = describe(original), describe(back)
        print(f"before: {counts(before)}")
        print(f"after:  {counts(after)}")
        known, lost = compare(before, after, held["snap"], qde(sent))
        for msg, cause in known:
            print(f"changed by QualCoder: {msg} [{cause}]")
        for cause in sorted({c for _, c in known}):
            print(f"  [{cause}]: {KNOWN[cause]}")
        for x in lost:
            print(f"LOST: {x}")
        print("FAIL" if lost else "OK: every tag, memo, colour and nesting level QualCoder can "
              "carry came back intact")
        return 1 if lost else 0
    finally:
        if args.keep:
            print(f"files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
