"""Render every page of the example's papers, and one of a second region, to PNG (`make paper-pages`).

Writes docs/screenshots/paper-<lang>-NN.png for Koncern 2018's PDF in Swedish and English,
paper-nulage-sv-NN.png (the nulägesbeskrivning), paper-intraprenad-sv-NN.png (the alternative),
paper-vasterdal-sv-NN.png (Region Västerdal, the invented region of tests/other_region.py), and
docs/screenshots/paper-docx-<lang>-NN.png for the DOCX and paper-pptx-<lang>-NN.png for the
nämnd's slides when LibreOffice is installed (converted to PDF first). Pages are rendered by
poppler's pdftoppm or, failing that, Ghostscript.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
DPI = 80


def export(target: Path, lang: str, scenario: str = "koncern-2018", project: Path | None = None) -> None:
    from orgdesigner.resources import example_path

    subprocess.run([sys.executable, "-m", "orgdesigner", "export", str(project or example_path()), "--scenario", scenario,
                    "--lang", lang, "--to", str(target)], check=True, stdout=subprocess.DEVNULL)


def other_region(folder: Path) -> Path:
    """Region Västerdal saved as a project file (its builder lives with the tests that use it)."""
    sys.path.insert(0, str(ROOT))
    from orgdesigner.io.project.project_file import save_project
    from tests.other_region import other_region_project

    path = folder / "vasterdal.orgd"
    save_project(other_region_project(), path)
    return path


def render(pdf: Path, prefix: str) -> list[Path]:
    for old in OUT.glob(f"{prefix}-*.png"):
        old.unlink()
    if shutil.which("pdftoppm"):  # poppler draws the tagged PDF's see-through marks as readers see them
        cmd = ["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(OUT / prefix)]
    elif shutil.which("gs"):  # Ghostscript draws them pale
        cmd = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", f"-r{DPI}", "-dTextAlphaBits=4",
               "-dGraphicsAlphaBits=4", f"-sOutputFile={OUT / prefix}-%02d.png", str(pdf)]
    else:
        sys.exit("paper-pages: needs Ghostscript (gs) or poppler-utils (pdftoppm): apt-get install ghostscript")
    subprocess.run(cmd, check=True)
    return sorted(OUT.glob(f"{prefix}-*.png"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("sv", "en"):
            pdf = Path(tmp) / f"koncern-2018-{lang}.pdf"
            export(pdf, lang)
            pages = render(pdf, f"paper-{lang}")
            print(f"{len(pages)} pages: {pages[0].relative_to(ROOT)} …")
            if office:
                for kind in ("docx", "pptx"):  # the Word paper and the nämnd's slides, as LibreOffice shows them
                    source = Path(tmp) / f"koncern-2018-{lang}.{kind}"
                    export(source, lang)
                    done = subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(Path(tmp) / kind), str(source)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                    if done.returncode != 0:  # LibreOffice's own chatter (javaldx …) is shown only when it fails
                        sys.exit(f"paper-pages: LibreOffice could not convert {source.name}: {done.stderr.strip()}")
                    pages = render(Path(tmp) / kind / f"koncern-2018-{lang}.pdf", f"paper-{kind}-{lang}")
                    print(f"{len(pages)} {kind.upper()} pages: {pages[0].relative_to(ROOT)} …")
        others = [("nulage-2017", "paper-nulage-sv", None), ("intraprenad-are-krokom", "paper-intraprenad-sv", None),
                  ("samlad-2025", "paper-vasterdal-sv", other_region(Path(tmp)))]
        for scenario, prefix, project in others:
            pdf = Path(tmp) / f"{prefix}.pdf"
            export(pdf, "sv", scenario, project)
            pages = render(pdf, prefix)
            print(f"{len(pages)} pages: {pages[0].relative_to(ROOT)} …")
        if not office:
            print("paper-pages: LibreOffice not installed; the DOCX pages are not rendered")


if __name__ == "__main__":
    main()
