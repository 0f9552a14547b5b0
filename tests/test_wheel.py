"""A normal (non-editable) install can build: the wheel carries the themes and the data, and
`reportgen build` works from a folder outside the repository."""

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtualenv with the wheel installed; the dependencies are this environment's (added
    to its path, so nothing is downloaded), reportgen itself only from the wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"  # the repository's files only: a stale build/ folder must not reach the wheel
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "out", "*.egg-info",
                                                                "__pycache__", ".pytest_cache", ".mypy_cache"))
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp / "dist"), str(source)], capture_output=True, text=True)
    if p.returncode != 0 and "No module named" in p.stderr:
        pytest.skip(f"cannot build a wheel here: {p.stderr.strip()[-200:]}")
    assert p.returncode == 0, p.stderr
    wheel = next((tmp / "dist").glob("reportgen-*.whl"))
    env = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    site = next(env.glob("lib/python3*/site-packages"))
    ours = next(Path(sys.executable).parent.parent.glob("lib/python3*/site-packages"))
    (site / "dependencies.pth").write_text(str(ours) + "\n", "utf-8")  # .pth files there are not run
    subprocess.run([sys.executable, "-m", "pip", "--python", str(env / "bin" / "python"), "install", "-q",
                    "--no-deps", str(wheel)], check=True)
    return wheel, env


def test_wheel_holds_themes_and_data(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("reportgen/themes/yitu/briefing.html", "reportgen/themes/yitu/style.css",
                 "reportgen/themes/yitu/theme.yaml", "reportgen/themes/jianbao/briefing.html",
                 "reportgen/data/gazetteer.yaml", "reportgen/data/provinces.yaml", "reportgen/data/laws.yaml",
                 "reportgen/review/page.html",
                 "reportgen/themes/yitu/sources.html", "reportgen/themes/yitu/icons/cases.svg",
                 "reportgen/themes/yitu/icons/LICENSE", "reportgen/themes/yitu/icons/png/cases.png"):
        assert name in names, name
    from reportgen.english.terms import termbase_files

    for name in termbase_files():  # every term-base file the package reads
        assert f"reportgen/data/termbase/{name}" in names, name


def test_installed_wheel_builds_outside_the_repository(installed, tmp_path):
    _, env = installed
    project = tmp_path / "project"
    shutil.copytree(ROOT / "config", project / "config")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    python, exe = env / "bin" / "python", env / "bin" / "reportgen"
    where = subprocess.run([python, "-c", "import reportgen; print(reportgen.__file__)"], cwd=project,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(env)), where  # not the repository's copy
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True).stdout
    assert "reportgen" in version
    assert subprocess.run([python, "-m", "reportgen", "--version"], capture_output=True, text=True,
                          check=True).stdout == version
    p = subprocess.run([exe, "build", "-q", "config/2025.yaml"], cwd=project, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr[-2000:]
    assert (project / "out" / "2025" / "2025.pdf").stat().st_size > 100_000
    assert (project / "out" / "2025" / "2025.docx").is_file()
