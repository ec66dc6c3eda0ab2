# Two commands on a fresh machine: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/jamtland-primarvard-2017.orgd
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1

.PHONY: run test bench guide-screenshots screenshots paper-pages lint example schema translations clean dist app app-test app-screenshot install-desktop

# constraints.txt pins every package to the versions the suite passed with (see its header).
$(STAMP): pyproject.toml setup.py constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade 'pip<27'
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@tools/check-display.sh
	$(BIN)/orgdesigner $(EXAMPLE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Every figure to build/bench.json, then README.md's speed table from it; fails when a figure misses a target.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks; status=$$?; $(BIN)/python tools/bench_table.py && exit $$status

# docs/screenshots/guide-*.png: the user guide's steps in the real window (Xvfb), taken while the
# end-to-end test walks the guide, scaled into the packaged guide.
guide-screenshots: $(STAMP)
	ORGDESIGNER_GUIDE_SHOTS=docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BIN)/python -m pytest -q -p no:cacheprovider tests/ui/test_user_guide_journey.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_user_guide.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

# Every page of the example's Koncern 2018 beslutsunderlag as PNG in docs/screenshots/ (Ghostscript or pdftoppm; DOCX via LibreOffice when installed).
paper-pages: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/paper_pages.py

# Style, types (strict for the Qt-free core) and the import contracts in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy --strict orgdesigner/model orgdesigner/analysis orgdesigner/layout orgdesigner/io
	$(BIN)/mypy orgdesigner
	$(BIN)/lint-imports

example: $(STAMP)
	$(BIN)/python tools/build_example.py

schema: $(STAMP)
	$(BIN)/python tools/gen_schema.py

# Swedish UI text: extract every tr() string, fill the Swedish from the maintained table
# (resources/translations/sv_terms.json, via tools/translate_sv.py), then compile the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find orgdesigner/ui -name '*.py' | sort) -no-obsolete -locations none -target-language sv_SE -ts resources/translations/orgdesigner_sv.ts
	$(BIN)/python tools/translate_sv.py resources/translations/orgdesigner_sv.ts
	$(BIN)/pyside6-lrelease resources/translations/orgdesigner_sv.ts -qm resources/translations/orgdesigner_sv.qm

# Wheel and sdist into dist/ (pipx install dist/orgdesigner-*.whl, or pip install).
dist: $(STAMP)
	$(BIN)/python -m build --no-isolation --outdir dist .

# The frozen single-folder application in dist/orgdesigner/ (PyInstaller; packaging/orgdesigner.spec).
app: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,app]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/orgdesigner.spec
	@du -sh dist/orgdesigner | sed 's/^/app size: /'

# Start the frozen application on its bundled example to the first paint (xvfb when there).
app-test:
	tools/app-test.sh dist/orgdesigner

# docs/screenshots/frozen-app.png: the frozen application on its example under Xvfb.
app-screenshot:
	tools/app-screenshot.sh dist/orgdesigner docs/screenshots/frozen-app.png

# Menu entry, icon and the .orgd file type for this user (~/.local/share; Linux).
install-desktop: $(STAMP)
	$(BIN)/orgdesigner install-desktop

clean:
	rm -rf $(VENV) build dist .pytest_cache
